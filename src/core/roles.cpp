// SPDX-License-Identifier: MIT
#include "core/roles.h"

#include <QCoreApplication>

namespace sm::roles {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sm::roles", text);
}
} // namespace

QString displayName(const QList<RoleInfo> &roles, const QString &roleId)
{
    for (const RoleInfo &role : roles) {
        if (role.id == roleId)
            return role.name;
    }
    if (roleId.isEmpty())
        return roleId;
    return roleId.at(0).toUpper() + roleId.mid(1);
}

QString teamRoleName(const QString &teamRole)
{
    if (teamRole == QLatin1String("admin"))
        return tr("Team Admin");
    if (teamRole == QLatin1String("contributor"))
        return tr("Contributor");
    return tr("Default");
}

QString describeTeams(const QList<TeamRoleAssignment> &teams)
{
    if (teams.isEmpty())
        return tr("no teams");
    QStringList parts;
    for (const TeamRoleAssignment &team : teams)
        parts.append(QStringLiteral("%1 (%2)").arg(team.teamSlug, teamRoleName(team.role)));
    return parts.join(QLatin1String(", "));
}

} // namespace sm::roles
