// SPDX-License-Identifier: MIT
#include "gui/membersview.h"

#include "core/sentryvocabulary.h"
#include "directory/memberexport.h"
#include "directory/outcomeapplier.h"
#include "gui/dialogpresenter.h"
#include "gui/exportdialog.h"
#include "gui/linkedaccountspanel.h"
#include "gui/listtable.h"
#include "gui/memberrowactions.h"
#include "gui/selectionchangedialog.h"
#include "l10n/displaytext.h"
#include "profiles/appsettings.h"
#include "ui_membersview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <algorithm>

namespace sm::gui {

using directory::DirectoryMember;
using directory::MemberCriteria;
using directory::Permission;

namespace {

// Tri-state filter entries: Any, then the "yes" and "no" wordings.
void fillTri(QComboBox *combo, const QString &any, const QString &yes, const QString &no)
{
    combo->addItem(any, int(MemberCriteria::Tri::Any));
    combo->addItem(yes, int(MemberCriteria::Tri::Yes));
    combo->addItem(no, int(MemberCriteria::Tri::No));
}

MemberCriteria::Tri triOf(const QComboBox *combo)
{
    return MemberCriteria::Tri(combo->currentData().toInt());
}

} // namespace

MembersView::MembersView(Session *session, directory::MemberDirectory *store,
                         DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MembersView>())
    , m_session(session)
    , m_presenter(presenter)
    , m_directory(store)
{
    setObjectName(QStringLiteral("membersView"));
    m_ui->setupUi(this);
    m_rowActions = new MemberRowActions(session, store, presenter, this);
    connect(m_rowActions, &MemberRowActions::statusMessage, this, &MembersView::statusMessage);
    // A change from anywhere (a form, a row, the SCIM view) shows here at once.
    connect(store, &directory::MemberDirectory::changed, this, [this] {
        updateCounts();
        updateActions();
        updateLinks();
    });
    m_exportHint = m_ui->exportButton->toolTip();
    m_noTeamHint = m_ui->noTeamCheck->toolTip();
    m_filter.setMembersModel(m_directory->members());
    QTableView *table = m_ui->membersTable;
    table->setModel(&m_filter);
    table->verticalHeader()->setVisible(false);
    fitRowsToText(table);
    // The table takes what the window gains; the actions and linked accounts below keep
    // their height, so the rows do not jump when a member's notes change.
    m_ui->tableSplitter->setStretchFactor(0, 1);
    m_ui->tableSplitter->setStretchFactor(1, 0);
    // The notes and notices under the table take space only when they have something to say.
    m_ui->teamsNoticeLabel->setVisible(false);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->sortByColumn(directory::MembersModel::Name, Qt::AscendingOrder);
    fillFilters();
    m_ui->loadProgress->setVisible(false);

    // One set of actions: the buttons, the context menu and the keyboard (Enter edits,
    // Delete removes, Ctrl+C copies) all reach the same checks.
    auto makeAction = [this, table](const QString &text, QPushButton *button,
                                    const QKeySequence &shortcut) {
        auto *action = new QAction(text, table);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        table->addAction(action);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return action;
    };
    m_edit = makeAction(tr("Edit roles…"), m_ui->editRolesButton, QKeySequence());
    m_resend = makeAction(tr("Resend invitation"), m_ui->resendButton, QKeySequence());
    m_remove =
        makeAction(tr("Remove from organization…"), m_ui->removeButton, QKeySequence::Delete);
    m_link = makeAction(tr("Link external account…"), m_ui->linkButton, QKeySequence());
    m_copy = makeAction(tr("Copy email"), m_ui->copyEmailButton, QKeySequence::Copy);
    m_changeSelected = makeAction(tr("Change selected members…"), m_ui->changeSelectedButton,
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    const QString changeTip = tr("One change for every selected member, checked before it is "
                                 "sent (Ctrl+Shift+B)");
    m_ui->changeSelectedButton->setToolTip(changeTip);
    connect(m_changeSelected, &QAction::triggered, this, &MembersView::changeSelected);
    // Remove and unlink preview their request in the confirmation; resend asks nothing, so
    // its preview is here.
    m_previewResend = new QAction(tr("Preview the resend request…"), table);
    table->addAction(m_previewResend);
    connect(m_previewResend, &QAction::triggered, this, &MembersView::previewResend);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(table, &QTableView::activated, m_edit, &QAction::trigger);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const DirectoryMember *m = currentMember(); m && m_edit->isEnabled())
            emit editRolesRequested(m->id, m->email);
    });
    connect(m_resend, &QAction::triggered, this, &MembersView::resendInvite);
    connect(m_remove, &QAction::triggered, this, &MembersView::confirmRemove);
    connect(m_link, &QAction::triggered, this, [this] {
        if (const DirectoryMember *m = currentMember(); m && m_link->isEnabled())
            emit linkRequested(m->userId);
    });
    connect(m_copy, &QAction::triggered, this, &MembersView::copyEmails);
    auto *reloadAction = new QAction(tr("Reload"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(reloadAction);
    connect(reloadAction, &QAction::triggered, this, &MembersView::reload);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &MembersView::reload);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MembersView::chooseExport);
    m_links = new LinkedAccountsPanel(
        {m_ui->linksGroup, m_ui->linksList, m_ui->editLinkButton, m_ui->deleteLinkButton},
        m_rowActions, this);
    connect(m_links, &LinkedAccountsPanel::changeLinkRequested, this,
            &MembersView::changeLinkRequested);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MembersView::applyFilters);
    for (QComboBox *combo :
         {m_ui->roleFilter, m_ui->statusFilter, m_ui->teamFilter, m_ui->twoFactorFilter,
          m_ui->ssoFilter, m_ui->idpFilter, m_ui->linksFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MembersView::applyFilters);
    }
    connect(m_ui->noTeamCheck, &QCheckBox::toggled, this, &MembersView::applyFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        m_ui->searchEdit->clear();
        for (QComboBox *combo :
             {m_ui->roleFilter, m_ui->statusFilter, m_ui->teamFilter, m_ui->twoFactorFilter,
              m_ui->ssoFilter, m_ui->idpFilter, m_ui->linksFilter})
            combo->setCurrentIndex(0);
        m_ui->noTeamCheck->setChecked(false);
    });

    // A click moves the current row before it selects it, and currentMember() prefers the
    // selection: both signals refresh what follows the member.
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateLinks();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateLinks();
        updateExportHint();
    });
    m_countsLater.setSingleShot(true);
    connect(&m_countsLater, &QTimer::timeout, this, &MembersView::updateCounts);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(&m_filter, signal, this, [this] {
            if (m_directory->isLoading())
                m_countsLater.start();
            else
                updateCounts();
        });
    }
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &MembersView::updateCounts);
    connect(m_directory->members(), &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateLinks();
    });
    connect(m_directory, &directory::MemberDirectory::loadingChanged, this, [this](bool loading) {
        m_ui->loadProgress->setVisible(loading);
        if (loading) // a new load: earlier failures are history
            updateTeamsNotice();
        updateCounts();
    });
    // Columns fit the first page once, unless the user's own layout was restored.
    connect(m_directory, &directory::MemberDirectory::progress, this, [this, table](int loaded) {
        if (!m_layoutRestored && loaded > 0 && loaded <= 100)
            fitColumnsToContents(table, 260);
    });
    connect(m_directory, &directory::MemberDirectory::loaded, this, [this, table] {
        if (!m_layoutRestored) { // the team lists have filled the teams column by now
            table->resizeColumnToContents(directory::MembersModel::Teams);
            table->setColumnWidth(directory::MembersModel::Teams,
                                  qMin(table->columnWidth(directory::MembersModel::Teams), 260));
        }
        fillFilters();
        updateCounts();
    });
    connect(m_directory, &directory::MemberDirectory::failed, this, [this](const ApiError &error) {
        m_presenter->showError(this, tr("Could not list the members"), error, QString());
    });
    connect(
        m_directory, &directory::MemberDirectory::teamMembersFailed, this,
        [this](const QString &team, const ApiError &error) {
            emit statusMessage(
                team.isEmpty()
                    ? tr("Teams could not be read: %1").arg(l10n::forDisplay(error.message, 200))
                    : tr("The members of team %1 could not be read: %2")
                          .arg(team, l10n::forDisplay(error.message, 200)));
            updateTeamsNotice();
        });
    connect(session, &Session::stateChanged, this, &MembersView::onSessionState);
    updateActions();
    updateCounts();
    // Built after the first frame, the view can arrive when the session is already up and
    // the store loading or loaded.
    m_ui->loadProgress->setVisible(m_directory->isLoading());
    if (!m_layoutRestored && m_directory->loadedCount() > 0)
        fitColumnsToContents(table, 260);
    if (session->state() == Session::State::Connected)
        onSessionState(session->state());
}

