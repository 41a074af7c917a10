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

} // namespace sm::roles
