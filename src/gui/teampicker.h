// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobs.h"

#include <QPointer>
#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

namespace sm::gui {

// The teams of a form as real widgets, one row per team: a check box named by the team and,
// when team roles are shown, a combo box labelled "Team role in <team>". Screen readers
// never see widgets placed in table cells, so every team and its role must be a widget of
// its own to be reachable from the keyboard and announced by name.
class TeamPicker final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPicker)

public:
    explicit TeamPicker(QWidget *parent = nullptr);
    ~TeamPicker() override;

    void setRolesShown(bool shown);
    // Replaces the rows with `teams`, nothing ticked.
    void setTeams(const QList<Team> &teams);
    // Shows `text` instead of rows.
    void setPlaceholder(const QString &text);
    void showLoading();
    // Shows the teams of a finished team list, or why there are none; true if it loaded.
    bool showLoaded(const TeamListResult &result);
    // Ticks exactly these teams with their roles; a team without a row gets one.
    void setAssignments(const QList<TeamRoleAssignment> &assignments);
    // The ticked teams with their roles ("" for Sentry's default role).
    QList<TeamRoleAssignment> assignments() const;
    void clearAssignments();

    qsizetype teamCount() const { return m_rows.size(); }
    QCheckBox *checkBox(const QString &slug) const;
    QComboBox *roleCombo(const QString &slug) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void changed();

private:
    struct Row
    {
        QString slug;
        QCheckBox *check = nullptr;
        QLabel *roleLabel = nullptr;
        QComboBox *role = nullptr;
        bool managed = false;
    };
    void addRow(const Team &team);
    void clearRows();
    void updateRow(const Row &row);
    // Puts the rows into the tab chain after this area and focus on the first team.
    void updateFocusProxy();
    int heightForRows(int rows) const;

    QWidget *m_content;
    QGridLayout *m_grid;
    QLabel *m_placeholder;
    QList<Row> m_rows;
    bool m_rolesShown = true;
};

} // namespace sm::gui