MembersView::~MembersView()
{
    saveLayout();
    disconnect(m_directory, nullptr, this, nullptr);
    disconnect(m_directory->members(), nullptr, this, nullptr);
    disconnect(&m_filter, nullptr, this, nullptr);
}

void MembersView::setLayoutSettings(profiles::AppSettings *settings)
{
    m_layoutSettings = settings;
    restoreLayout();
}

void MembersView::saveLayout() const
{
    if (m_layoutSettings)
        m_layoutSettings->setMembersHeaderState(
            m_ui->membersTable->horizontalHeader()->saveState());
}

void MembersView::restoreLayout()
{
    const QByteArray state =
        m_layoutSettings ? m_layoutSettings->membersHeaderState() : QByteArray();
    m_layoutRestored =
        !state.isEmpty() && m_ui->membersTable->horizontalHeader()->restoreState(state);
}

void MembersView::onSessionState(Session::State state)
{
    // The store follows the session itself (loads on connect, empties on disconnect).
    if (state == Session::State::Connected) {
        m_caller = directory::Caller::fromMe(m_session->me());
        fillFilters();
        updateActions();
        updateCounts();
    } else if (state != Session::State::Connecting) {
        m_caller = {};
        updateActions();
    }
}

void MembersView::reload()
{
    if (m_session->state() != Session::State::Connected)
        return;
    m_directory->reload();
}

