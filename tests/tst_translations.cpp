// SPDX-License-Identifier: MIT
// The German translation: installed for a German locale, it reaches the menus, the forms,
// Sentry's validation messages on their fields and the dialogs; English needs none.
#include "support/guitest.h"

#include "gui/invitememberform.h"
#include "gui/mainwindow.h"
#include "l10n/sentrytext.h"
#include "l10n/translations.h"
#include "ui_invitememberform.h"

#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>

using namespace sm;
using namespace sm::test;

class TestTranslations : public GuiTest
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        removeTranslators();
        GuiTest::cleanup();
    }

    void english_needsNoCatalogue()
    {
        QVERIFY(!l10n::installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(l10n::sentryText(QStringLiteral("Enter a valid email address.")),
                 QStringLiteral("Enter a valid email address."));
    }

    void german_reachesMenusAndTabs()
    {
        QVERIFY(l10n::installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        gui::MainWindow *window = openWindow();
        QStringList menus;
        for (QAction *action : window->menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("Ansi&cht"),
                                     QStringLiteral("&Aufgaben"), QStringLiteral("&Hilfe")}));
        auto *views = window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        QVERIFY(views);
        QCOMPARE(views->tabText(0), QStringLiteral("Mitglieder"));
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("taskTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Mitglied einladen"));
        saveScreenshot(window, QStringLiteral("main-window-de"));
    }

    void german_validationMessageOnItsField()
    {
        QVERIFY(l10n::installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QVERIFY(connectAs(QStringLiteral("owner")));
        auto *form = openForm<gui::InviteMemberForm>();
        QCOMPARE(form->ui()->emailLabel->text(), QStringLiteral("&E-Mail:"));
        const qsizetype before = m_sandbox->requestCount();
        QTest::keyClicks(form->ui()->emailEdit, QStringLiteral("not-an-email"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QCOMPARE(form->feedback().messageFor(QStringLiteral("email")),
                 QStringLiteral("Bitte gültige E-Mail-Adresse eingeben."));
        QCOMPARE(form->ui()->emailEdit->text(), QStringLiteral("not-an-email"));
        QCOMPARE(m_sandbox->requestCount(), before);
        saveScreenshot(form, QStringLiteral("invite-member-de-error"));
    }

    void german_sentryMessagesWithValues()
    {
        QVERIFY(l10n::installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(l10n::sentryText(QStringLiteral("\"superuser\" is not a valid choice.")),
                 QStringLiteral("„superuser“ ist keine gültige Auswahl."));
        // A message the app does not know stays exactly as Sentry sent it.
        QCOMPARE(l10n::sentryText(QStringLiteral("The user is already a member")),
                 QStringLiteral("The user is already a member"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
