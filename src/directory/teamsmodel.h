// SPDX-License-Identifier: MIT
#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>

namespace sm::directory {

// The organization's teams with their member counts.
class TeamsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsModel)

public:
    enum Column
    {
        Name,
        Slug,
        Members,
        IdentityProvider,
        ColumnCount
    };
    enum Role
    {
        SlugRole = Qt::UserRole + 1,
    };

    explicit TeamsModel(QObject *parent = nullptr);
    ~TeamsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setTeams(const QList<Team> &teams);
    const QList<Team> &teams() const { return m_teams; }

private:
    QList<Team> m_teams;
};

} // namespace sm::directory
