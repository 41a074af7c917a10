// SPDX-License-Identifier: MIT
#pragma once

#include "directory/teamsmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sm::gui {

// The organization's teams with their member counts; choosing one (Enter, double-click or
// "Show members") filters the members view to that team.
class TeamsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsView)

public:
    explicit TeamsView(directory::TeamsModel *teams, QWidget *parent = nullptr);
    ~TeamsView() override;

    QTableView *table() const { return m_table; }
    QPushButton *showMembersButton() const { return m_showMembers; }

signals:
    void teamChosen(const QString &teamSlug);

private:
    void chooseCurrent();

    QTableView *m_table;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_summary;
    QPushButton *m_showMembers;
};

} // namespace sm::gui
