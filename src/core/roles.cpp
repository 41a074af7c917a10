// SPDX-License-Identifier: MIT
#include "core/roles.h"

#include <algorithm>

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

TeamRoleAssignment parseTeam(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {text.trimmed(), QString()};
    return {text.left(colon).trimmed(), text.mid(colon + 1).trimmed()};
}

QList<TeamRoleAssignment> teamsAfter(const Member &member, const QList<TeamRoleAssignment> &add,
                                     const QStringList &remove)
{
    QList<TeamRoleAssignment> teams = member.teamRoles;
    for (const QString &slug : member.teams) {
        const bool listed = std::any_of(teams.cbegin(), teams.cend(),
                                        [&](const auto &t) { return t.teamSlug == slug; });
        if (!listed)
            teams.append({slug, QString()});
    }
    for (const TeamRoleAssignment &wanted : add) {
        const auto it = std::find_if(teams.begin(), teams.end(),
                                     [&](const auto &t) { return t.teamSlug == wanted.teamSlug; });
        if (it == teams.end())
            teams.append(wanted);
        else
            it->role = wanted.role;
    }
    for (const QString &slug : remove)
        teams.removeIf([&](const TeamRoleAssignment &t) { return t.teamSlug == slug.trimmed(); });
    return teams;
}

bool sameTeams(const QList<TeamRoleAssignment> &a, const QList<TeamRoleAssignment> &b)
{
    return a.size() == b.size() && std::is_permutation(a.cbegin(), a.cend(), b.cbegin());
}

} // namespace sm::roles
