// SPDX-License-Identifier: MIT
#include "directory/teamsmodel.h"

namespace sm::directory {

TeamsModel::TeamsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TeamsModel::~TeamsModel() = default;

int TeamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int TeamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Team");
    case Slug:
        return tr("Slug");
    case Members:
        return tr("Members");
    case IdentityProvider:
        return tr("Identity provider");
    default:
        return {};
    }
}

QVariant TeamsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_teams.size())
        return {};
    const Team &team = m_teams.at(index.row());
    if (role == SlugRole)
        return team.slug;
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return team.name.isEmpty() ? team.slug : team.name;
    case Slug:
        return team.slug;
    case Members:
        return team.memberCount;
    case IdentityProvider:
        return team.idpProvisioned ? tr("Managed") : QString();
    default:
        return {};
    }
}

void TeamsModel::setTeams(const QList<Team> &teams)
{
    beginResetModel();
    m_teams = teams;
    endResetModel();
}

} // namespace sm::directory
