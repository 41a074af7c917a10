// SPDX-License-Identifier: MIT
#pragma once

#include "gui/taskform.h"

#include <memory>

namespace Ui {
class InviteMemberForm;
}

namespace sm::gui {

class InviteMemberForm final : public TaskForm
{
    Q_OBJECT

public:
    InviteMemberForm(Session *session, directory::MemberDirectory *store,
                     DialogPresenter *presenter, QWidget *parent = nullptr);
    ~InviteMemberForm() override;

    QString title() const override { return tr("Invite member"); }
    void refresh() override;
    QWidget *firstField() const override;
    bool isLoading() const override;
    Ui::InviteMemberForm *ui() const { return m_ui.get(); }

protected:
    void submit() override;
    void changeConfirmed(const ops::RunOutcome &outcome) override;
    std::optional<ops::Operation> operationToSend() const override;

private:
    InviteMember currentInput() const;
    void onInvited(const ops::RunOutcome &outcome, const InviteMember &invite);
    void resetForNextInvitation();
    void showTeams();

    std::unique_ptr<Ui::InviteMemberForm> m_ui;
};

} // namespace sm::gui
