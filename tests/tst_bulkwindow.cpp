// SPDX-License-Identifier: MIT
// The bulk window driven as a user does: a pasted file checked (every row's class shown),
// sent after the confirmation, its rows' statuses and the run in the runs list; a window
// closed in the middle of a run, opened again and the run resumed, with every row reaching
// the sandbox exactly once.
#include "support/guitest.h"

#include "bulk/bulkrun.h"
#include "gui/bulkrowsmodel.h"
#include "gui/bulkwindow.h"
#include "ui_bulkwindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>

using namespace sm;
using namespace sm::test;

class TestBulkWindow : public GuiTest
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

private slots:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit()); }

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
};

QTEST_MAIN(TestBulkWindow)
#include "tst_bulkwindow.moc"
