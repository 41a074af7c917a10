// SPDX-License-Identifier: MIT
#include "bulk/selection.h"

#include "core/csv.h"

namespace sm::bulk {

Kind SelectionChange::kind() const
{
    switch (what) {
    case What::SetRole:
    case What::AddTeam:
    case What::RemoveTeam:
        return Kind::Roles;
    case What::Resend:
        return Kind::Resends;
    case What::Remove:
        return Kind::Removals;
    }
    return Kind::Roles;
}

QString selectionFile(const SelectionChange &change, const QStringList &members)
{
    QStringList header{QStringLiteral("member")};
    QString value;
    switch (change.what) {
    case SelectionChange::What::SetRole:
        header.append(QStringLiteral("role"));
        value = change.role;
        break;
    case SelectionChange::What::AddTeam:
        header.append(QStringLiteral("teams"));
        value = change.teamRole.isEmpty() ? change.team
                                          : change.team + QLatin1Char(':') + change.teamRole;
        break;
    case SelectionChange::What::RemoveTeam:
        header.append(QStringLiteral("remove_teams"));
        value = change.team;
        break;
    case SelectionChange::What::Resend:
    case SelectionChange::What::Remove:
        break;
    }
    QString text = versionLine(change.kind()) + QLatin1Char('\n') + header.join(QLatin1Char(',')) +
                   QLatin1Char('\n');
    for (const QString &member : members) {
        QStringList cells{member};
        if (header.size() > 1)
            cells.append(value);
        text += csv::record(cells) + QLatin1Char('\n');
    }
    return text;
}

} // namespace sm::bulk
