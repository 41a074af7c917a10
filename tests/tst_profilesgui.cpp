// SPDX-License-Identifier: MIT
// Profiles as the user meets them: the connect dialog saves one, the next launch opens it
// (and, with no keychain, asks for the token saying why), and switching profiles switches
// identity. No keychain answers here; the keychain itself is tst_keychain's.
#include "support/guitest.h"

#include "gui/confirmchangedialog.h"
#include "gui/connectdialog.h"
#include "gui/membersview.h"
#include "gui/profilemenu.h"
#include "profiles/profilestore.h"
#include "profiles/sessionstarter.h"
#include "ui_connectdialog.h"
#include "ui_mainwindow.h"
#include "ui_membersview.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

using namespace sm;
using namespace sm::test;

class TestProfilesGui : public GuiTest
{
    Q_OBJECT

    std::unique_ptr<profiles::AppSettings> m_settings;
    std::unique_ptr<profiles::TokenVault> m_vault;
    std::unique_ptr<profiles::ProfileStore> m_store;
    std::unique_ptr<profiles::SessionStarter> m_starter;

    QString iniPath() const { return m_settingsDir->filePath(QStringLiteral("profiles.conf")); }

    QPointer<gui::MainWindow> m_window;

    // A launch: the previous window gone (as at the app's exit, saving its layout), settings
    // read from the file, a fresh store (no tokens in memory), a window.
    gui::MainWindow *launch()
    {
        delete m_window;
        m_starter.reset();
        m_store.reset();
        m_settings = std::make_unique<profiles::AppSettings>(iniPath());
        m_vault = std::make_unique<profiles::TokenVault>();
        m_store = std::make_unique<profiles::ProfileStore>(m_settings.get(), m_vault.get());
        m_window = openWindow(QSize(900, 640));
        m_window->setProfiles(m_store.get());
        m_starter = std::make_unique<profiles::SessionStarter>(m_store.get(), m_session.get());
        return m_window;
    }

