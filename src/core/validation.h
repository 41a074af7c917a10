// SPDX-License-Identifier: MIT
#pragma once

#include "core/fielderrors.h"
#include "core/operations.h"

// Validation before sending, mirroring Sentry's server rules and messages so that a field
// shows the same words whether the app or the server caught the mistake. Keys are the
// field names Sentry uses in its error bodies (camelCase, as its serializers answer).
namespace sm::validation {

// Django's EmailValidator plus Sentry's blocked domains (AllowedEmailField).
bool isValidEmail(const QString &email);
// Messages for an email field: required, 75 characters, syntax. Empty when valid.
QStringList emailProblems(const QString &email);
bool isNumericId(const QString &id);

FieldErrors validate(const InviteMember &invite);
FieldErrors validate(const UpdateMemberRoles &update);
FieldErrors validate(const ResendInvite &resend);
FieldErrors validate(const ProvisionScimUser &provision);
FieldErrors validate(const ExternalUserLink &link);
// A member id in a path: digits, or "me" (the caller). Field "memberId".
FieldErrors validateMemberId(const QString &memberId);
// An external-user link id in a path: digits. Field "id".
FieldErrors validateLinkId(const QString &linkId);

// Sentry's own messages, shared with the sandbox server so both say the same thing. The GUI
// shows them through l10n/sentrytext.h, which localizes them.
namespace text {
QString required();
QString blank();
QString invalidEmail();
QString emailTooLong();
QString invalidChoice(const QString &value);
QString invalidInteger();
QString invalidTeamRole();
QString invalidScimRole();
QString invalidTeams();
QString externalNameFormat();
QString externalNameLength(qsizetype length);
QString externalIdLength(qsizetype length);
QString invalidMemberId();
QString retiredRole(const QString &role);     // a retired role where team roles are on
QString alreadyMember(const QString &email);  // an invitation for a member's address
QString alreadyInvited(const QString &email); // one for an address with a pending invitation
// The untranslated templates (with %1) of the messages above that carry a value.
QList<const char *> templates();
} // namespace text

} // namespace sm::validation
