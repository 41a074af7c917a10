// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/organization.h"

#include <QJsonArray>
#include <QJsonObject>

// Records to Sentry's JSON, following the server's serializers where they differ from the
// published spec (no "emails" in a member's user, no invite_link on GET; see the notes on
// Sentry's API, section 1.1).
namespace sm::sandbox::serialize {

QJsonObject member(const Organization &org, const MemberRecord &member, bool expandExternalUsers);
// The detail form with teams, teamRoles and role lists; `allowedRoles` marks orgRoleList.
// `userDetails` (a caller with member:admin, who may see and reset 2FA): the user comes with
// its details, and an invitation, which has no user, shows `"user": {}` instead of null.
QJsonObject memberWithRoles(const Organization &org, const MemberRecord &member,
                            const QStringList &allowedRoles, bool userDetails);
QJsonArray orgRoleList(const QStringList &allowedRoles);
QJsonArray teamRoleList();
// A user as Sentry's UserSerializer gives it (no `emails`).
QJsonValue user(const UserRecord *user);
// One audit-log row (AuditLogEntrySerializer).
QJsonObject auditEntry(const Organization &org, const AuditEntry &entry);
QJsonObject externalUser(const ExternalUserRecord &external);
QJsonObject team(const Organization &org, const TeamRecord &team, const MemberRecord *caller);
QJsonObject integration(const Organization &org, const IntegrationRecord &integration);
QJsonObject scimUser(const Organization &org, const MemberRecord &member);

} // namespace sm::sandbox::serialize
