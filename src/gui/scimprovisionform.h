// SPDX-License-Identifier: MIT
#pragma once

#include "gui/taskform.h"

#include <memory>

namespace Ui {
class ScimProvisionForm;
}

namespace sm::gui {

class ScimProvisionForm final : public TaskForm
{
    Q_OBJECT

public:
    ScimProvisionForm(Session *session, directory::MemberDirectory *store,
                      DialogPresenter *presenter, QWidget *parent = nullptr);
    ~ScimProvisionForm() override;

    QString title() const override { return tr("Provision SCIM user"); }
    void refresh() override;
    QWidget *firstField() const override;
    Ui::ScimProvisionForm *ui() const { return m_ui.get(); }

protected:
    void submit() override;
    void changeConfirmed(const ops::RunOutcome &outcome) override;
    std::optional<ops::Operation> operationToSend() const override;

private:
    std::unique_ptr<Ui::ScimProvisionForm> m_ui;
};

} // namespace sm::gui
