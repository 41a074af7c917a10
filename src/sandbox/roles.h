// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Sentry's organization and team roles as the server defines them (SENTRY_ORG_ROLES and
// SENTRY_TEAM_ROLES, with SaaS's billing role as the lowest), and its scope hierarchy.
namespace sm::sandbox {

struct OrgRoleDef
{
    QString id;
    QString name;
    QString desc;
    QStringList scopes;
    int priority = 0;
    bool isRetired = false;
    bool isTeamRolesAllowed = true;
    bool isGlobal = false;
    QString minimumTeamRole = QStringLiteral("contributor");
};

struct TeamRoleDef
{
    QString id;
    QString name;
    QString desc;
    QStringList scopes;
    int priority = 0;
};

const QList<OrgRoleDef> &orgRoles();
const OrgRoleDef *orgRole(const QString &id);
const QList<TeamRoleDef> &teamRoles();
const TeamRoleDef *teamRole(const QString &id);

// A role can manage roles of the same or lower priority (Role.can_manage).
bool canManage(const QString &managerRole, const QString &targetRole);

// Adds the scopes implied by SENTRY_SCOPE_HIERARCHY_MAPPING (member:admin implies
// member:write, member:invite and member:read; and so on).
QSet<QString> expandScopes(const QStringList &scopes);

} // namespace sm::sandbox
