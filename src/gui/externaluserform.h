// SPDX-License-Identifier: MIT
#pragma once

#include "gui/taskform.h"

#include <QHash>

#include <memory>

class QStandardItemModel;

namespace Ui {
class ExternalUserForm;
}

namespace sm::gui {

// Creates a link between a Sentry user and an account of an integration, or changes an
// existing link (its current values load by id).
class ExternalUserForm final : public TaskForm
{
    Q_OBJECT

public:
    ExternalUserForm(Session *session, directory::MemberDirectory *store,
                     DialogPresenter *presenter, QWidget *parent = nullptr);
    ~ExternalUserForm() override;

    QString title() const override { return tr("Link external user"); }
    void refresh() override;
    // A new link for this Sentry user (from the members view).
    void prefillUser(const QString &userId);
    // Loads an existing link to change it (from the members view).
    void openLink(const QString &linkId);
    QWidget *firstField() const override;
    Ui::ExternalUserForm *ui() const { return m_ui.get(); }
    bool isLoading() const override;

protected:
    void submit() override;
    void changeConfirmed(const ops::RunOutcome &outcome) override;
    std::optional<ops::Operation> operationToSend() const override;
    void showEvent(QShowEvent *event) override;

private:
    void updateMode();
    void usersChanged();
    void fillUsers();
    void offerExistingLinks();
    // The store's integrations of the chosen provider, `selectId` chosen once it is listed.
    void showIntegrations(const QString &selectId = {});
    void loadLink();
    void showLink(const ExternalUser &link);
    QString resolvedUserId() const;
    QString userLabel(const QString &userId) const;
    ExternalUserLink currentInput() const;
    // The link the run's answer (or check) shows for what the form sent.
    ExternalUser savedLink(const ops::RunOutcome &outcome) const;

    std::unique_ptr<Ui::ExternalUserForm> m_ui;
    // "Name <email>" by user id, looked up per row of a 10,000-member organization.
    QHash<QString, QString> m_userLabels;
    QStandardItemModel *m_links;
    bool m_usersStale = false; // the store changed while the form was hidden
    QString m_integrationToSelect;
};

} // namespace sm::gui
