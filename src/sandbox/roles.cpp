#include "sandbox/roles.h"

namespace sm::sandbox {

namespace {

QStringList split(const char *scopes)
{
    return QString::fromLatin1(scopes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

const QList<OrgRoleDef> &orgRoles()
{
    static const QList<OrgRoleDef> roles = [] {
        QList<OrgRoleDef> list;
        OrgRoleDef billing;
        billing.id = QStringLiteral("billing");
        billing.name = QStringLiteral("Billing");
        billing.desc = QStringLiteral("Can manage payment and compliance details.");
        billing.scopes = split("org:billing");
        billing.priority = 0;
        billing.isTeamRolesAllowed = false;
        list.append(billing);

        OrgRoleDef member;
        member.id = QStringLiteral("member");
        member.name = QStringLiteral("Member");
        member.desc = QStringLiteral("Members can view and act on events, as well as view most "
                                     "other data within the organization.");
        member.scopes = split("event:read event:write event:admin project:releases project:read "
                              "org:read member:read team:read alerts:read alerts:write");
        member.priority = 1;
        list.append(member);

        OrgRoleDef admin;
        admin.id = QStringLiteral("admin");
        admin.name = QStringLiteral("Admin");
        admin.desc = QStringLiteral(
            "Admin privileges on any teams of which they're a member. They can create new "
            "teams and projects, as well as remove teams and projects on which they already "
            "hold membership (or all teams, if open membership is enabled). Additionally, they "
            "can manage memberships of teams that they are members of. They cannot invite "
            "members to the organization.");
        admin.scopes = split("event:read event:write event:admin org:read member:read "
                             "project:read project:write project:admin project:releases "
                             "team:read team:write team:admin org:integrations alerts:read "
                             "alerts:write");
        admin.priority = 2;
        admin.isRetired = true;
        admin.minimumTeamRole = QStringLiteral("admin");
        list.append(admin);

        OrgRoleDef manager;
        manager.id = QStringLiteral("manager");
        manager.name = QStringLiteral("Manager");
        manager.desc = QStringLiteral("Gains admin access on all teams as well as the ability "
                                      "to add and remove members.");
        manager.scopes = split("event:read event:write event:admin member:read member:write "
                               "member:admin project:read project:write project:admin "
                               "project:releases team:read team:write team:admin org:read "
                               "org:write org:integrations alerts:read alerts:write");
        manager.priority = 3;
        manager.minimumTeamRole = QStringLiteral("admin");
        list.append(manager);

        OrgRoleDef owner;
        owner.id = QStringLiteral("owner");
        owner.name = QStringLiteral("Owner");
        owner.desc = QStringLiteral("Gains full permission across the organization. Can "
                                    "manage members as well as perform catastrophic "
                                    "operations such as removing the organization.");
        owner.scopes = split("org:read org:write org:admin org:integrations member:read "
                             "member:write member:admin team:read team:write team:admin "
                             "project:read project:write project:admin project:releases "
                             "event:read event:write event:admin alerts:read alerts:write");
        owner.priority = 4;
        owner.isGlobal = true;
        owner.minimumTeamRole = QStringLiteral("admin");
        list.append(owner);
        return list;
    }();
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

const QList<TeamRoleDef> &teamRoles()
{
    static const QList<TeamRoleDef> roles = {
        {QStringLiteral("contributor"), QStringLiteral("Contributor"),
         QStringLiteral("Contributors can view and act on events, as well as view most other "
                        "data within the team's projects."),
         split("event:read event:write event:admin project:releases project:read org:read "
               "member:read team:read alerts:read alerts:write"),
         0},
        {QStringLiteral("admin"), QStringLiteral("Team Admin"),
         QStringLiteral("Admin privileges on the team. They can create and remove projects, and "
                        "can manage the team's memberships."),
         split("event:read event:write event:admin org:read member:read project:read "
               "project:write project:admin project:releases team:read team:write team:admin "
               "alerts:read alerts:write"),
         1},
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
