// SPDX-License-Identifier: MIT
#include "directory/directorymember.h"

namespace sm::directory {

DirectoryMember DirectoryMember::from(const Member &m)
{
    DirectoryMember row;
    row.id = m.id;
    row.userId = m.userId;
    row.name = m.name;
    row.email = m.email;
    row.orgRole = m.orgRole;
    row.dateCreated = m.dateCreated;
    row.inviterName = m.inviterName;
    row.status = m.status();
    row.has2fa = m.has2fa;
    row.ssoLinked = m.flags.value(QStringLiteral("sso:linked"));
    row.idpProvisioned = m.isIdpProvisioned();
    row.idpRoleRestricted = m.isRoleRestricted();
    row.partnershipRestricted = m.flags.value(QStringLiteral("partnership:restricted"));
    for (const QString &slug : m.teams)
        row.teams.append({slug, QString()});
    for (const TeamRoleAssignment &assignment : m.teamRoles) {
        const auto it = std::find_if(row.teams.begin(), row.teams.end(), [&](const auto &t) {
            return t.teamSlug == assignment.teamSlug;
        });
        if (it == row.teams.end())
            row.teams.append(assignment);
        else
            it->role = assignment.role;
    }
    row.externalUsers = m.externalUsers;
    row.refreshSearchText();
    return row;
}

void DirectoryMember::refreshSearchText()
{
    QStringList parts{name, email};
    for (const TeamRoleAssignment &team : teams)
        parts.append(team.teamSlug);
    searchText = parts.join(QLatin1Char('\n')).toLower();
}

} // namespace sm::directory
