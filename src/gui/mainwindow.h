// SPDX-License-Identifier: MIT
#pragma once

#include "api/session.h"
#include "directory/memberdirectory.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QMessageBox;
class QPushButton;

namespace Ui {
class MainWindow;
}

namespace sm::profiles {
class ProfileStore;
}

namespace sm::gui {

class ConnectionController;
class DialogPresenter;
class ProfileMenu;
class MembersView;
class TaskForm;
class ConnectDialog;
class ScimView;
class BulkWindow;
class TeamsView;

// The members directory in the centre, the teams beside it, and the task forms (one tab
// each, reachable from the Tasks menu, the toolbar and Ctrl+1..4, and opened prefilled from
// a member's row); the status bar shows the connection (instance, organization, acting
// user) and why an action is unavailable.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Session *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~MainWindow() override;

    Ui::MainWindow *ui() const { return m_ui.get(); }
    // The task forms in tab order, creating any not built yet.
    QList<TaskForm *> forms();
    TaskForm *form(int index);
    // Shows the task forms with the one at `index` in front.
    TaskForm *showTask(int index);
    // Shows the task form of type `Form` in front (built when first asked for).
    template<typename Form> Form *showTask()
    {
        for (int i = 0; i < m_formTypes.size(); ++i) {
            if (m_formTypes.at(i) == &Form::staticMetaObject)
                return qobject_cast<Form *>(showTask(i));
        }
        return nullptr;
    }
    // Built when first shown (or asked for here); the members view right after the first
    // frame.
    MembersView *membersView();
    TeamsView *teamsView();
    ScimView *scimView();
    ConnectDialog *connectDialog() const;
    // The organization as the app knows it: one store for every view, form and picker.
    directory::MemberDirectory *store() { return &m_store; }
    QString connectionText() const;

    // Opens the connect dialog (non-blocking); `offerDemo` shows the demo choice. It starts
    // from the session's connection, or from `initial` when given (what a launch knew).
    void openConnectDialog(bool offerDemo,
                           const std::optional<ConnectionSettings> &initial = std::nullopt);
    // Saved connections (ConnectionController: the Profiles menu, token prompts) and the
    // window's geometry. Without it the window saves nothing. A profiles::SessionStarter
    // connects the session when a profile opens.
    void setProfiles(profiles::ProfileStore *store);
    ProfileMenu *profileMenu() const;

signals:
    void demoRequested();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    using FormFactory = std::function<TaskForm *(QWidget *parent)>;
    template<typename Form> void addTask(QAction *action);
    void onSessionState(Session::State state);
    void connectViews();
    void buildPage(int index);
    void showAbout();
    BulkWindow *openBulkWindow();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session;
    DialogPresenter *m_presenter;
    // The views and forms under the central widget use it: the destructor deletes them
    // first.
    directory::MemberDirectory m_store;
    // Forms are built when first shown: only the visible one costs startup time.
    QList<FormFactory> m_factories;
    QList<const QMetaObject *> m_formTypes; // the type of each tab's form
    QList<QPointer<TaskForm>> m_forms;
    MembersView *m_membersView = nullptr;
    TeamsView *m_teamsView = nullptr;
    ScimView *m_scimView = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QPushButton *m_cancelConnecting = nullptr;
    ConnectionController *m_connections = nullptr;
    QPointer<QMessageBox> m_aboutBox;
    QPointer<BulkWindow> m_bulkWindow;
    profiles::ProfileStore *m_profiles = nullptr;
};

} // namespace sm::gui