void MembersView::fillFilters()
{
    auto refill = [](QComboBox *combo, const QList<QPair<QString, QString>> &entries) {
        const QString current = combo->currentData().toString();
        QSignalBlocker block(combo);
        combo->clear();
        for (const auto &[text, value] : entries)
            combo->addItem(text, value);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<QPair<QString, QString>> roles{{tr("Any role"), QString()}};
    for (const RoleInfo &role : m_session->me().orgRoleList)
        roles.append({role.name, role.id});
    refill(m_ui->roleFilter, roles);
    QList<QPair<QString, QString>> teams{{tr("Any team"), QString()}};
    const QMap<QString, QString> &unread = m_directory->unreadableTeams();
    for (const Team &team : m_directory->teams()->teams())
        teams.append({unread.contains(team.slug)
                          ? tr("%1 (members could not be read)").arg(team.slug)
                          : team.slug,
                      team.slug});
    refill(m_ui->teamFilter, teams);

    if (m_ui->statusFilter->count() == 0) {
        m_ui->statusFilter->addItem(tr("Any status"), int(MemberCriteria::StatusFilter::Any));
        m_ui->statusFilter->addItem(tr("Active"), int(MemberCriteria::StatusFilter::Active));
        m_ui->statusFilter->addItem(tr("Invited (pending)"),
                                    int(MemberCriteria::StatusFilter::Pending));
        m_ui->statusFilter->addItem(tr("Invite expired"),
                                    int(MemberCriteria::StatusFilter::Expired));
        fillTri(m_ui->twoFactorFilter, tr("Any"), tr("With 2FA"), tr("Without 2FA"));
        fillTri(m_ui->ssoFilter, tr("Any"), tr("SSO linked"), tr("SSO not linked"));
        fillTri(m_ui->idpFilter, tr("Any"), tr("Managed by the identity provider"),
                tr("Not managed"));
        fillTri(m_ui->linksFilter, tr("Any"), tr("With linked accounts"),
                tr("Without linked accounts"));
    }
}

void MembersView::applyFilters()
{
    MemberCriteria criteria;
    criteria.text = m_ui->searchEdit->text();
    criteria.orgRole = m_ui->roleFilter->currentData().toString();
    criteria.status = MemberCriteria::StatusFilter(m_ui->statusFilter->currentData().toInt());
    criteria.team = m_ui->teamFilter->currentData().toString();
    criteria.twoFactor = triOf(m_ui->twoFactorFilter);
    criteria.ssoLinked = triOf(m_ui->ssoFilter);
    criteria.idpManaged = triOf(m_ui->idpFilter);
    criteria.hasExternalLinks = triOf(m_ui->linksFilter);
    criteria.noTeam = m_ui->noTeamCheck->isChecked();
    m_filter.setCriteria(criteria);
    updateCounts();
    updateActions();
}

void MembersView::showTeam(const QString &teamSlug)
{
    const int index = m_ui->teamFilter->findData(teamSlug);
    if (index >= 0)
        m_ui->teamFilter->setCurrentIndex(index);
}

const DirectoryMember *MembersView::currentMember() const
{
    // The current row when it is selected; otherwise the first selected one (assistive
    // technologies select rows without moving the current index).
    const QItemSelectionModel *selection = m_ui->membersTable->selectionModel();
    const QModelIndex current = m_ui->membersTable->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return m_filter.memberAt(current);
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? m_filter.memberAt(current) : m_filter.memberAt(rows.first());
}

QList<const DirectoryMember *> MembersView::selectedMembers() const
{
    QList<const DirectoryMember *> members;
    QModelIndexList rows = m_ui->membersTable->selectionModel()->selectedRows();
    // In the view's order, not the order of the clicks.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows) {
        if (const DirectoryMember *m = m_filter.memberAt(row))
            members.append(m);
    }
    if (members.isEmpty()) {
        if (const DirectoryMember *m = currentMember())
            members.append(m);
    }
    return members;
}