    // Fills the open connect dialog for the sandbox's `who` and presses Connect.
    void fillAndConnect(gui::ConnectDialog *dialog, const QString &who, const QString &name)
    {
        const ConnectionSettings target = m_sandbox->connectionAs(who);
        Ui::ConnectDialog *ui = dialog->ui();
        ui->instanceCombo->setCurrentIndex(ui->instanceCombo->count() - 1); // self-hosted
        ui->urlEdit->clear();
        QTest::keyClicks(ui->urlEdit, target.baseUrl.toString());
        ui->orgEdit->clear();
        QTest::keyClicks(ui->orgEdit, target.organization);
        ui->tokenEdit->clear();
        QTest::keyClicks(ui->tokenEdit, target.token);
        ui->profileNameEdit->clear();
        QTest::keyClicks(ui->profileNameEdit, name);
        QTest::mouseClick(ui->buttonBox->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    bool connected()
    {
        return QTest::qWaitFor([this] { return m_session->state() == Session::State::Connected; },
                               patience);
    }

private slots:
    void init()
    {
        GuiTest::init();
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // no keychain
    }
    void cleanup()
    {
        GuiTest::cleanup();
        m_store.reset();
        m_vault.reset();
        m_settings.reset();
    }

    void connectDialogSavesAProfile_andSaysWhereTheTokenIs()
    {
        gui::MainWindow *window = launch();
        window->openConnectDialog(false);
        QVERIFY(window->connectDialog());
        QVERIFY(window->connectDialog()->ui()->rememberTokenCheck->isChecked());
        fillAndConnect(window->connectDialog(), QStringLiteral("owner"),
                       QStringLiteral("Sandbox owner"));
        QVERIFY(connected());
        QVERIFY(QTest::qWaitFor([this] { return !m_presenter->shown.isEmpty(); }, patience));
        QCOMPARE(m_presenter->last().title, QStringLiteral("Token not saved"));
        QVERIFY(m_presenter->last().warning); // not a success
        QCOMPARE(m_presenter->lastDialog()->kind(), gui::MessageDialog::Kind::Warning);
        // One sentence of ours per fact, the keychain's own words quoted as its.
        static const QRegularExpression sentences(QStringLiteral(
            "^Sandbox owner: (No system keychain is available\\.|The system keychain (refused "
            "access|did not answer \\(it said: “.+”\\))\\.) The token is kept for this session "
            "only\\.$"));
        QVERIFY2(sentences.match(m_presenter->last().summary).hasMatch(),
                 qPrintable(m_presenter->last().summary));
        QCOMPARE(window->profileMenu()->button()->text(), QStringLiteral("Sandbox owner"));
        m_presenter->closeAll();
        // The status bar's button opens the Profiles menu: clicked, from the keyboard, and
        // by a screen reader's "Press", which returns at once (no nested event loop).
        QToolButton *button = window->profileMenu()->button();
        QMenu *menu = window->ui()->profilesMenu;
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(menu->isVisible());
        menu->hide();
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QTRY_VERIFY(menu->isVisible());
        menu->hide();
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY(accessible && accessible->actionInterface());
        QVERIFY(accessible->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::pressAction()));
        accessible->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_VERIFY(menu->isVisible());
        menu->hide();
        const QList<QAction *> entries = window->ui()->profilesMenu->actions();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first()->text(), QStringLiteral("Sandbox owner"));
        QVERIFY(entries.first()->isChecked());

        m_settings->sync();
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("Sandbox owner"));
        QVERIFY(!saved.contains(m_sandbox->connectionAs(QStringLiteral("owner")).token.toUtf8()));
    }

    // With no keychain the next launch opens the last profile's dialog with its URL and
    // organization filled in and the reason; the token typed again connects.
    void nextLaunchAsksForTheTokenAndSaysWhy()
    {
        gui::MainWindow *first = launch();
        m_store->remember(m_sandbox->connectionAs(QStringLiteral("owner")),
                          QStringLiteral("Sandbox owner"), false);
        first->close();

        gui::MainWindow *window = launch();
        QVERIFY(QTest::qWaitForWindowActive(window)); // the app opens the profile after it paints
        m_store->open(m_settings->lastProfileId());
        QVERIFY(QTest::qWaitFor([window] { return window->connectDialog(); }, patience));
        gui::ConnectDialog *dialog = window->connectDialog();
        QCOMPARE(dialog->ui()->orgEdit->text(), QStringLiteral("demo"));
        QCOMPARE(QUrl(dialog->ui()->urlEdit->text()),
                 m_sandbox->connectionAs(QStringLiteral("owner")).baseUrl);
        QVERIFY(dialog->ui()->tokenEdit->text().isEmpty());
        QCOMPARE(dialog->profileName(), QStringLiteral("Sandbox owner"));
        QVERIFY(dialog->ui()->profileNoteLabel->isVisible());
        QVERIFY2(dialog->ui()->profileNoteLabel->text().contains(QLatin1String("No token")),
                 qPrintable(dialog->ui()->profileNoteLabel->text()));
        QCOMPARE(dialog->focusWidget(), dialog->ui()->tokenEdit); // where typing goes
        QTest::keyClicks(dialog->ui()->tokenEdit,
                         m_sandbox->connectionAs(QStringLiteral("owner")).token);
        QTest::keyClick(dialog->ui()->tokenEdit, Qt::Key_Return);
        QVERIFY(connected());
        QCOMPARE(m_settings->profiles().size(), 1); // the same profile, not a second one
    }

    // A profile whose token the file says is in the keychain, and no keychain answers: the
    // status bar says what the app is waiting for, then the prompt says why it asks.
    void keychainReadIsShownThenExplained()
    {
        gui::MainWindow *window = launch();
        profiles::Profile saved = profiles::Profile::from(
            m_sandbox->connectionAs(QStringLiteral("owner")), QStringLiteral("Keychain owner"));
        saved.tokenInKeychain = true;
        m_settings->saveProfile(saved);
        m_store->open(saved.id);
        QVERIFY2(window->statusBar()->currentMessage().contains(
                     QLatin1String("reading the token from the system keychain")),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(QTest::qWaitFor([window] { return window->connectDialog(); }, patience));
        const QString note = window->connectDialog()->ui()->profileNoteLabel->text();
        QVERIFY2(note.contains(QLatin1String("keychain")), qPrintable(note));
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
    }

    // Two profiles of one organization, an owner's token and a member's: choosing one in the
    // Profiles menu connects as that identity.
    void switchingProfilesSwitchesIdentity()
    {
        gui::MainWindow *window = launch();
        m_store->remember(m_sandbox->connectionAs(QStringLiteral("owner")),
                          QStringLiteral("As owner"), false);
        m_store->remember(m_sandbox->connectionAs(QStringLiteral("member")),
                          QStringLiteral("As member"), false);
        QMenu *menu = window->ui()->profilesMenu;
        auto entry = [menu](const QString &text) -> QAction * {
            for (QAction *a : menu->actions()) {
                if (a->text() == text)
                    return a;
            }
            return nullptr;
        };
        QVERIFY(entry(QStringLiteral("As owner")));
        QVERIFY(entry(QStringLiteral("As member")));

        entry(QStringLiteral("As owner"))->trigger();
        QVERIFY(connected());
        QCOMPARE(m_session->me().orgRole, QStringLiteral("owner"));
        QCOMPARE(window->profileMenu()->button()->text(), QStringLiteral("As owner"));

        entry(QStringLiteral("As member"))->trigger();
        QVERIFY(QTest::qWaitFor(
            [this] {
                return m_session->state() == Session::State::Connected &&
                       m_session->me().orgRole == QLatin1String("member");
            },
            patience));
        QCOMPARE(window->profileMenu()->button()->text(), QStringLiteral("As member"));
        QVERIFY(entry(QStringLiteral("As member"))->isChecked());
        QVERIFY(window->connectionText().contains(QLatin1String("Member")));
    }

    // The members table's sort and column widths are the user's: a click on a header and a
    // dragged column edge come back at the next launch (through the app's settings file).
    void columnLayoutAndSortSurviveARelaunch()
    {
        gui::MainWindow *first = launch();
        QHeaderView *header = first->membersView()->ui()->membersTable->horizontalHeader();
        const auto emailColumn = int(directory::MembersModel::Email);
        const QPoint emailHeader(header->sectionViewportPosition(emailColumn) +
                                     header->sectionSize(emailColumn) / 2,
                                 header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, emailHeader);
        QCOMPARE(header->sortIndicatorSection(), emailColumn);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        header->resizeSection(emailColumn, 333);

        gui::MainWindow *window = launch();
        QHeaderView *restored = window->membersView()->ui()->membersTable->horizontalHeader();
        QCOMPARE(restored->sortIndicatorSection(), emailColumn);
        QCOMPARE(restored->sortIndicatorOrder(), order);
        QCOMPARE(restored->sectionSize(emailColumn), 333);
    }

    // Export starts where the last export went, also after a relaunch.
    void exportRemembersItsFolder()
    {
        auto exportDialog = [](gui::MainWindow *window) {
            gui::MembersView *view = window->membersView();
            QTest::mouseClick(view->ui()->exportButton, Qt::LeftButton);
            QFileDialog *dialog = nullptr;
            // A dialog that never shows leaves nullptr, which the caller checks.
            (void)QTest::qWaitFor(
                [&] {
                    dialog = view->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
                    return dialog && dialog->isVisible();
                },
                patience);
            return dialog;
        };
        QTemporaryDir folder;
        QFileDialog *first = exportDialog(launch());
        QVERIFY(first);
        QVERIFY(first->directory().absolutePath() != folder.path());
        const QString path = QDir(folder.path()).filePath(QStringLiteral("roster.csv"));
        first->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(first, "accept")); // the Save button's slot
        QTRY_VERIFY(QFile::exists(path));
        QCOMPARE(m_settings->exportDirectory(), QDir(folder.path()).absolutePath());
        m_presenter->closeAll();

        QFileDialog *again = exportDialog(launch());
        QVERIFY(again);
        QCOMPARE(again->directory().absolutePath(), QDir(folder.path()).absolutePath());
        again->reject();
    }

    void removeProfileAsksFirst()
    {
        gui::MainWindow *window = launch();
        m_store->remember(m_sandbox->connectionAs(QStringLiteral("owner")),
                          QStringLiteral("Doomed"), false);
        window->profileMenu()->removeAction()->trigger();
        auto *box = window->findChild<gui::ConfirmChangeDialog *>(
            QStringLiteral("removeProfileConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Doomed")));
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmRemoveProfileButton")),
            Qt::LeftButton);
        QVERIFY(m_settings->profiles().isEmpty());
        QCOMPARE(window->profileMenu()->button()->text(), QStringLiteral("No profile"));
    }
};

QTEST_MAIN(TestProfilesGui)
#include "tst_profilesgui.moc"
