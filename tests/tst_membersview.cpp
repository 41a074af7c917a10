// SPDX-License-Identifier: MIT
// The members view in the main window, driven as a user does: typing a search, choosing
// filters from the keyboard, acting from the row (edit, resend, remove, link, copy, unlink)
// and each refusal, explained before sending where the app can know and in Sentry's words
// where it cannot; checked against what the sandbox received.
#include "support/guitest.h"

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

class TestMembersView : public GuiTest
{
    Q_OBJECT

    gui::MainWindow *m_window = nullptr;
    gui::MembersView *m_view = nullptr;

    bool open(const QString &as = QStringLiteral("owner"))
    {
        m_window = openWindow(QSize(1100, 760));
        if (!connectAs(as))
            return false;
        m_view = m_window->membersView();
        return waitUntil([&] {
            return !m_view->directory()->isLoading() && m_view->directory()->loadedCount() > 0;
        });
    }
    // Clicks the row of the member with this email (searching for it first).
    const DirectoryMember *clickMember(const QString &email)
    {
        m_view->ui()->searchEdit->clear();
        QTest::keyClicks(m_view->ui()->searchEdit, email);
        QTableView *table = m_view->ui()->membersTable;
        if (!waitUntil([&] { return table->model()->rowCount() >= 1; }))
            return nullptr;
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        return m_view->currentMember();
    }
    const sandbox::MemberRecord *
    record(const std::function<bool(const sandbox::MemberRecord &)> &pred)
    {
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.isApproved() && pred(m))
                return &m;
        }
        return nullptr;
    }
    QString emailOf(const sandbox::MemberRecord *m)
    {
        const sandbox::UserRecord *u = m->userId ? m_sandbox->org().user(*m->userId) : nullptr;
        return u ? u->email : m->email;
    }
    gui::ConfirmChangeDialog *confirmation(const char *name)
    {
        gui::ConfirmChangeDialog *box = nullptr;
        waitUntil([&] {
            box = m_view->findChild<gui::ConfirmChangeDialog *>(QLatin1String(name));
            return box && box->isVisible();
        });
        return box;
    }

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

    void resend_expiredInviteRegenerates()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *expired =
            record([](const auto &m) { return m.isPending() && m.tokenExpired; });
        QVERIFY(expired);
        QVERIFY(clickMember(expired->email));
        QVERIFY(m_view->ui()->resendButton->isEnabled());
        QTest::mouseClick(m_view->ui()->resendButton, Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().body,
                 QByteArray(R"({"regenerate":true,"reinvite":true})"));
        QVERIFY(m_presenter->last().summary.contains(expired->email));
        QCOMPARE(m_view->currentMember()->status, DirectoryMember::Status::Invited);
    }

    // The preview a row action offers is the request it then sends.
    QString previewText(QWidget *owner)
    {
        gui::RequestPreviewDialog *dialog = nullptr;
        waitUntil([&] {
            dialog = owner->findChild<gui::RequestPreviewDialog *>();
            return dialog && dialog->isVisible();
        });
        if (!dialog)
            return QString();
        const QString text = dialog->requestText();
        dialog->close();
        return text;
    }

    void resend_previewIsWhatIsSent()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *pending =
            record([](const auto &m) { return m.isPending() && !m.tokenExpired; });
        QVERIFY(pending);
        QVERIFY(clickMember(pending->email));
        const qsizetype before = m_sandbox->requestCount();
        QVERIFY(m_view->previewResendAction()->isEnabled());
        m_view->previewResendAction()->trigger();
        const QString text = previewText(m_view);
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("PUT %1/api/0/organizations/demo/members/%2/")
                     .arg(m_sandbox->server().url().toString())
                     .arg(pending->id));
        QCOMPARE(m_sandbox->requestCount(), before);
        QTest::mouseClick(m_view->ui()->resendButton, Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_sandbox->lastRequest().body, text.section(QLatin1String("\n\n"), 1).toUtf8());
    }

    void remove_confirmationPreviewsTheRequest()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        const qint64 id = target->id;
        QVERIFY(clickMember(emailOf(target)));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QVERIFY(box->previewButton());
        const qsizetype before = m_sandbox->requestCount();
        QTest::mouseClick(box->previewButton(), Qt::LeftButton);
        const QString text = previewText(box);
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("DELETE %1/api/0/organizations/demo/members/%2/")
                     .arg(m_sandbox->server().url().toString())
                     .arg(id));
        QCOMPARE(m_sandbox->requestCount(), before);
        QTest::mouseClick(box->actionButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_sandbox->lastRequest().path,
                 QStringLiteral("/api/0/organizations/demo/members/%1/").arg(id));
    }

    void remove_enterOnTheConfirmationCancels()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        QVERIFY(clickMember(emailOf(target)));
        const qsizetype before = m_sandbox->requestCount();
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        QPointer<gui::ConfirmChangeDialog> box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return !box || !box->isVisible(); }));
        QTest::qWait(duplicateWindow);
        QCOMPARE(m_sandbox->requestCount(), before);
        QVERIFY(m_sandbox->org().member(target->id));
    }

    void remove_confirmedThenGone()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        const QString email = emailOf(target);
        const qint64 id = target->id;
        QVERIFY(clickMember(email));
        const qsizetype before = m_sandbox->requestCount();
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QVERIFY(box->text().contains(email));
        QCOMPARE(m_sandbox->requestCount(), before); // nothing sent before the answer
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                          Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("DELETE"));
        QVERIFY(!m_sandbox->org().member(id));
        QVERIFY(!m_view->directory()->members()->memberById(QString::number(id)));
    }

    // What the table shows of a member: the text of `column` in the row of `memberId`.
    QString shownCell(const QString &memberId, int column)
    {
        const auto *member = m_view->directory()->members()->memberById(memberId);
        QAbstractItemModel *model = m_view->ui()->membersTable->model();
        for (int row = 0; member && row < model->rowCount(); ++row) {
            if (model->index(row, directory::MembersModel::Email).data().toString() ==
                member->email)
                return model->index(row, column).data().toString();
        }
        return {};
    }
    int memberListReads() const
    {
        int reads = 0;
        for (const sandbox::Request &r : m_sandbox->api().received())
            reads +=
                r.method == "GET" && r.path == QLatin1String("/api/0/organizations/demo/members/");
        return reads;
    }

    void editRoles_theTableShowsTheNewRoleAtOnce()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:role-restricted");
        });
        QVERIFY(target);
        const QString id = QString::number(target->id);
        const QString email = emailOf(target);
        QVERIFY(clickMember(email));
        QCOMPARE(shownCell(id, directory::MembersModel::OrgRole), QStringLiteral("Member"));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Return);
        auto *form = static_cast<gui::EditMemberRolesForm *>(m_window->form(1));
        QVERIFY(waitUntil([&] { return form->ui()->orgRoleCombo->isEnabled(); }));
        const int reads = memberListReads();
        chooseByKeyboard(form->ui()->orgRoleCombo, QStringLiteral("Manager"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->org().member(target->id)->role, QStringLiteral("manager"));
        // Back in the table: the new role, without a reload of the list.
        QCOMPARE(shownCell(id, directory::MembersModel::OrgRole), QStringLiteral("Manager"));
        QCOMPARE(memberListReads(), reads);
    }

    void remove_answerLost_checkedAndTheRowGoes()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        QVERIFY(target);
        const qint64 id = target->id;
        m_sandbox->server().addFault({"DELETE", QStringLiteral("members/%1/").arg(id),
                                      sandbox::Fault::Kind::ResetAfter, 0, 1});
        QVERIFY(clickMember(emailOf(target)));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                          Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        const QString said = m_presenter->last().summary;
        QVERIFY2(said.startsWith(QLatin1String("The change was made.")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("is no longer in the organization.")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("may or may not")), qPrintable(said));
        QVERIFY(!m_sandbox->org().member(id));
        QVERIFY(!m_view->directory()->members()->memberById(QString::number(id)));
    }

    // An outcome nobody could confirm (the answer lost, the check failing too) marks the row
    // instead of guessing; a reload shows what Sentry has.
    void unknownOutcome_marksTheRowUntilAReload()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        QVERIFY(target);
        const QString id = QString::number(target->id);
        const QString path = QStringLiteral("members/%1/").arg(id);
        m_sandbox->server().addFault({"DELETE", path, sandbox::Fault::Kind::ResetAfter, 0, 1});
        bool checkBroken = false;
        m_sandbox->server().setExchangeObserver([&](const sandbox::Request &request,
                                                    const sandbox::Response &) {
            if (request.method == "DELETE" && !checkBroken) {
                checkBroken = true;
                m_sandbox->server().addFault({"GET", path, sandbox::Fault::Kind::Html500, 0, 1});
            }
        });
        QVERIFY(clickMember(emailOf(target)));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->actionButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        m_sandbox->server().setExchangeObserver({});
        QVERIFY(m_view->directory()->members()->memberById(id)); // not guessed away
        const QString status = shownCell(id, directory::MembersModel::Status);
        QCOMPARE(status, QStringLiteral("Active, change unconfirmed"));
        m_presenter->closeAll();

        m_view->reload();
        QVERIFY(waitUntil([&] { return !m_view->directory()->isLoading(); }));
        QVERIFY(!m_view->directory()->members()->memberById(id)); // Sentry had removed them
    }

    // The forms and pickers read the one store: opening them sends no list of their own.
    void forms_readTheStoreAndListNothingOfTheirOwn()
    {
        QVERIFY(open());
        const qsizetype before = m_sandbox->requestCount();
        m_window->ui()->actionInvite->trigger();
        m_window->ui()->actionEditRoles->trigger();
        m_window->ui()->actionLinkExternal->trigger();
        const QList<gui::TaskForm *> forms = m_window->forms();
        QVERIFY(waitUntil([&] {
            return std::none_of(forms.cbegin(), forms.cend(),
                                [](const gui::TaskForm *f) { return f->isLoading(); });
        }));
        const QList<sandbox::Request> &received = m_sandbox->api().received();
        for (auto it = received.cbegin() + before; it != received.cend(); ++it) {
            QVERIFY2(!it->path.endsWith(QLatin1String("/members/")) &&
                         !it->path.endsWith(QLatin1String("/teams/")),
                     qPrintable(it->path));
        }
        auto *link = qobject_cast<gui::ExternalUserForm *>(m_window->form(3));
        QVERIFY(link);
        const auto &members = m_view->directory()->members()->members();
        const auto joined =
            std::count_if(members.cbegin(), members.cend(),
                          [](const DirectoryMember &m) { return !m.userId.isEmpty(); });
        QCOMPARE(link->ui()->userCombo->count(), int(joined));
    }

    void remove_cancelledSendsNothing()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        QVERIFY(clickMember(emailOf(target)));
        const qsizetype before = m_sandbox->requestCount();
        QTest::mouseClick(m_view->ui()->removeButton, Qt::LeftButton);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QTest::qWait(duplicateWindow);
        QCOMPARE(m_sandbox->requestCount(), before);
        QVERIFY(m_sandbox->org().member(target->id));
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

    void link_opensTheLinkFormForTheUser()
    {
        QVERIFY(open());
        const DirectoryMember *m = clickMember(QStringLiteral("grace.hopper@example.com"));
        QVERIFY(m);
        const QString userId = m->userId;
        QTest::mouseClick(m_view->ui()->linkButton, Qt::LeftButton);
        auto *form = static_cast<gui::ExternalUserForm *>(m_window->form(3));
        QCOMPARE(m_window->ui()->taskTabs->currentIndex(), 3);
        QVERIFY(form->ui()->createRadio->isChecked());
        QVERIFY(waitUntil([&] { return !form->isLoading(); }));
        QVERIFY(form->ui()->userCombo->currentData().toString() == userId ||
                form->ui()->userCombo->currentText() == userId);
    }

    void unlink_fromThePanel()
    {
        QVERIFY(open());
        const sandbox::ExternalUserRecord link = m_sandbox->org().externalUsers.first();
        const sandbox::MemberRecord *owner = m_sandbox->org().memberByUser(link.userId);
        QVERIFY(clickMember(emailOf(owner)));
        QVERIFY(m_view->ui()->linksGroup->isEnabled());
        QListWidget *links = m_view->ui()->linksList;
        QVERIFY(links->count() >= 1);
        links->setFocus();
        links->setCurrentRow(0);
        const QString linkId = links->item(0)->data(Qt::UserRole).toString();
        QTest::mouseClick(m_view->ui()->deleteLinkButton, Qt::LeftButton);
        gui::ConfirmChangeDialog *box = confirmation("unlinkConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmUnlinkButton")),
                          Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_sandbox->lastRequest().path,
                 QStringLiteral("/api/0/organizations/demo/external-users/%1/").arg(linkId));
        QVERIFY(!m_sandbox->org().externalUser(linkId.toLongLong()));
        // The panel shows it gone at once.
        for (int i = 0; i < links->count(); ++i)
            QVERIFY(links->item(i)->data(Qt::UserRole).toString() != linkId);
    }

    // Clicking from one row to the next: the panel follows the row now selected (the view
    // reports the current row before it selects it).
    void linksPanel_followsTheClickedRow()
    {
        QVERIFY(open());
        const sandbox::ExternalUserRecord link = m_sandbox->org().externalUsers.first();
        const QString linkedEmail = emailOf(m_sandbox->org().memberByUser(link.userId));
        QTableView *table = m_view->ui()->membersTable;
        int linkedRow = -1;
        for (int row = 0; row < table->model()->rowCount() && linkedRow < 0; ++row) {
            if (m_view->filter()->memberAt(table->model()->index(row, 0))->email == linkedEmail)
                linkedRow = row;
        }
        QVERIFY(linkedRow >= 0);
        const int otherRow = linkedRow == 0 ? 1 : linkedRow - 1;
        for (int row : {otherRow, linkedRow}) {
            table->scrollTo(table->model()->index(row, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(table->model()->index(row, 0)).center());
        }
        QCOMPARE(m_view->currentMember()->email, linkedEmail);
        QVERIFY2(m_view->ui()->linksGroup->title().contains(linkedEmail),
                 qPrintable(m_view->ui()->linksGroup->title()));
        QVERIFY(m_view->ui()->linksGroup->isEnabled());
        QVERIFY(m_view->ui()->linksList->item(0)->text().contains(link.externalName));
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
