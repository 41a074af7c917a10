// SPDX-License-Identifier: MIT
// The bulk window driven as a user does: a pasted file checked (every row's class shown),
// sent after the confirmation, its rows' statuses and the run in the runs list; a window
// closed in the middle of a run, opened again and the run resumed, with every row reaching
// the sandbox exactly once; members selected in the members view given one change, checked
// and sent through the same window.
#include "support/membersviewtest.h"

#include "bulk/bulkrun.h"
#include "gui/bulkrowsmodel.h"
#include "gui/bulkwindow.h"
#include "gui/selectionchangedialog.h"
#include "journal/runjournal.h"
#include "ui_bulkwindow.h"
#include "ui_selectionchangedialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace sm;
using namespace sm::test;

class TestBulkWindow : public MembersViewTest
{
    Q_OBJECT

    QTemporaryDir m_data; // the journal's directory: never the user's

    gui::BulkWindow *openBulk()
    {
        auto *window = own(new gui::BulkWindow(m_session.get(), m_presenter.get()));
        window->show();
        return window;
    }

    // Types `text` into the CSV box line by line, as a user (or a paste) would.
    static void typeCsv(gui::BulkWindow *window, const QStringList &lines)
    {
        QPlainTextEdit *edit = window->ui()->csvEdit;
        edit->setFocus();
        for (const QString &line : lines) {
            QTest::keyClicks(edit, line);
            QTest::keyClick(edit, Qt::Key_Return);
        }
    }

