// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include "directory/memberpermissions.h"
#include "gui/accessibility.h"
#include "gui/bulkwindow.h"
#include "gui/connectdialog.h"
#include "gui/connectioncontroller.h"
#include "gui/dialogpresenter.h"
#include "gui/editmemberrolesform.h"
#include "gui/externaluserform.h"
#include "gui/invitememberform.h"
#include "gui/membersview.h"
#include "gui/scimprovisionform.h"
#include "gui/scimview.h"
#include "gui/teamsview.h"
#include "profiles/profilestore.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sm::gui {

namespace {

// Adds a page's content built after the window was shown. Shown now rather than on the
// layout's queued show, so focus can move into it at once.
void place(QWidget *content, QLayout *layout)
{
    layout->addWidget(content);
    content->show();
}

} // namespace

MainWindow::MainWindow(Session *session, DialogPresenter *presenter, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_presenter(presenter)
    , m_store(session->client())
{
    installAccessibility();
    m_ui->setupUi(this);
    m_store.follow(session);
    addTask<InviteMemberForm>(m_ui->actionInvite);
    addTask<EditMemberRolesForm>(m_ui->actionEditRoles);
    addTask<ScimProvisionForm>(m_ui->actionProvisionScim);
    addTask<ExternalUserForm>(m_ui->actionLinkExternal);
    // Only the members view is built before the first frame; the other pages are built
    // when first shown, so they cost nothing at startup.
    connect(m_ui->taskTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->viewTabs->currentWidget() == m_ui->tasksPage)
            form(index);
    });
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, &MainWindow::buildPage);
    connectViews();

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    // The text itself is the name a screen reader reads; the description says what it is.
    m_connectionLabel->setAccessibleDescription(tr("Connection"));
    m_ui->statusBar->addPermanentWidget(m_connectionLabel, 1);
    // A server that never answers must not hold the window: connecting can be stopped.
    m_cancelConnecting = new QPushButton(tr("Stop connecting"), this);
    m_cancelConnecting->setObjectName(QStringLiteral("cancelConnectingButton"));
    m_cancelConnecting->setToolTip(tr("Stop waiting for the server"));
    m_ui->statusBar->addPermanentWidget(m_cancelConnecting);
    connect(m_cancelConnecting, &QPushButton::clicked, session, &Session::cancelConnecting);

    m_connections = new ConnectionController(session, presenter, this, m_ui->statusBar);
    connect(m_connections, &ConnectionController::demoRequested, this, &MainWindow::demoRequested);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionConnect, &QAction::triggered, this, [this] { openConnectDialog(true); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionBulk, &QAction::triggered, this, &MainWindow::openBulkWindow);
    connect(session, &Session::stateChanged, this, &MainWindow::onSessionState);
    onSessionState(session->state());
}

MainWindow::~MainWindow()
{
    // The views and forms use the store, a member of this class; ~QWidget would delete them
    // only after the members are gone. They go first.
    delete takeCentralWidget();
}

template<typename Form> void MainWindow::addTask(QAction *action)
{
    m_formTypes.append(&Form::staticMetaObject);
    FormFactory factory = [this](QWidget *page) {
        return new Form(m_session, &m_store, m_presenter, page);
    };
    auto *page = new QWidget(m_ui->taskTabs);
    page->setLayout(new QVBoxLayout);
    page->layout()->setContentsMargins(0, 0, 0, 0);
    // Tabs carry no mnemonics of their own: Ctrl+1..4 reach them, and Alt+letter stays free
    // for the fields inside.
    const int index =
        m_ui->taskTabs->addTab(page, QString(action->text()).remove(QLatin1Char('&')));
    m_factories.append(std::move(factory));
    m_forms.append(nullptr);
    connect(action, &QAction::triggered, this, [this, index] {
        if (QWidget *first = showTask(index)->firstField())
            first->setFocus(Qt::ShortcutFocusReason);
    });
}

