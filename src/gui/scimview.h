// SPDX-License-Identifier: MIT
#pragma once

#include "api/session.h"
#include "directory/scimusersmodel.h"
#include "gui/rowchange.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sm::gui {

class ConfirmChangeDialog;
class DialogPresenter;

// The organization's SCIM users: listed page by page or found by exact email, provisioned
// through the SCIM form, deprovisioned after a confirmation where the email is typed again
// (it removes the member for good). When SCIM is not enabled, Sentry refuses every SCIM
// call; the view says so plainly instead of showing an empty list.
class ScimView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScimView)

public:
    // Changes go to `store`, so the members view shows them at once.
    ScimView(Session *session, directory::MemberDirectory *store, DialogPresenter *presenter,
             QWidget *parent = nullptr);
    ~ScimView() override;

    QTableView *table() const { return m_table; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *deprovisionButton() const { return m_deprovision; }
    ConfirmChangeDialog *confirmation() const { return m_confirmation; }
    directory::ScimUsersModel *model() { return &m_model; }
    void load();

signals:
    void provisionRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readCaller();
    void onSessionState(Session::State state);
    void updateState();
    void confirmDeprovision();

    Session *m_session;
    DialogPresenter *m_presenter;
    directory::ScimUsersModel m_model;
    QTableView *m_table;
    QLineEdit *m_findEdit;
    QLabel *m_state;
    QPushButton *m_provision;
    QPushButton *m_deprovision;
    QPointer<ConfirmChangeDialog> m_confirmation;
    RowChange *m_rowChange = nullptr;
    QString m_failure;
    bool m_canDeprovision = false;
    bool m_shownSinceConnect = false;
};

} // namespace sm::gui