void MembersView::selectMember(const QString &memberId)
{
    const int sourceRow = m_directory->members()->rowOf(memberId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter.mapFromSource(m_directory->members()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_ui->membersTable->setCurrentIndex(index);
    m_ui->membersTable->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    m_ui->membersTable->scrollTo(index);
}

void MembersView::updateCounts()
{
    const int shown = m_filter.rowCount();
    const int total = m_directory->members()->rowCount();
    // One source text per English number (no "member(s)"); each is a plural entry, so a
    // catalogue has every form of its language.
    QString text;
    if (shown == total)
        text = total == 1 ? tr("%Ln member", nullptr, total) : tr("%Ln members", nullptr, total);
    else
        text = (total == 1 ? tr("Showing %1 of %Ln member", nullptr, total)
                           : tr("Showing %1 of %Ln members", nullptr, total))
                   .arg(QLocale().toString(shown));
    if (m_directory->isLoading())
        text += QLatin1Char(' ') + tr("(loading…)");
    m_ui->countLabel->setText(text);
    // The summary reads every shown row: worth it once the list is complete.
    if (!m_directory->isLoading())
        m_ui->hygieneLabel->setText(total == 0 ? QString()
                                               : directory::Hygiene::of(m_filter.visibleMembers(),
                                                                        m_directory->teamsKnown())
                                                     .summary());
}

void MembersView::updateTeamsNotice()
{
    // Said where the teams are shown, for as long as it is true (a status message passes).
    const QMap<QString, QString> &unread = m_directory->unreadableTeams();
    QString notice;
    if (unread.contains(QString())) {
        notice = tr("The teams could not be read (%1): members are listed without their "
                    "teams. Reload (F5) to try again.")
                     .arg(l10n::forDisplay(unread.value(QString()), 200));
    } else if (!unread.isEmpty()) {
        const QStringList slugs = unread.keys();
        notice = (slugs.size() == 1
                      ? tr("The members of team %1 could not be read (%2): the Teams column, the "
                           "team filter and No team leave them out. Reload (F5) to try again.")
                      : tr("The members of %n teams could not be read (%1: %2): the Teams column, "
                           "the team filter and No team leave them out. Reload (F5) to try again.",
                           nullptr, int(slugs.size())))
                     .arg(slugs.join(QLatin1String(", ")), l10n::forDisplay(unread.first(), 200));
    }
    m_ui->teamsNoticeLabel->setText(notice);
    m_ui->teamsNoticeLabel->setVisible(!notice.isEmpty());
    const QString noTeamTip =
        unread.isEmpty() ? m_noTeamHint
                         : tr("Not every team's members could be read: members shown here may "
                              "be on a team.");
    m_ui->noTeamCheck->setToolTip(noTeamTip);
    m_ui->noTeamCheck->setAccessibleDescription(noTeamTip);
    fillFilters();
}

void MembersView::updateActions()
{
    const DirectoryMember *m = currentMember();
    const bool connected = m_session->state() == Session::State::Connected;
    struct Check
    {
        QAction *action;
        QPushButton *button;
        Permission permission;
    };
    const Permission none = Permission::no(tr("Select a member first."));
    const QList<Check> checks{
        {m_edit, m_ui->editRolesButton, m ? directory::canEditRoles(m_caller, *m) : none},
        {m_resend, m_ui->resendButton, m ? directory::canResendInvite(m_caller, *m) : none},
        {m_remove, m_ui->removeButton,
         m ? directory::canRemove(m_caller, *m,
                                  m_directory->members()->joinedWithRole(m_caller.orgWriteRoles))
           : none},
        {m_link, m_ui->linkButton, m ? directory::canLinkExternal(m_caller, *m) : none},
        {m_copy, m_ui->copyEmailButton, m ? Permission::yes() : none},
    };
    QStringList notes;
    for (const Check &check : checks) {
        const bool allowed = connected && check.permission.allowed;
        check.action->setEnabled(allowed);
        check.button->setEnabled(allowed);
        const QString tip = allowed ? QString() : check.permission.reason;
        check.button->setToolTip(tip);
        check.button->setAccessibleDescription(tip);
        check.action->setToolTip(tip);
        if (m && !allowed && !tip.isEmpty())
            notes.append(
                QStringLiteral("%1: %2").arg(check.action->text().remove(QChar(0x2026)), tip));
    }
    m_previewResend->setEnabled(m_resend->isEnabled());
    const bool anySelected = connected && !selectedMembers().isEmpty();
    m_changeSelected->setEnabled(anySelected);
    m_ui->changeSelectedButton->setEnabled(anySelected);
    m_ui->actionNoteLabel->setText(notes.join(QLatin1Char('\n')));
    if (!notes.isEmpty())
        emit statusMessage(notes.first());
}

void MembersView::updateLinks()
{
    const DirectoryMember *m = currentMember();
    m_links->show(m, m && directory::canLinkExternal(m_caller, *m).allowed);
}

void MembersView::changeSelected()
{
    const QList<const DirectoryMember *> chosen = selectedMembers();
    if (chosen.isEmpty() || !m_changeSelected->isEnabled())
        return;
    QStringList shown;
    QStringList refs; // what the file names them by: emails, ids for members without one
    for (const DirectoryMember *m : chosen) {
        shown.append(m->email.isEmpty() ? m->name : m->email);
        refs.append(m->email.isEmpty() ? m->id : m->email);
    }
    auto *dialog =
        new SelectionChangeDialog(shown, m_session->me(), m_directory->teams()->teams(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, refs] {
        emit bulkChangeRequested(bulk::selectionFile(dialog->change(), refs),
                                 refs.size() == 1 ? tr("1 selected member")
                                                  : tr("%1 selected members").arg(refs.size()));
    });
    dialog->open();
}

void MembersView::resendInvite()
{
    if (const DirectoryMember *m = currentMember(); m && m_resend->isEnabled())
        m_rowActions->resend(*m);
}

void MembersView::previewResend()
{
    if (const DirectoryMember *m = currentMember(); m && m_resend->isEnabled())
        m_rowActions->previewResend(*m);
}

void MembersView::confirmRemove()
{
    if (const DirectoryMember *m = currentMember(); m && m_remove->isEnabled())
        m_rowActions->confirmRemove(*m);
}

void MembersView::copyEmails()
{
    QStringList emails;
    for (const DirectoryMember *m : selectedMembers())
        emails.append(m->email);
    if (emails.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(emails.join(QLatin1Char('\n')));
    emit statusMessage(emails.size() == 1 ? tr("Copied %1.").arg(emails.first())
                                          : tr("Copied %1 email addresses.").arg(emails.size()));
}

QList<const DirectoryMember *> MembersView::membersToExport() const
{
    QModelIndexList rows = m_ui->membersTable->selectionModel()->selectedRows();
    if (rows.size() < 2)
        return m_filter.visibleMembers();
    // Selection order is click order; a roster reads in the view's order.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<const DirectoryMember *> members;
    members.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const DirectoryMember *m = m_filter.memberAt(row))
            members.append(m);
    }
    return members;
}

void MembersView::updateExportHint()
{
    const qsizetype selected = m_ui->membersTable->selectionModel()->selectedRows().size();
    const QString hint =
        selected > 1 ? tr("Save the %n selected members as CSV or JSON", nullptr, int(selected))
                     : m_exportHint;
    m_ui->exportButton->setToolTip(hint);
    m_ui->exportButton->setAccessibleDescription(hint);
}

void MembersView::chooseExport()
{
    const bool selection = m_ui->membersTable->selectionModel()->selectedRows().size() > 1;
    const QString organization = m_session->settings().organization;
    openExportDialog(this, selection ? tr("Export selected members") : tr("Export members"),
                     selection ? QStringLiteral("%1-selected-members.csv").arg(organization)
                               : QStringLiteral("%1-members.csv").arg(organization),
                     m_layoutSettings, [this](const QString &path, bool json) {
                         return exportTo(path, json ? ExportFormat::Json : ExportFormat::Csv);
                     });
}

bool MembersView::exportTo(const QString &path, ExportFormat format)
{
    const QList<const DirectoryMember *> shown = membersToExport();
    const QByteArray content = format == ExportFormat::Json
                                   ? directory::toJson(shown)
                                   : directory::toCsv(*m_directory->members(), shown);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = tr("Could not write %1: %2").arg(path, file.errorString());
        m_presenter->showError(this, tr("Export failed"), error, QString());
        return false;
    }
    m_presenter->showResult(
        this, tr("Members exported"),
        (shown.size() == 1 ? tr("Saved %Ln member to %1.", nullptr, 1)
                           : tr("Saved %Ln members to %1.", nullptr, int(shown.size())))
                .arg(path) +
            QLatin1Char(' ') + directory::Hygiene::of(shown, m_directory->teamsKnown()).summary() +
            QLatin1Char('.'),
        QString());
    return true;
}

} // namespace sm::gui
