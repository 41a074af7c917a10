#include "gui/mainwindow.h"

#include "gui/connectdialog.h"
#include "gui/dialogpresenter.h"
#include "gui/editmemberrolesform.h"
#include "gui/externaluserform.h"
#include "gui/invitememberform.h"
#include "gui/scimprovisionform.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace sm::gui {

MainWindow::MainWindow(Session *session, DialogPresenter *presenter, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_presenter(presenter)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sentry-members.svg")));
    addForm(new InviteMemberForm(session, presenter, this), m_ui->actionInvite);
    addForm(new EditMemberRolesForm(session, presenter, this), m_ui->actionEditRoles);
    addForm(new ScimProvisionForm(session, presenter, this), m_ui->actionProvisionScim);
    addForm(new ExternalUserForm(session, presenter, this), m_ui->actionLinkExternal);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_ui->statusBar->addPermanentWidget(m_connectionLabel, 1);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionConnect, &QAction::triggered, this, [this] { openConnectDialog(true); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Sentry Members"),
                           tr("<p><b>Sentry Members %1</b></p><p>Manage the people of a Sentry "
                              "organization: invitations, roles, SCIM and external accounts.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    connect(session, &Session::stateChanged, this, &MainWindow::onSessionState);
    onSessionState(session->state());
}

MainWindow::~MainWindow() = default;

void MainWindow::addForm(TaskForm *form, QAction *action)
{
    // Tabs carry no mnemonics of their own: Ctrl+1..4 reach them, and Alt+letter stays free
    // for the fields inside.
    const int index =
        m_ui->taskTabs->addTab(form, QString(action->text()).remove(QLatin1Char('&')));
    m_forms.append(form);
    connect(action, &QAction::triggered, this, [this, index] {
        m_ui->taskTabs->setCurrentIndex(index);
        if (QWidget *first = m_forms.at(index)->firstField())
            first->setFocus(Qt::ShortcutFocusReason);
    });
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::onSessionState(Session::State state)
{
    m_connectionLabel->setText(m_session->summary());
    const bool connected = state == Session::State::Connected;
    for (TaskForm *form : std::as_const(m_forms)) {
        form->setEnabled(connected);
        if (connected)
            form->refresh();
    }
    if (state == Session::State::Failed) {
        m_presenter->showError(this, tr("Could not connect"), m_session->lastError(), QString());
    }
}

void MainWindow::openConnectDialog(bool offerDemo)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        return;
    }
    ConnectionSettings initial = m_session->settings();
    auto *dialog = new ConnectDialog(initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDemoOffered(offerDemo);
    m_connectDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            m_session->connectTo(dialog->settings());
        else if (result == ConnectDialog::DemoRequested)
            emit demoRequested();
    });
    dialog->open();
}

} // namespace sm::gui
