// SPDX-License-Identifier: MIT
// The members view in the main window, driven as a user does: typing a search, choosing
// filters from the keyboard, acting from the row (edit, copy, export; the changes: tst_memberrows)
// and each refusal, explained before sending where the app can know and in Sentry's words
// where it cannot; checked against what the sandbox received.
#include "support/membersviewtest.h"

#include "sandbox/faults.h"

#include "directory/memberexport.h"
#include "gui/confirmchangedialog.h"
#include "gui/editmemberrolesform.h"
#include "gui/externaluserform.h"
#include "gui/membersview.h"
#include "gui/requestpreviewdialog.h"
#include "gui/scimview.h"
#include "gui/teamsview.h"
#include "ui_editmemberrolesform.h"
#include "ui_externaluserform.h"
#include "ui_mainwindow.h"
#include "ui_membersview.h"

#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace sm;
using namespace sm::test;
using directory::DirectoryMember;

class TestMembersView : public MembersViewTest
{
    Q_OBJECT

private slots:
    void init() { GuiTest::init(); }

    void firstView_isTheDirectory()
    {
        QVERIFY(open());
        QCOMPARE(m_window->ui()->viewTabs->currentWidget(), m_window->ui()->membersPage);
        const int listed = int(m_sandbox->org().approvedMembersById().size());
        QCOMPARE(m_view->ui()->membersTable->model()->rowCount(), listed);
        QCOMPARE(m_view->ui()->countLabel->text(), QStringLiteral("%1 members").arg(listed));
        QVERIFY(m_view->ui()->hygieneLabel->text().contains(QLatin1String("pending invitations")));
    }

