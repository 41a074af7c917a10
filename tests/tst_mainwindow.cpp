// SPDX-License-Identifier: MIT
// The main window, the connect dialog, keyboard access, and screenshots of every form and
// dialog for review. What screen readers are given is checked in tst_accessibility.
#include "support/guitest.h"

#include "gui/bulkwindow.h"

#include "gui/membersview.h"
#include "gui/scimview.h"
#include "gui/teamsview.h"

#include "l10n/translations.h"
#include "support/rawhttpserver.h"
#include <QScopeGuard>

#include "gui/connectdialog.h"
#include "gui/editmemberrolesform.h"
#include "gui/invitememberform.h"
#include "gui/mainwindow.h"
#include "ui_connectdialog.h"
#include "ui_invitememberform.h"
#include "ui_mainwindow.h"

#include <QCheckBox>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace sm;
using namespace sm::test;

class TestMainWindow : public GuiTest
{
    Q_OBJECT

    gui::MainWindow *m_window = nullptr;

    void showWindow(bool connect)
    {
        m_window = openWindow(QSize(900, 680));
        if (connect)
            QVERIFY(connectAs(QStringLiteral("owner")));
    }

    gui::ConnectDialog *openConnectDialog()
    {
        QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
        gui::ConnectDialog *dialog = m_window->connectDialog();
        if (dialog)
            (void)QTest::qWaitForWindowExposed(dialog); // offscreen windows expose at once
        return dialog;
    }

private slots:
    void statusBarShowsConnection()
    {
        showWindow(true);
        const QString expected = QStringLiteral("127.0.0.1:%1 · demo · Ada Lovelace (Owner)")
                                     .arg(m_sandbox->server().url().port());
        QCOMPARE(m_window->connectionText(), expected);
        for (gui::TaskForm *form : m_window->forms())
            QVERIFY(form->isEnabled());
    }