TaskForm *MainWindow::form(int index)
{
    if (index < 0 || index >= m_forms.size())
        return nullptr;
    if (!m_forms.at(index)) {
        QWidget *page = m_ui->taskTabs->widget(index);
        TaskForm *created = m_factories.at(index)(page);
        place(created, page->layout());
        m_forms[index] = created;
        const bool connected = m_session->state() == Session::State::Connected;
        created->setEnabled(connected);
        if (connected)
            created->refresh();
    }
    return m_forms.at(index);
}

TaskForm *MainWindow::showTask(int index)
{
    // The form first, then the page: showing the page builds only the form asked for.
    m_ui->taskTabs->setCurrentIndex(index);
    m_ui->viewTabs->setCurrentWidget(m_ui->tasksPage);
    return form(index);
}

void MainWindow::connectViews()
{
    connect(m_ui->actionShowScim, &QAction::triggered, this,
            [this] { m_ui->viewTabs->setCurrentWidget(m_ui->scimPage); });
    m_ui->viewTabs->setCurrentWidget(m_ui->membersPage);
    // Pressing a task's tab brings the task forms forward even when it is already current.
    connect(m_ui->taskTabs, &QTabWidget::tabBarClicked, this,
            [this] { m_ui->viewTabs->setCurrentWidget(m_ui->tasksPage); });
    connect(m_ui->actionShowMembers, &QAction::triggered, this, [this] {
        m_ui->viewTabs->setCurrentWidget(m_ui->membersPage);
        membersView()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_ui->actionShowTeams, &QAction::triggered, this,
            [this] { m_ui->viewTabs->setCurrentWidget(m_ui->teamsPage); });
    connect(m_ui->actionShowTasks, &QAction::triggered, this,
            [this] { showTask(m_ui->taskTabs->currentIndex()); });
}

void MainWindow::buildPage(int index)
{
    QWidget *page = m_ui->viewTabs->widget(index);
    if (page == m_ui->teamsPage)
        teamsView();
    else if (page == m_ui->scimPage)
        scimView();
    else if (page == m_ui->tasksPage)
        form(m_ui->taskTabs->currentIndex());
}

MembersView *MainWindow::membersView()
{
    if (!m_membersView) {
        m_membersView = new MembersView(m_session, &m_store, m_presenter, m_ui->membersPage);
        if (m_profiles)
            m_membersView->setLayoutSettings(m_profiles->settings());
        place(m_membersView, m_ui->membersPageLayout);
        connect(m_membersView, &MembersView::statusMessage, this,
                [this](const QString &text) { m_ui->statusBar->showMessage(text, 10000); });
        connect(m_membersView, &MembersView::editRolesRequested, this,
                [this](const QString &id, const QString &email) {
                    showTask<EditMemberRolesForm>()->openMember(id, email);
                });
        connect(m_membersView, &MembersView::linkRequested, this, [this](const QString &userId) {
            showTask<ExternalUserForm>()->prefillUser(userId);
        });
        connect(m_membersView, &MembersView::changeLinkRequested, this,
                [this](const QString &id) { showTask<ExternalUserForm>()->openLink(id); });
        connect(m_membersView, &MembersView::bulkChangeRequested, this,
                [this](const QString &text, const QString &source) {
                    openBulkWindow()->checkText(text, source);
                });
        if (m_ui->viewTabs->currentWidget() == m_ui->membersPage && isActiveWindow())
            m_membersView->setFocus(Qt::OtherFocusReason);
    }
    return m_membersView;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_profiles)
        m_profiles->settings()->setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

bool MainWindow::event(QEvent *event)
{
    // The members view is built right after the first frame, so the window appears at the
    // speed of a bare one; its data loads later still, when the connection is up.
    if (event->type() == QEvent::Paint && !m_membersView)
        QTimer::singleShot(0, this, &MainWindow::membersView);
    return QMainWindow::event(event);
}

TeamsView *MainWindow::teamsView()
{
    if (!m_teamsView) {
        m_teamsView = new TeamsView(m_store.teams(), m_ui->teamsPage);
        place(m_teamsView, m_ui->teamsPageLayout);
        connect(m_teamsView, &TeamsView::teamChosen, this, [this](const QString &slug) {
            membersView()->showTeam(slug);
            m_ui->viewTabs->setCurrentWidget(m_ui->membersPage);
        });
    }
    return m_teamsView;
}

ScimView *MainWindow::scimView()
{
    if (!m_scimView) {
        m_scimView = new ScimView(m_session, &m_store, m_presenter, m_ui->scimPage);
        place(m_scimView, m_ui->scimPageLayout);
        connect(m_scimView, &ScimView::provisionRequested, this,
                [this] { showTask<ScimProvisionForm>(); });
    }
    return m_scimView;
}

QList<TaskForm *> MainWindow::forms()
{
    QList<TaskForm *> all;
    for (int i = 0; i < m_forms.size(); ++i)
        all.append(form(i));
    return all;
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::onSessionState(Session::State state)
{
    m_connectionLabel->setText(m_session->summary());
    // What this token can do, read with the connection by hover and by screen readers.
    const QString can = state == Session::State::Connected
                            ? directory::abilities(directory::Caller::fromMe(m_session->me()))
                            : QString();
    m_connectionLabel->setToolTip(can);
    m_connectionLabel->setAccessibleDescription(can.isEmpty() ? tr("Connection")
                                                              : tr("Connection. %1").arg(can));
    m_cancelConnecting->setVisible(state == Session::State::Connecting);
    const bool connected = state == Session::State::Connected;
    // Bulk runs belong to one organization's journal: a new connection closes the window.
    m_ui->actionBulk->setEnabled(connected);
    if (m_bulkWindow && !connected)
        m_bulkWindow->close();
    for (TaskForm *form : std::as_const(m_forms)) {
        if (!form)
            continue;
        form->setEnabled(connected);
        if (connected)
            form->refresh();
    }
    if (state == Session::State::Failed) {
        m_presenter->showError(this, tr("Could not connect"), m_session->lastError(), QString());
    }
}

BulkWindow *MainWindow::openBulkWindow()
{
    if (m_bulkWindow) {
        m_bulkWindow->raise();
        m_bulkWindow->activateWindow();
        return m_bulkWindow;
    }
    // Non-modal: the members view stays usable beside a long run.
    m_bulkWindow = new BulkWindow(m_session, m_presenter, this);
    m_bulkWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_bulkWindow->show();
    return m_bulkWindow;
}

void MainWindow::showAbout()
{
    if (m_aboutBox) {
        m_aboutBox->raise();
        return;
    }
    // open(), not exec(): a nested event loop would block assistive technologies and tests
    // that act on the box through the accessibility tree.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Sentry Members"),
                                tr("<p><b>Sentry Members %1</b></p><p>Manage the people of a "
                                   "Sentry organization: invitations, roles, SCIM and external "
                                   "accounts.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    if (!windowIcon().isNull())
        box->setIconPixmap(windowIcon().pixmap(64, 64));
    m_aboutBox = box;
    box->open();
}

void MainWindow::openConnectDialog(bool offerDemo, const std::optional<ConnectionSettings> &initial)
{
    m_connections->openConnectDialog(offerDemo, initial);
}

ConnectDialog *MainWindow::connectDialog() const
{
    return m_connections->connectDialog();
}

ProfileMenu *MainWindow::profileMenu() const
{
    return m_connections->profileMenu();
}

void MainWindow::setProfiles(profiles::ProfileStore *store)
{
    m_profiles = store;
    // The app's one settings object: geometry comes with the profiles, not from a file read
    // of its own.
    restoreGeometry(store->settings()->windowGeometry());
    if (m_membersView)
        m_membersView->setLayoutSettings(store->settings());
    m_connections->setProfiles(store, m_ui->profilesMenu);
}

} // namespace sm::gui