    // The count agrees with its number, and the summary under it does not say it again.
    void counts_inWordsThatAgree()
    {
        QVERIFY(open());
        QTest::keyClicks(m_view->ui()->searchEdit, QStringLiteral("ada.lovelace@example.com"));
        QTRY_COMPARE(m_view->filter()->rowCount(), 1);
        const int listed = m_view->directory()->loadedCount();
        QCOMPARE(m_view->ui()->countLabel->text(),
                 QStringLiteral("Showing 1 of %1 members").arg(QLocale().toString(listed)));
        const QString summary = m_view->ui()->hygieneLabel->text();
        QVERIFY2(summary.startsWith(QLatin1String("0 pending invitations, ")), qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1String("member")), qPrintable(summary));
        directory::Hygiene one;
        one.members = 1;
        one.pending = 1;
        QVERIFY(one.summary().startsWith(QLatin1String("1 pending invitation, ")));
    }

    // A team whose members cannot be read is said where the teams are, for as long as it is
    // so: a notice under the table, the team filter's entry, "without a team" not counted.
    void unreadableTeam_saidWhereTheTeamsAre()
    {
        m_sandbox->server().addFault(
            {"GET", QStringLiteral("teams/demo/backend/members/"), sandbox::Fault::Kind::Html500});
        QVERIFY(open());
        QLabel *notice = m_view->ui()->teamsNoticeLabel;
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith(QLatin1String("The members of team backend could not be "
                                                         "read")),
                 qPrintable(notice->text()));
        QComboBox *teams = m_view->ui()->teamFilter;
        QCOMPARE(teams->itemText(teams->findData(QStringLiteral("backend"))),
                 QStringLiteral("backend (members could not be read)"));
        QVERIFY2(
            m_view->ui()->hygieneLabel->text().contains(QLatin1String("without a team: not known")),
            qPrintable(m_view->ui()->hygieneLabel->text()));
        QVERIFY(m_view->ui()->noTeamCheck->toolTip().contains(QLatin1String("may be on a team")));
        // Read again once Sentry answers: the notice goes.
        m_sandbox->server().clearFaults();
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->directory()->isLoading() && !notice->isVisible(),
                                 patience);
        QCOMPARE(teams->itemText(teams->findData(QStringLiteral("backend"))),
                 QStringLiteral("backend"));
        QVERIFY(m_view->ui()->hygieneLabel->text().contains(QLatin1String(" without a team")));
    }

    // At 1,100 x 700 the table has most of the window: the details under it are compact.
    void table_hasTheRoomAt1100x700()
    {
        QVERIFY(open());
        m_window->resize(1100, 700);
        QTableView *table = m_view->ui()->membersTable;
        QTRY_VERIFY(m_window->height() == 700);
        QCoreApplication::processEvents();
        const int rows =
            table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        qInfo("%d rows show", rows);
        QVERIFY2(rows >= 14, qPrintable(QStringLiteral("%1 rows").arg(rows)));
        saveScreenshot(m_window, QStringLiteral("members-1100x700"));
    }

    void search_findsByPartOfAName()
    {
        QVERIFY(open());
        QTest::keyClicks(m_view->ui()->searchEdit, QStringLiteral("lovel"));
        QTableView *table = m_view->ui()->membersTable;
        QVERIFY(table->model()->rowCount() >= 1);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const DirectoryMember *m = m_view->filter()->memberAt(table->model()->index(row, 0));
            QVERIFY(m->searchText.contains(QLatin1String("lovel")));
        }
        QVERIFY(m_view->ui()->countLabel->text().startsWith(QLatin1String("Showing ")));
        // What the user sees in the row: role, status, teams.
        QCOMPARE(table->model()->index(0, directory::MembersModel::Email).data().toString(),
                 QStringLiteral("ada.lovelace@example.com"));
        QCOMPARE(table->model()->index(0, directory::MembersModel::OrgRole).data().toString(),
                 QStringLiteral("Owner"));
    }

    void statusFilter_fromTheKeyboard()
    {
        QVERIFY(open());
        chooseByKeyboard(m_view->ui()->statusFilter, QStringLiteral("Invite expired"));
        const auto shown = m_view->filter()->visibleMembers();
        QVERIFY(!shown.isEmpty());
        for (const DirectoryMember *m : shown)
            QCOMPARE(m->status, DirectoryMember::Status::InviteExpired);
        QTest::mouseClick(m_view->ui()->clearFiltersButton, Qt::LeftButton);
        QCOMPARE(m_view->filter()->rowCount(), m_view->directory()->loadedCount());
    }

    void editRoles_opensTheFormPrefilled()
    {
        QVERIFY(open());
        const DirectoryMember *m = clickMember(QStringLiteral("grace.hopper@example.com"));
        QVERIFY(m);
        const QString id = m->id;
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Return);
        QCOMPARE(m_window->ui()->viewTabs->currentWidget(), m_window->ui()->tasksPage);
        auto *form = static_cast<gui::EditMemberRolesForm *>(m_window->form(1));
        QCOMPARE(m_window->ui()->taskTabs->currentIndex(), 1);
        // The field reads as a person would fill it; the member is still read by its id.
        QCOMPARE(form->ui()->memberEdit->text(), QStringLiteral("grace.hopper@example.com"));
        QVERIFY(waitUntil([&] { return form->ui()->orgRoleCombo->isEnabled(); }));
        QCOMPARE(m_sandbox->lastRequest().path,
                 QStringLiteral("/api/0/organizations/demo/members/%1/").arg(id));
    }

    // Refusals the app can know are explained before anything is sent.
    void refusals_explainedBeforeSending()
    {
        QVERIFY(open(QStringLiteral("manager")));
        QVERIFY(clickMember(QStringLiteral("ada.lovelace@example.com"))); // an owner
        QVERIFY(!m_view->ui()->removeButton->isEnabled());
        QCOMPARE(m_view->ui()->removeButton->toolTip(),
                 QStringLiteral("You cannot remove a member who has more access than you."));
        QVERIFY(!m_view->ui()->editRolesButton->isEnabled());
        QVERIFY(m_view->ui()->actionNoteLabel->text().contains(
            QLatin1String("You do not have permission to assign a role to the given user.")));
        const sandbox::MemberRecord *provisioned = record(
            [](const auto &m) { return m.flags.value("idp:provisioned") && !m.isPending(); });
        QVERIFY(clickMember(emailOf(provisioned)));
        QVERIFY(!m_view->ui()->removeButton->isEnabled());
        QVERIFY(m_view->ui()->removeButton->toolTip().startsWith(
            QLatin1String("This user is managed through your organization's identity provider.")));
        const sandbox::MemberRecord *pending = record([](const auto &m) { return m.isPending(); });
        QVERIFY(clickMember(pending->email));
        QVERIFY(!m_view->ui()->linkButton->isEnabled());
        QVERIFY(m_view->ui()->linkButton->toolTip().contains(pending->email));
        // Pressing Delete on a refused row sends nothing.
        const qsizetype before = m_sandbox->requestCount();
        QVERIFY(clickMember(QStringLiteral("ada.lovelace@example.com")));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        QTest::qWait(duplicateWindow);
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    // What the app cannot know (someone removed the member meanwhile) comes in Sentry's words.
    void refusal_inSentrysWords()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        const QString email = emailOf(target);
        const qint64 id = target->id;
        QVERIFY(clickMember(email));
        m_sandbox->org().members.removeIf([&](const auto &m) { return m.id == id; });
        QTest::mouseClick(m_view->ui()->removeButton, Qt::LeftButton);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                          Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        QCOMPARE(m_presenter->last().summary,
                 QStringLiteral("The requested resource does not exist"));
    }

    void integrationToken_cannotEditRoles()
    {
        QVERIFY(open(QStringLiteral("integration")));
        QVERIFY(clickMember(QStringLiteral("grace.hopper@example.com")));
        QVERIFY(!m_view->ui()->editRolesButton->isEnabled());
        QVERIFY(
            m_view->ui()->editRolesButton->toolTip().contains(QLatin1String("integration token")));
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    }

    void copy_selectedEmails()
    {
        QVERIFY(open());
        QTableView *table = m_view->ui()->membersTable;
        QTest::keyClicks(m_view->ui()->searchEdit, QStringLiteral("ada."));
        QVERIFY(table->model()->rowCount() >= 2);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(table->model()->index(1, 0)).center());
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 2);
        QVERIFY(copied.at(0).startsWith(QLatin1String("ada.")));
        QVERIFY(copied.at(1).startsWith(QLatin1String("ada.")));
    }

    void export_writesTheFilteredView()
    {
        QVERIFY(open());
        chooseByKeyboard(m_view->ui()->roleFilter, QStringLiteral("Manager"));
        const qsizetype shown = m_view->filter()->rowCount();
        QVERIFY(shown > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("managers.csv"));
        const QList<QByteArray> lines = exportLines(path);
        QCOMPARE(lines.size(), shown + 1);
        QVERIFY(m_presenter->last().summary.contains(QLatin1String("without 2FA")));
    }

    // Several rows selected (Ctrl+click, clicked out of order): Export writes those rows, in
    // the view's order, and its button says so.
    void export_writesTheSelection()
    {
        QVERIFY(open());
        QTableView *table = m_view->ui()->membersTable;
        auto click = [&](int row, Qt::KeyboardModifiers modifiers) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                              table->visualRect(m_view->filter()->index(row, 0)).center());
        };
        click(4, {});
        click(1, Qt::ControlModifier);
        click(2, Qt::ControlModifier);
        QCOMPARE(m_view->ui()->exportButton->toolTip(),
                 QStringLiteral("Save the 3 selected members as CSV or JSON"));
        QStringList expected;
        for (int row : {1, 2, 4})
            expected.append(m_view->filter()->memberAt(m_view->filter()->index(row, 0))->email);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("picked.csv"));
        const QList<QByteArray> lines = exportLines(path);
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(lines.at(i + 1).contains(expected.at(i).toUtf8()), lines.at(i + 1));
        QVERIFY(m_presenter->last().summary.startsWith(QLatin1String("Saved 3 members")));

        click(0, {}); // one row: the whole view again
        QCOMPARE(m_view->ui()->exportButton->toolTip(),
                 QStringLiteral("Save the members shown as CSV or JSON"));
        QCOMPARE(m_view->membersToExport().size(), m_view->filter()->rowCount());
    }

    // Export starts in the documents folder (the home folder where there is none), not in the
    // directory the app was started from.
    void export_startsInTheDocumentsFolder()
    {
        QVERIFY(open());
        QTest::mouseClick(m_view->ui()->exportButton, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QVERIFY(waitUntil([&] {
            dialog = m_view->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
            return dialog && dialog->isVisible();
        }));
        const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QCOMPARE(dialog->directory().absolutePath(),
                 documents.exists() ? documents.absolutePath() : QDir::homePath());
        QVERIFY(dialog->directory().absolutePath() != QDir::currentPath());
        dialog->reject();
    }

    void teamsView_filtersTheMembers()
    {
        QVERIFY(open());
        m_window->ui()->actionShowTeams->trigger();
        QTableView *teams = m_window->teamsView()->table();
        QVERIFY(teams->model()->rowCount() > 0);
        int backendRow = -1;
        for (int row = 0; row < teams->model()->rowCount(); ++row) {
            if (teams->model()->index(row, directory::TeamsModel::Slug).data().toString() ==
                QLatin1String("backend"))
                backendRow = row;
        }
        QVERIFY(backendRow >= 0);
        teams->setFocus();
        teams->setCurrentIndex(teams->model()->index(backendRow, 0));
        QTest::keyClick(teams, Qt::Key_Return);
        QCOMPARE(m_window->ui()->viewTabs->currentWidget(), m_window->ui()->membersPage);
        QCOMPARE(m_view->ui()->teamFilter->currentData().toString(), QStringLiteral("backend"));
        const auto shown = m_view->filter()->visibleMembers();
        QVERIFY(!shown.isEmpty());
        for (const DirectoryMember *m : shown) {
            QVERIFY(std::any_of(m->teams.cbegin(), m->teams.cend(),
                                [](const auto &t) { return t.teamSlug == "backend"; }));
        }
    }

    // Exports the view as CSV to `path` and reads the lines back; empty when it failed.
    QList<QByteArray> exportLines(const QString &path)
    {
        QFile file(path);
        if (!m_view->exportTo(path, gui::MembersView::ExportFormat::Csv) ||
            !file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll().trimmed().split('\n');
    }

    gui::ScimView *openScim(const QString &as = QStringLiteral("owner"))
    {
        if (!open(as))
            return nullptr;
        m_window->ui()->actionShowScim->trigger();
        gui::ScimView *scim = m_window->scimView();
        waitUntil([&] { return !scim->model()->isLoading() && scim->model()->rowCount() > 0; });
        return scim;
    }

    void scim_listsAndFindsByEmail()
    {
        gui::ScimView *scim = openScim();
        QVERIFY(scim);
        const int approved = int(m_sandbox->org().approvedMembersById().size());
        QCOMPARE(scim->model()->rowCount(), approved); // more than one page of 100
        QVERIFY(approved > 100);
        QCOMPARE(scim->stateLabel()->text(), QStringLiteral("%1 SCIM users").arg(approved));
        QTest::keyClicks(scim->findEdit(), QStringLiteral("ada.lovelace@example.com"));
        QTest::keyClick(scim->findEdit(), Qt::Key_Return);
        QVERIFY(waitUntil([&] { return !scim->model()->isLoading(); }));
        QCOMPARE(scim->model()->rowCount(), 1);
        QCOMPARE(m_sandbox->lastRequest().query.queryItemValue("filter", QUrl::FullyDecoded),
                 QStringLiteral("userName eq \"ada.lovelace@example.com\""));
    }

    void scim_deprovisionNeedsTheEmailTyped()
    {
        gui::ScimView *scim = openScim();
        QVERIFY(scim);
        const sandbox::MemberRecord *target = record(
            [](const auto &m) { return m.flags.value("idp:provisioned") && m.role != "owner"; });
        const QString email = emailOf(target);
        const qint64 targetId = target->id; // the record moves once the member is removed
        const QString id = QString::number(targetId);
        QTest::keyClicks(scim->findEdit(), email);
        QTest::keyClick(scim->findEdit(), Qt::Key_Return);
        QVERIFY(waitUntil([&] { return !scim->model()->isLoading(); }));
        QCOMPARE(scim->model()->rowCount(), 1);
        QTest::mouseClick(scim->table()->viewport(), Qt::LeftButton, {},
                          scim->table()->visualRect(scim->model()->index(0, 0)).center());
        QTest::mouseClick(scim->deprovisionButton(), Qt::LeftButton);
        QVERIFY(
            waitUntil([&] { return scim->confirmation() && scim->confirmation()->isVisible(); }));
        gui::ConfirmChangeDialog *dialog = scim->confirmation();
        auto *confirm =
            dialog->findChild<QPushButton *>(QStringLiteral("confirmDeprovisionButton"));
        QVERIFY(!confirm->isEnabled());
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        QCOMPARE(previewText(dialog).section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("DELETE %1/api/0/organizations/demo/scim/v2/Users/%2")
                     .arg(m_sandbox->server().url().toString(), id));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEmailEdit")), email);
        QVERIFY(confirm->isEnabled());
        const qsizetype before = m_sandbox->requestCount();
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        // The run reads the user first, then sends the one DELETE.
        const QList<sandbox::Request> &received = m_sandbox->api().received();
        QCOMPARE(std::count_if(received.begin() + before, received.end(),
                               [](const sandbox::Request &r) { return r.method != "GET"; }),
                 1);
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("DELETE"));
        QVERIFY(!m_sandbox->org().member(targetId));
        QCOMPARE(scim->model()->rowCount(), 0);
        QVERIFY(!m_view->directory()->members()->memberById(id));
    }

    void scim_notEnabledIsSaidPlainly()
    {
        m_sandbox->org().scimEnabled = false;
        QVERIFY(open());
        m_window->ui()->actionShowScim->trigger();
        gui::ScimView *scim = m_window->scimView();
        QVERIFY(waitUntil([&] {
            return scim->stateLabel()->text().startsWith(QLatin1String("SCIM is not enabled"));
        }));
        QVERIFY(scim->stateLabel()->text().contains(
            QLatin1String("You do not have permission to perform this action.")));
    }

    void scim_memberCannotDeprovision()
    {
        gui::ScimView *scim = openScim(QStringLiteral("member"));
        QVERIFY(scim);
        QTest::mouseClick(scim->table()->viewport(), Qt::LeftButton, {},
                          scim->table()->visualRect(scim->model()->index(0, 0)).center());
        QVERIFY(!scim->deprovisionButton()->isEnabled());
        QVERIFY(scim->deprovisionButton()->toolTip().contains(QLatin1String("member:admin")));
    }
};

QTEST_MAIN(TestMembersView)
#include "tst_membersview.moc"
