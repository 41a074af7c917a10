// SPDX-License-Identifier: MIT
#pragma once

#include "gui/taskform.h"

#include <memory>
#include <optional>

namespace Ui {
class EditMemberRolesForm;
}

namespace sm::gui {

// Finds a member by email or id, shows the org role and every team with its team role, and
// saves changes. The full team list is always sent: Sentry replaces the member's teams.
class EditMemberRolesForm final : public TaskForm
{
    Q_OBJECT

public:
    EditMemberRolesForm(Session *session, directory::MemberDirectory *store,
                        DialogPresenter *presenter, QWidget *parent = nullptr);
    ~EditMemberRolesForm() override;

    QString title() const override { return tr("Edit member roles"); }
    void refresh() override;
    // Loads a member chosen elsewhere (a row of the members view): the field shows the email,
    // as a person would type it, while the member is read by its id.
    void openMember(const QString &memberId, const QString &email);
    QWidget *firstField() const override;
    bool isLoading() const override;
    Ui::EditMemberRolesForm *ui() const { return m_ui.get(); }
    const std::optional<Member> &member() const { return m_member; }

protected:
    void submit() override;
    void failureReported(const ApiError &error) override;
    void changeConfirmed(const ops::RunOutcome &outcome) override;
    std::optional<ops::Operation> operationToSend() const override;

private:
    void load();
    void loadById(const QString &memberId);
    void showMember(const Member &member);
    void fillTeams();
    void showTeams();
    void resendInvitation();
    QString who() const;

    std::unique_ptr<Ui::EditMemberRolesForm> m_ui;
    std::optional<Member> m_member;
    QList<Team> m_teams;
};

} // namespace sm::gui
