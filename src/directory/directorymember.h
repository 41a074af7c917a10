// SPDX-License-Identifier: MIT
#pragma once

#include "core/entities.h"

#include <QList>
#include <QString>

namespace sm::directory {

// One member as the directory shows it: what the list answer says, reduced to what is
// displayed, filtered and checked (a 10,000-member organization is held in these), plus the
// teams learned from the teams' member lists.
struct DirectoryMember
{
    using Status = Member::Status;

    QString id;
    QString userId; // empty for an invitation
    QString name;
    QString email;
    QString orgRole;
    QString dateCreated;
    QString inviterName;
    Status status = Status::Active;
    bool has2fa = false;
    bool ssoLinked = false;
    bool idpProvisioned = false;    // added by the identity provider (SCIM)
    bool idpRoleRestricted = false; // its org role is set by the identity provider
    bool partnershipRestricted = false;
    QList<TeamRoleAssignment> teams;
    QList<ExternalUser> externalUsers;
    // A change to this member whose outcome nobody could confirm (the answer was lost and the
    // check failed, or it was cancelled while Sentry worked): what the app said about it.
    // Empty once a reload or a confirmed outcome shows what Sentry has.
    QString unconfirmed;
    // Lower-case name, email and team slugs: what the search box matches.
    QString searchText;

    bool isPending() const { return status != Status::Active; }
    bool idpManaged() const { return idpProvisioned || idpRoleRestricted; }
    static DirectoryMember from(const Member &member);
    void refreshSearchText();
};

} // namespace sm::directory

Q_DECLARE_TYPEINFO(sm::directory::DirectoryMember, Q_RELOCATABLE_TYPE);
