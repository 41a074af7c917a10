// SPDX-License-Identifier: MIT
#pragma once

#include "core/entities.h"

#include <QString>

// The names of Sentry's roles as a person reads them, for every front end.
namespace sm::roles {

// The role's name from `roles` (a member's orgRoleList), else its id capitalized
// ("manager" -> "Manager").
QString displayName(const QList<RoleInfo> &roles, const QString &roleId);
// "Team Admin", "Contributor", or "Default" for Sentry's null team role.
QString teamRoleName(const QString &teamRole);
// "backend (Team Admin), frontend (Default)", or "no teams".
QString describeTeams(const QList<TeamRoleAssignment> &teams);

// "backend" or "backend:admin" (a team role after a colon), as the command line and bulk
// files write a team.
TeamRoleAssignment parseTeam(const QString &text);
// The teams a member has after a change that adds (or re-roles) `add` and removes `remove`.
// Sentry replaces the whole list on a PUT, so the teams not named are sent as they are.
QList<TeamRoleAssignment> teamsAfter(const Member &member, const QList<TeamRoleAssignment> &add,
                                     const QStringList &remove);
// Whether two team lists are the same, in any order.
bool sameTeams(const QList<TeamRoleAssignment> &a, const QList<TeamRoleAssignment> &b);

} // namespace sm::roles
