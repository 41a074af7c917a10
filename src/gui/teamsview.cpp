// SPDX-License-Identifier: MIT
#include "gui/teamsview.h"

#include "gui/listtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sm::gui {

TeamsView::TeamsView(directory::TeamsModel *teams, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_showMembers(new QPushButton(tr("&Show members"), this))
{
    setObjectName(QStringLiteral("teamsView"));
    m_sorted->setSourceModel(teams);
    m_table->setObjectName(QStringLiteral("teamsTable"));
    setUpListTable(m_table, tr("Teams"));
    m_table->setModel(m_sorted);
    fitColumnsToFirstRows(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(directory::TeamsModel::Name, Qt::AscendingOrder);

    m_summary->setObjectName(QStringLiteral("teamsSummary"));
    m_showMembers->setObjectName(QStringLiteral("showTeamMembersButton"));
    m_showMembers->setToolTip(tr("Show this team's members in the Members view"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_showMembers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableView::activated, this, &TeamsView::chooseCurrent);
    connect(m_showMembers, &QPushButton::clicked, this, &TeamsView::chooseCurrent);
    auto update = [this, teams] {
        m_summary->setText(teams->rowCount() == 1 ? tr("1 team")
                                                  : tr("%1 teams").arg(teams->rowCount()));
        m_showMembers->setEnabled(m_table->currentIndex().isValid());
    };
    connect(teams, &QAbstractItemModel::modelReset, this, update);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, update);
    update();
}

TeamsView::~TeamsView() = default;

void TeamsView::chooseCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        emit teamChosen(current.data(directory::TeamsModel::SlugRole).toString());
}

} // namespace sm::gui
