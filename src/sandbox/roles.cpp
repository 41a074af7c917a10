// SPDX-License-Identifier: MIT
#include "sandbox/roles.h"

namespace sm::sandbox {

namespace {

QStringList split(const char *scopes)
{
    return QString::fromLatin1(scopes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

// SENTRY_ORG_ROLES (src/sentry/conf/server.py), SaaS's billing role first: one row a role.
const QList<OrgRoleDef> &orgRoles()
{
    static const QList<OrgRoleDef> roles = {
        {.id = QStringLiteral("billing"),
         .name = QStringLiteral("Billing"),
         .desc = QStringLiteral("Can manage payment and compliance details."),
         .scopes = split("org:billing"),
         .priority = 0,
         .isTeamRolesAllowed = false},
        {.id = QStringLiteral("member"),
         .name = QStringLiteral("Member"),
         .desc = QStringLiteral("Members can view and act on events, as well as view most other "
                                "data within the organization."),
         .scopes = split("event:read event:write event:admin project:releases project:read "
                         "org:read member:read team:read alerts:read alerts:write"),
         .priority = 1},
        {.id = QStringLiteral("admin"),
         .name = QStringLiteral("Admin"),
         .desc = QStringLiteral(
             "Admin privileges on any teams of which they're a member. They can create new "
             "teams and projects, as well as remove teams and projects on which they already "
             "hold membership (or all teams, if open membership is enabled). Additionally, "
             "they can manage memberships of teams that they are members of. They cannot "
             "invite members to the organization."),
         .scopes = split("event:read event:write event:admin org:read member:read project:read "
                         "project:write project:admin project:releases team:read team:write "
                         "team:admin org:integrations alerts:read alerts:write"),
         .priority = 2,
         .isRetired = true,
         .minimumTeamRole = QStringLiteral("admin")},
        {.id = QStringLiteral("manager"),
         .name = QStringLiteral("Manager"),
         .desc = QStringLiteral("Gains admin access on all teams as well as the ability to add "
                                "and remove members."),
         .scopes = split("event:read event:write event:admin member:read member:write "
                         "member:admin project:read project:write project:admin "
                         "project:releases team:read team:write team:admin org:read org:write "
                         "org:integrations alerts:read alerts:write"),
         .priority = 3,
         .minimumTeamRole = QStringLiteral("admin")},
        {.id = QStringLiteral("owner"),
         .name = QStringLiteral("Owner"),
         .desc = QStringLiteral("Gains full permission across the organization. Can manage "
                                "members as well as perform catastrophic operations such as "
                                "removing the organization."),
         .scopes = split("org:read org:write org:admin org:integrations member:read "
                         "member:write member:admin team:read team:write team:admin "
                         "project:read project:write project:admin project:releases "
                         "event:read event:write event:admin alerts:read alerts:write"),
         .priority = 4,
         .isGlobal = true,
         .minimumTeamRole = QStringLiteral("admin")},
    };
    return roles;
}

const OrgRoleDef *orgRole(const QString &id)
{
    for (const OrgRoleDef &role : orgRoles()) {
        if (role.id == id)
            return &role;
    }
    return nullptr;
}

// SENTRY_TEAM_ROLES: one row a role.
const QList<TeamRoleDef> &teamRoles()
{
    static const QList<TeamRoleDef> roles = {
        {.id = QStringLiteral("contributor"),
         .name = QStringLiteral("Contributor"),
         .desc = QStringLiteral("Contributors can view and act on events, as well as view most "
                                "other data within the team's projects."),
         .scopes = split("event:read event:write event:admin project:releases project:read "
                         "org:read member:read team:read alerts:read alerts:write"),
         .priority = 0},
        {.id = QStringLiteral("admin"),
         .name = QStringLiteral("Team Admin"),
         .desc = QStringLiteral("Admin privileges on the team. They can create and remove "
                                "projects, and can manage the team's memberships."),
         .scopes = split("event:read event:write event:admin org:read member:read project:read "
                         "project:write project:admin project:releases team:read team:write "
                         "team:admin alerts:read alerts:write"),
         .priority = 1},
    };
    return roles;
}

const TeamRoleDef *teamRole(const QString &id)
{
    for (const TeamRoleDef &role : teamRoles()) {
        if (role.id == id)
            return &role;
    }
    return nullptr;
}

bool canManage(const QString &managerRole, const QString &targetRole)
{
    const OrgRoleDef *manager = orgRole(managerRole);
    const OrgRoleDef *target = orgRole(targetRole);
    return manager && target && manager->priority >= target->priority;
}

QSet<QString> expandScopes(const QStringList &scopes)
{
    static const QList<QPair<QString, QStringList>> implied = {
        {QStringLiteral("org:admin"), split("org:write org:read org:integrations")},
        {QStringLiteral("org:write"), split("org:read")},
        {QStringLiteral("member:admin"), split("member:write member:invite member:read")},
        {QStringLiteral("member:write"), split("member:invite member:read")},
        {QStringLiteral("member:invite"), split("member:read")},
        {QStringLiteral("team:admin"), split("team:write team:read")},
        {QStringLiteral("team:write"), split("team:read")},
        {QStringLiteral("project:admin"), split("project:write project:read")},
        {QStringLiteral("project:write"), split("project:read")},
        {QStringLiteral("event:admin"), split("event:write event:read")},
        {QStringLiteral("event:write"), split("event:read")},
    };
    QSet<QString> result(scopes.cbegin(), scopes.cend());
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto &[scope, adds] : implied) {
            if (!result.contains(scope))
                continue;
            for (const QString &add : adds) {
                if (!result.contains(add)) {
                    result.insert(add);
                    grew = true;
                }
            }
        }
    }
    return result;
}

} // namespace sm::sandbox
