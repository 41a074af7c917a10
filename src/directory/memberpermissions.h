// SPDX-License-Identifier: MIT
#pragma once

#include "directory/directorymember.h"

#include <QStringList>

namespace sm::directory {

// Who the app acts as, as far as it can tell before sending anything: from members/me/
// (the caller's role, its scopes and the roles it may assign) or, with no membership, an
// internal-integration token whose scopes the app cannot read.
struct Caller
{
    bool integration = false;
    QString memberId;
    QString name;
    QString orgRole;
    QString orgRoleName;
    QStringList scopes;          // of the caller's role
    QStringList assignableRoles; // orgRoleList entries Sentry marks allowed
    // Roles whose scopes include org:write (owner and manager in Sentry's defaults): Sentry
    // keeps the last member with one of them.
    QStringList orgWriteRoles{QStringLiteral("owner"), QStringLiteral("manager")};

    static Caller fromMe(const Member &me);
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

// What the caller can do with members, as one sentence for the status bar and the connect
// dialog: inferred from the role's scopes (an integration token's are unknown to the app).
QString abilities(const Caller &caller);

// Whether an action can be done, and if not, why: in Sentry's own words where Sentry has
// them, so the reason given before sending is the one Sentry would give after.
struct Permission
{
    bool allowed = true;
    QString reason;

    static Permission yes() { return {}; }
    static Permission no(const QString &why) { return {false, why}; }
};

// The row actions, checked the way Sentry checks them (notes on Sentry's API, 3.3, 3.4, 8).
Permission canEditRoles(const Caller &caller, const DirectoryMember &member);
Permission canResendInvite(const Caller &caller, const DirectoryMember &member);
// `orgWriteMembers`: how many joined members have a role with org:write.
Permission canRemove(const Caller &caller, const DirectoryMember &member, int orgWriteMembers);
Permission canLinkExternal(const Caller &caller, const DirectoryMember &member);

} // namespace sm::directory