    // The first frame carries only the window's frame: the members view follows it, and the
    // other views and the task forms are built when first shown (the startup benchmark's
    // target depends on it).
    void pagesBuiltWhenFirstShown()
    {
        m_window = own(new gui::MainWindow(m_session.get(), m_presenter.get()));
        QVERIFY(!m_window->findChild<gui::MembersView *>());
        QVERIFY(!m_window->findChild<gui::TaskForm *>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(QTest::qWaitFor([&] { return m_window->findChild<gui::MembersView *>(); }));
        QVERIFY(!m_window->findChild<gui::TeamsView *>());
        QVERIFY(!m_window->findChild<gui::ScimView *>());
        QVERIFY(!m_window->findChild<gui::TaskForm *>());

        QTabBar *views = m_window->ui()->viewTabs->tabBar();
        QTest::mouseClick(
            views, Qt::LeftButton, {},
            views->tabRect(m_window->ui()->viewTabs->indexOf(m_window->ui()->teamsPage)).center());
        QVERIFY(m_window->findChild<gui::TeamsView *>());
        QVERIFY(m_window->findChild<gui::TeamsView *>()->isVisible());
        QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
        const QList<gui::TaskForm *> built = m_window->findChildren<gui::TaskForm *>();
        QCOMPARE(built.size(), 1);
        QVERIFY(qobject_cast<gui::EditMemberRolesForm *>(built.first()));
        QVERIFY(built.first()->isVisible());
    }

    void formsDisabledUntilConnected()
    {
        showWindow(false);
        QCOMPARE(m_window->connectionText(), QStringLiteral("Not connected"));
        for (gui::TaskForm *form : m_window->forms())
            QVERIFY(!form->isEnabled());
    }

    void shortcutsOpenEachTask()
    {
        showWindow(true);
        QTabWidget *tabs = m_window->ui()->taskTabs;
        const QList<Qt::Key> keys{Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
        for (int i = 3; i >= 0; --i) {
            QTest::keyClick(m_window, keys.at(i), Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), i);
            QCOMPARE(QApplication::focusWidget(), m_window->forms().at(i)->firstField());
        }
        // The four tasks, then, after a separator, the bulk window.
        QCOMPARE(m_window->ui()->tasksMenu->actions().size(), 6);
        QCOMPARE(m_window->ui()->tasksMenu->actions().constLast(), m_window->ui()->actionBulk);
        QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier);
        gui::BulkWindow *bulk = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                bulk = m_window->findChild<gui::BulkWindow *>();
                return bulk && bulk->isVisible();
            },
            patience));
        QCOMPARE(bulk->windowTitle(), QStringLiteral("Bulk changes"));
        bulk->close();
        QCOMPARE(m_window->ui()->actionInvite->shortcut(), QKeySequence(QStringLiteral("Ctrl+1")));
        QVERIFY(
            m_window->ui()->taskToolBar->actions().contains(m_window->ui()->actionLinkExternal));
    }

    void mnemonicsAreUniqueInEachPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    // Within each page (every task form, the members view, the teams view) and with the
    // menu bar, and within the connect dialog (a window of its own, demo button shown), no
    // two labels or buttons share an Alt key, in either language.
    void mnemonicsAreUniqueInEachPage()
    {
        QFETCH(QString, language);
        const auto restore = qScopeGuard([] { removeTranslators(); });
        l10n::installTranslations(qApp, QLocale(language));
        showWindow(true);
        auto mnemonicOf = [](QString text) -> QChar {
            text.replace(QLatin1String("&&"), QString());
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
        };
        auto clashIn = [&](QWidget *page, QStringList texts) -> QString {
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->buddy())
                    texts.append(label->text());
            }
            for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
                texts.append(button->text());
            QMap<QChar, QString> seen;
            for (const QString &text : texts) {
                const QChar key = mnemonicOf(text);
                if (key.isNull())
                    continue;
                if (seen.contains(key))
                    return QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                        .arg(page->objectName(), seen.value(key), text, key);
                seen.insert(key, text);
            }
            return {};
        };
        QStringList menus;
        for (QAction *menu : m_window->ui()->menuBar->actions())
            menus.append(menu->text());
        QList<QWidget *> pages{m_window->membersView(), m_window->teamsView(),
                               m_window->scimView()};
        for (gui::TaskForm *form : m_window->forms())
            pages.append(form);
        for (QWidget *page : pages) {
            const QString clash = clashIn(page, menus);
            QVERIFY2(clash.isEmpty(), qPrintable(clash));
        }
        m_window->openConnectDialog(true);
        QVERIFY(m_window->connectDialog());
        const QString clash = clashIn(m_window->connectDialog(), {});
        QVERIFY2(clash.isEmpty(), qPrintable(clash));
        m_window->connectDialog()->reject();
    }

    void connectDialog_testsAndConnects()
    {
        showWindow(false);
        gui::ConnectDialog *dialog = openConnectDialog();
        QVERIFY(dialog);
        auto *ui = dialog->ui();
        chooseByKeyboard(ui->instanceCombo, QStringLiteral("Self-hosted"));
        QVERIFY(ui->urlEdit->isEnabled());
        typeInto(ui->urlEdit, m_sandbox->server().url().toString());
        typeInto(ui->orgEdit, QStringLiteral("demo"));
        // Pasted tokens often end with a newline.
        ui->tokenEdit->setFocus();
        QTest::keyClicks(ui->tokenEdit,
                         m_sandbox->token(QStringLiteral("manager")) + QStringLiteral("  "));
        QCOMPARE(ui->tokenEdit->echoMode(), QLineEdit::Password);
        QTest::mouseClick(ui->testButton, Qt::LeftButton);
        QVERIFY(waitUntil(
            [&] { return ui->testResultLabel->text().startsWith(QLatin1String("Connected")); }));
        QVERIFY(ui->testResultLabel->text().contains(QLatin1String("(Manager)")));
        saveScreenshot(dialog, QStringLiteral("connect-dialog"));
        QTest::mouseClick(ui->buttonBox->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return m_session->state() == Session::State::Connected; }));
        QVERIFY(m_window->connectionText().endsWith(QLatin1String("(Manager)")));
    }

    void connectDialog_testsThroughTheAppsOwnClient()
    {
        showWindow(false);
        gui::ConnectDialog *dialog = openConnectDialog();
        QVERIFY(dialog);
        auto *ui = dialog->ui();
        chooseByKeyboard(ui->instanceCombo, QStringLiteral("Self-hosted"));
        typeInto(ui->urlEdit, m_sandbox->server().url().toString());
        typeInto(ui->orgEdit, QStringLiteral("demo"));
        typeInto(ui->tokenEdit, m_sandbox->token(QStringLiteral("integration")));
        QSignalSpy exchanges(m_session->client(), &SentryClient::exchangeFinished);
        QTest::mouseClick(ui->testButton, Qt::LeftButton);
        // The organization (its region), then: an integration token has no membership,
        // members/me/ is 404, the teams load.
        QTRY_VERIFY(ui->testResultLabel->text().startsWith(
            QLatin1String("Connected as an internal integration.\nAs an internal integration: "
                          "invites with the member role only")));
        QCOMPARE(exchanges.size(), 3);
        QVERIFY(dialog->findChildren<QNetworkAccessManager *>().isEmpty());
        // Testing changes nothing: the session stays where it was.
        QCOMPARE(m_session->state(), Session::State::Disconnected);
        dialog->reject();
    }

    void connectDialog_refusesPlainHttpToARemoteHost()
    {
        showWindow(false);
        gui::ConnectDialog *dialog = openConnectDialog();
        chooseByKeyboard(dialog->ui()->instanceCombo, QStringLiteral("Self-hosted"));
        typeInto(dialog->ui()->urlEdit, QStringLiteral("http://sentry.example.com"));
        typeInto(dialog->ui()->orgEdit, QStringLiteral("acme"));
        typeInto(dialog->ui()->tokenEdit, QStringLiteral("token"));
        QTest::keyClick(dialog->ui()->tokenEdit, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->feedback()
                    .messageFor(QStringLiteral("url"))
                    .contains(QLatin1String("https://")));
        QCOMPARE(m_session->state(), Session::State::Disconnected);
        dialog->reject();
    }

    // A self-hosted Sentry's own CA: an unreadable file is refused on its field before
    // anything is sent, a real one reaches the connection, and sentry.io needs none.
    void connectDialog_takesACaFileForSelfHosted()
    {
        showWindow(false);
        gui::ConnectDialog *dialog = openConnectDialog();
        auto *ui = dialog->ui();
        chooseByKeyboard(ui->instanceCombo, QStringLiteral("sentry.io (EU region)"));
        QVERIFY(!ui->caFileEdit->isEnabled());
        chooseByKeyboard(ui->instanceCombo, QStringLiteral("Self-hosted"));
        QVERIFY(ui->caFileEdit->isEnabled());
        typeInto(ui->urlEdit, QStringLiteral("https://sentry.example.com"));
        typeInto(ui->orgEdit, QStringLiteral("acme"));
        typeInto(ui->tokenEdit, QStringLiteral("sntryu_token"));
        typeInto(ui->caFileEdit, QStringLiteral("/nonexistent/ca.pem"));
        QTest::keyClick(ui->caFileEdit, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->feedback()
                     .messageFor(QStringLiteral("caFile"))
                     .startsWith(QLatin1String("Cannot read the CA certificate file")),
                 qPrintable(dialog->feedback().messageFor(QStringLiteral("caFile"))));
        QCOMPARE(ui->caFileEdit->text(), QStringLiteral("/nonexistent/ca.pem"));

        QTemporaryDir dir;
        QFile notPem(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("not a certificate\n");
        notPem.close();
        typeInto(ui->caFileEdit, notPem.fileName());
        QTest::keyClick(ui->caFileEdit, Qt::Key_Return);
        QVERIFY(dialog->feedback()
                    .messageFor(QStringLiteral("caFile"))
                    .contains(QLatin1String("no PEM certificate")));
        QCOMPARE(dialog->settings().caFile, notPem.fileName());
        QCOMPARE(m_session->state(), Session::State::Disconnected);
        dialog->reject();
    }

    void connectDialog_offersTheDemo()
    {
        showWindow(false);
        QSignalSpy demo(m_window, &gui::MainWindow::demoRequested);
        m_window->openConnectDialog(true);
        gui::ConnectDialog *dialog = m_window->connectDialog();
        QVERIFY(dialog->ui()->demoButton->isVisible());
        QTest::mouseClick(dialog->ui()->demoButton, Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
    }

    void failedConnection_showsSentrysMessage()
    {
        showWindow(false);
        ConnectionSettings settings = m_sandbox->connectionAs(QStringLiteral("owner"));
        settings.token = QStringLiteral("sntryu_revoked");
        m_session->connectTo(settings);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        QCOMPARE(m_presenter->last().title, QStringLiteral("Could not connect"));
        QCOMPARE(m_presenter->last().summary, QStringLiteral("Invalid token"));
        QVERIFY(m_window->connectionText().startsWith(QLatin1String("Could not connect")));
    }

    // A server that accepts the connection and never answers: connecting can be stopped
    // from the keyboard, and the window is usable again (Connect… offers the settings).
    void silentServer_connectingCanBeStopped()
    {
        RawHttpServer silent([](const QByteArray &) { return QByteArray(); });
        showWindow(false);
        ConnectionSettings settings;
        settings.baseUrl = QUrl(silent.url());
        settings.organization = QStringLiteral("demo");
        settings.token = QStringLiteral("sntryu_test");
        m_session->connectTo(settings);
        auto *stop = m_window->findChild<QPushButton *>(QStringLiteral("cancelConnectingButton"));
        QVERIFY(stop);
        QVERIFY(waitUntil([&] { return silent.requests() >= 1; }));
        QVERIFY(stop->isVisible());
        QVERIFY(m_window->connectionText().startsWith(QLatin1String("Connecting to")));
        stop->setFocus();
        QTest::keyClick(stop, Qt::Key_Space);
        QCOMPARE(m_session->state(), Session::State::Disconnected);
        QCOMPARE(m_window->connectionText(), QStringLiteral("Not connected"));
        QVERIFY(!stop->isVisible());
        QVERIFY(m_presenter->shown.isEmpty()); // stopping is not an error
        QCOMPARE(m_session->settings().baseUrl, QUrl(silent.url()));
    }

    void integrationToken_connectsWithoutMembership()
    {
        showWindow(false);
        QVERIFY(connectAs(QStringLiteral("integration")));
        QVERIFY(m_window->connectionText().endsWith(QLatin1String("an internal integration")));
    }

    void screenshots()
    {
        showWindow(true);
        // The window as it opens: the members, loaded, one with a linked account selected.
        gui::MembersView *members = m_window->membersView();
        QVERIFY(waitUntil([&] {
            return !members->directory()->isLoading() && members->directory()->loadedCount() > 0;
        }));
        const qint64 linkedUser = m_sandbox->org().externalUsers.first().userId;
        members->selectMember(QString::number(m_sandbox->org().memberByUser(linkedUser)->id));
        QCoreApplication::processEvents();
        saveScreenshot(m_window, QStringLiteral("main-window-members"));
        const QStringList names{
            QStringLiteral("invite-member"), QStringLiteral("edit-member-roles"),
            QStringLiteral("provision-scim-user"), QStringLiteral("link-external-user")};
        QVERIFY(waitUntil([&] {
            auto *invite = static_cast<gui::InviteMemberForm *>(m_window->forms().at(0));
            return invite->ui()->teamPicker->teamCount() == 8;
        }));
        for (int i = 0; i < names.size(); ++i) {
            m_window->showTask(i);
            QCoreApplication::processEvents();
            saveScreenshot(m_window, QStringLiteral("main-window-") + names.at(i));
        }
        // An invitation with a field error, then its dialog.
        m_window->showTask(0);
        auto *invite = static_cast<gui::InviteMemberForm *>(m_window->forms().at(0));
        typeInto(invite->ui()->emailEdit, QStringLiteral("grace.hopper@example.com"));
        QTest::mouseClick(invite->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        saveScreenshot(m_window, QStringLiteral("invite-member-field-error"));
        QVERIFY(!m_presenter->lastDialog()->windowTitle().isEmpty());
        saveScreenshot(m_presenter->lastDialog(), QStringLiteral("error-dialog"));
        m_presenter->closeAll();
        typeInto(invite->ui()->emailEdit, QStringLiteral("new.person@example.com"));
        QTest::mouseClick(invite->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog(2));
        auto *details =
            m_presenter->lastDialog()->findChild<QToolButton *>(QStringLiteral("detailsButton"));
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(m_presenter->lastDialog()->findChild<QPlainTextEdit *>()->isVisible());
        saveScreenshot(m_presenter->lastDialog(), QStringLiteral("result-dialog"));
        QVERIFY(QFile::exists(QStringLiteral(SCREENSHOT_DIR "/result-dialog.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
