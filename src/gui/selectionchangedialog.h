// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/selection.h"
#include "core/entities.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class SelectionChangeDialog;
}

namespace sm::gui {

// One change for the members selected in the list: an organization role, a team to add them
// to or remove them from, their invitations sent again, or their removal. It sends nothing:
// the change becomes a bulk file that the Bulk changes window checks and runs.
class SelectionChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionChangeDialog)

public:
    // `members` as the list shows them (emails); `me` gives the roles the caller may assign
    // and whether the organization has team roles.
    SelectionChangeDialog(const QStringList &members, const Member &me, const QList<Team> &teams,
                          QWidget *parent = nullptr);
    ~SelectionChangeDialog() override;

    Ui::SelectionChangeDialog *ui() const { return m_ui.get(); }
    QPushButton *checkButton() const { return m_check; }
    bulk::SelectionChange change() const;

private:
    void updateEnabled();

    std::unique_ptr<Ui::SelectionChangeDialog> m_ui;
    QPushButton *m_check = nullptr;
};

} // namespace sm::gui
