// SPDX-License-Identifier: MIT
#pragma once

#include "core/entities.h"

#include <QString>

#include <optional>

// What a user asks Sentry to do: the inputs of the four tasks. They are validated before
// any request is built (validation.h) and turned into wire requests by the api layer.
namespace sm {

struct InviteMember
{
    QString email;
    QString orgRole = QStringLiteral("member");
    QList<TeamRoleAssignment> teamRoles;
    bool sendInvite = true;
};

struct UpdateMemberRoles
{
    QString memberId;
    // Only set when the role changes: sending an unchanged role still trips Sentry's role
    // checks for integration tokens and member:write-only callers.
    std::optional<QString> orgRole;
    // The member's complete team list: Sentry replaces the teams with exactly this list.
    QList<TeamRoleAssignment> teamRoles;
};

struct ResendInvite
{
    QString memberId;
    bool regenerate = false; // needed when the invitation has expired
};

struct ProvisionScimUser
{
    QString userName;      // the user's email
    QString sentryOrgRole; // empty: the organization's default role
};

struct ExternalUserLink
{
    QString id;     // empty when creating a new link
    QString userId; // Sentry user id (member.user.id)
    QString externalName;
    QString provider;
    QString integrationId;
    QString externalId; // optional
};

} // namespace sm