    static void confirmSend(gui::BulkWindow *window)
    {
        gui::ConfirmChangeDialog *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                box = window->findChild<gui::ConfirmChangeDialog *>(
                    QStringLiteral("bulkConfirmation"));
                return box && box->isVisible();
            },
            patience));
        QTest::mouseClick(box->actionButton(), Qt::LeftButton);
    }

    static QString cell(gui::BulkWindow *window, int row, int column)
    {
        return window->rows()->index(row, column).data().toString();
    }

    // Clicks the member's row in the members view, with Ctrl to add it to the selection.
    void clickRow(qint64 memberId, Qt::KeyboardModifiers modifiers)
    {
        QTableView *table = m_view->ui()->membersTable;
        for (int r = 0; r < m_view->filter()->rowCount(); ++r) {
            const QModelIndex index = m_view->filter()->index(r, 0);
            if (m_view->filter()->memberAt(index)->id != QString::number(memberId))
                continue;
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                              table->visualRect(index).center());
            return;
        }
        QFAIL("the member is not in the list");
    }

    // On its circle, where a click takes (the button is as wide as the dialog).
    static void clickRadio(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }

    // Ctrl+Shift+B on the list (or a click on Change selected…), then the dialog's choice and
    // Check: the window it opens.
    gui::BulkWindow *
    changeSelection(bool byKeyboard,
                    const std::function<void(gui::SelectionChangeDialog *)> &choose)
    {
        QTableView *table = m_view->ui()->membersTable;
        if (byKeyboard) {
            table->setFocus();
            QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        } else {
            QTest::mouseClick(m_view->ui()->changeSelectedButton, Qt::LeftButton);
        }
        gui::SelectionChangeDialog *dialog = nullptr;
        if (!waitUntil([&] {
                dialog = m_view->findChild<gui::SelectionChangeDialog *>();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        choose(dialog);
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        gui::BulkWindow *window = nullptr;
        waitUntil([&] {
            window = m_window->findChild<gui::BulkWindow *>();
            return window && window->isVisible();
        });
        return window;
    }

private slots:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit()); }

    // A caller who may give no role (every one disabled in the list) cannot check a role
    // change; another choice can be checked.
    void selectionDialog_noAssignableRole_cannotCheckARoleChange()
    {
        Member me;
        for (const char *id : {"member", "admin", "manager", "owner"}) {
            RoleInfo role;
            role.id = QString::fromLatin1(id);
            role.name = role.id;
            me.orgRoleList.append(role); // allowed: false
        }
        gui::SelectionChangeDialog dialog({QStringLiteral("a@example.com")}, me, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickRadio(dialog.ui()->roleRadio);
        QVERIFY(dialog.ui()->roleCombo->currentIndex() >= 0); // shown, but disabled
        QVERIFY(!dialog.checkButton()->isEnabled());
        clickRadio(dialog.ui()->resendRadio);
        QVERIFY(dialog.checkButton()->isEnabled());
        clickRadio(dialog.ui()->roleRadio);
        QVERIFY(!dialog.checkButton()->isEnabled());
    }

    void checkedSentAndListed()
    {
        QVERIFY(connectAs(QStringLiteral("owner")));
        gui::BulkWindow *window = openBulk();
        QCOMPARE(window->windowTitle(), QStringLiteral("Bulk changes"));
        typeCsv(window, {QStringLiteral("email,role,teams,send_invite"),
                         QStringLiteral("bulk-gui-1@example.com,member,backend,"),
                         QStringLiteral("not-an-email,member,,")});
        QTest::mouseClick(window->ui()->checkButton, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return window->rows()->rowCount() == 2; }, patience));
        QCOMPARE(cell(window, 0, gui::BulkRowsModel::StatusColumn), QStringLiteral("Ready"));
        QCOMPARE(cell(window, 1, gui::BulkRowsModel::StatusColumn), QStringLiteral("Malformed"));
        QCOMPARE(cell(window, 1, gui::BulkRowsModel::ReasonColumn),
                 QStringLiteral("Enter a valid email address."));
        QVERIFY2(window->ui()->summaryLabel->text().contains(QLatin1String("1 Ready")),
                 qPrintable(window->ui()->summaryLabel->text()));
        QVERIFY(window->ui()->sendButton->isEnabled());

        QTest::mouseClick(window->ui()->sendButton, Qt::LeftButton);
        confirmSend(window);
        QVERIFY(QTest::qWaitFor(
            [&] { return window->run() == nullptr && cell(window, 0, 1) == QLatin1String("Done"); },
            patience));
        QCOMPARE(cell(window, 1, gui::BulkRowsModel::StatusColumn), QStringLiteral("Skipped"));
        const auto &members = m_sandbox->org().members;
        QVERIFY(std::any_of(members.cbegin(), members.cend(), [](const auto &m) {
            return m.email == QLatin1String("bulk-gui-1@example.com");
        }));
        QVERIFY(window->ui()->progressLabel->text().contains(QLatin1String("2 of 2")));
        QTableWidget *runs = window->ui()->runsTable;
        QCOMPARE(runs->rowCount(), 1);
        QCOMPARE(runs->item(0, 3)->text(), QStringLiteral("partial"));

        // The results: the input's columns and each row's status.
        QString saved;
        const QString path = m_data.filePath(QStringLiteral("results.csv"));
        window->pickFileToSave = [&](const QString &) { return path; };
        QTest::mouseClick(window->ui()->exportButton, Qt::LeftButton);
        QFile results(path);
        QVERIFY(results.open(QIODevice::ReadOnly));
        saved = QString::fromUtf8(results.readAll());
        QVERIFY2(saved.startsWith(QLatin1String("email,role,teams,send_invite,row,status")),
                 qPrintable(saved));
        QVERIFY(saved.contains(QLatin1String("bulk-gui-1@example.com,member,backend,,1,done")));
    }

    void closedMidRunAndResumed()
    {
        QVERIFY(connectAs(QStringLiteral("owner")));
        QHash<QString, int> posted;
        m_sandbox->server().setExchangeObserver(
            [&](const sandbox::Request &request, const sandbox::Response &) {
                if (request.method == "POST" && request.path.contains(QLatin1String("scim/v2")))
                    ++posted[QJsonDocument::fromJson(request.body)
                                 .object()
                                 .value(QLatin1String("userName"))
                                 .toString()];
            });
        // Slow enough answers that the window closes in the middle.
        QString error;
        m_sandbox->server().addFault(
            *sandbox::parseFault(QStringLiteral("POST scim/v2/Users=delay:150"), &error));
        gui::BulkWindow *window = openBulk();
        window->ui()->kindCombo->setFocus();
        // "email,role" is an invitation and a SCIM provisioning alike: the kind is chosen.
        const int scim = window->ui()->kindCombo->findData(QStringLiteral("scim"));
        QVERIFY(scim > 0);
        while (window->ui()->kindCombo->currentIndex() < scim)
            QTest::keyClick(window->ui()->kindCombo, Qt::Key_Down);
        QStringList lines{QStringLiteral("email,role")};
        for (int i = 0; i < 40; ++i)
            lines.append(QStringLiteral("gui-scim-%1@example.com,member").arg(i));
        window->ui()->csvEdit->setPlainText(lines.join(QLatin1Char('\n')));
        QTest::mouseClick(window->ui()->checkButton, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return window->ui()->sendButton->isEnabled(); }, patience));
        QTest::mouseClick(window->ui()->sendButton, Qt::LeftButton);
        confirmSend(window);
        QVERIFY(QTest::qWaitFor([&] { return posted.size() >= 8; }, patience));
        // Closed, as the app's window is, and gone: rows in flight are cancelled, and the
        // ones sent are checked when the run is resumed.
        window->close();
        delete window;
        QVERIFY(posted.size() < 40);

        m_sandbox->server().clearFaults();
        gui::BulkWindow *again = openBulk();
        QTableWidget *runs = again->ui()->runsTable;
        QCOMPARE(runs->rowCount(), 1);
        QCOMPARE(runs->item(0, 3)->text(), QStringLiteral("interrupted"));
        runs->setFocus();
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, {},
                          runs->visualItemRect(runs->item(0, 0)).center());
        QVERIFY(again->ui()->reopenButton->isEnabled());
        QTest::mouseClick(again->ui()->reopenButton, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return again->run() == nullptr && runs->item(0, 3)->text() == QLatin1String("done");
            },
            patience * 2));
        m_sandbox->server().setExchangeObserver({});
        QCOMPARE(posted.size(), 40);
        for (auto it = posted.cbegin(); it != posted.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    // Two invitations and a joined member selected, their invitations resent: the joined one
    // is refused before anything leaves, the two are sent once each and spend the day's
    // invitation limit in the journal. Then two joined members are put on a team.
    void selectionResentAndAddedToTeam()
    {
        QVERIFY(open());
        QList<qint64> invited;
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.isPending() && m.isApproved() && !m.tokenExpired && invited.size() < 2)
                invited.append(m.id);
        }
        QCOMPARE(invited.size(), 2);
        const auto *joined = record([](const sandbox::MemberRecord &m) {
            return !m.isPending() && m.role == QLatin1String("member") &&
                   std::none_of(m.teams.cbegin(), m.teams.cend(), [](const auto &t) {
                       return t.teamSlug == QLatin1String("design");
                   });
        });
        QVERIFY(joined);
        const qint64 joinedId = joined->id;
        QHash<QString, int> reinvited;
        m_sandbox->server().setExchangeObserver(
            [&](const sandbox::Request &request, const sandbox::Response &) {
                if (request.method == "PUT" && request.body.contains("reinvite"))
                    ++reinvited[request.path];
            });
        const ConnectionSettings &settings = m_session->settings();
        journal::RunJournal journal(
            journal::RunJournal::pathFor(settings.baseUrl.toString(), settings.organization));
        const QDate today = m_session->client()->serverNow().date();
        const int spentBefore = journal.invitesAttemptedOn(today);

        clickRow(invited.at(0), {});
        clickRow(invited.at(1), Qt::ControlModifier);
        clickRow(joinedId, Qt::ControlModifier);
        QCOMPARE(m_view->selectedMembers().size(), 3);
        gui::BulkWindow *window = changeSelection(true, [](gui::SelectionChangeDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Change 3 selected members"));
            clickRadio(dialog->ui()->resendRadio);
        });
        QVERIFY(window);
        QVERIFY(waitUntil([&] { return window->rows()->rowCount() == 3; }));
        QStringList shown;
        for (int r = 0; r < 3; ++r)
            shown.append(cell(window, r, gui::BulkRowsModel::StatusColumn));
        QCOMPARE(shown.count(QStringLiteral("Ready")), 2);
        QCOMPARE(shown.count(QStringLiteral("Already a member")), 1);
        QTest::mouseClick(window->ui()->sendButton, Qt::LeftButton);
        confirmSend(window);
        QVERIFY(waitUntil([&] { return window->run() == nullptr && reinvited.size() == 2; }));
        for (qint64 id : invited)
            QCOMPARE(
                reinvited.value(QStringLiteral("/api/0/organizations/demo/members/%1/").arg(id)),
                1);
        QCOMPARE(journal.invitesAttemptedOn(today), spentBefore + 2);
        QVERIFY(window->ui()->runsTable->item(0, 1)->text().contains(
            QLatin1String("3 selected members")));

        // Two joined members put on the design team, as its contributors.
        const auto *other = record([&](const sandbox::MemberRecord &m) {
            return !m.isPending() && m.id != joinedId && m.role == QLatin1String("member") &&
                   std::none_of(m.teams.cbegin(), m.teams.cend(), [](const auto &t) {
                       return t.teamSlug == QLatin1String("design");
                   });
        });
        QVERIFY(other);
        const qint64 otherId = other->id;
        clickRow(joinedId, {});
        clickRow(otherId, Qt::ControlModifier);
        // The bulk window is the active one now: the button, as a user would click it.
        QVERIFY(changeSelection(false, [](gui::SelectionChangeDialog *dialog) {
                    clickRadio(dialog->ui()->addTeamRadio);
                    QComboBox *teams = dialog->ui()->addTeamCombo;
                    teams->setFocus();
                    while (teams->currentText() != QLatin1String("design"))
                        QTest::keyClick(teams, Qt::Key_Down);
                }) == window);
        QVERIFY(waitUntil([&] {
            return window->rows()->rowCount() == 2 && window->ui()->sendButton->isEnabled();
        }));
        QCOMPARE(cell(window, 0, gui::BulkRowsModel::StatusColumn), QStringLiteral("Ready"));
        QTest::mouseClick(window->ui()->sendButton, Qt::LeftButton);
        confirmSend(window);
        QVERIFY(waitUntil([&] { return window->run() == nullptr; }));
        m_sandbox->server().setExchangeObserver({});
        for (qint64 id : {joinedId, otherId}) {
            const sandbox::MemberRecord *m = m_sandbox->org().member(id);
            QVERIFY(std::any_of(m->teams.cbegin(), m->teams.cend(), [](const auto &t) {
                return t.teamSlug == QLatin1String("design");
            }));
        }
    }
};

QTEST_MAIN(TestBulkWindow)
#include "tst_bulkwindow.moc"
