// SPDX-License-Identifier: MIT
// Link external user: create a link, load an existing one by id and relink it.
#include "support/guitest.h"

#include "gui/externaluserform.h"
#include "ui_externaluserform.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPushButton>
#include <QRadioButton>

using namespace sm;
using namespace sm::test;

class TestExternalUserForm : public GuiTest
{
    Q_OBJECT

    gui::ExternalUserForm *m_form = nullptr;

private slots:
    void init()
    {
        GuiTest::init();
        QVERIFY(connectAs(QStringLiteral("owner")));
        m_form = openForm<gui::ExternalUserForm>();
    }

    void pickersFilled()
    {
        QVERIFY(m_form->ui()->userCombo->count() > 200); // joined members only
        QCOMPARE(m_form->ui()->providerCombo->currentData().toString(), QStringLiteral("github"));
        QCOMPARE(m_form->ui()->integrationCombo->count(), 1);
        chooseByKeyboard(m_form->ui()->providerCombo, QStringLiteral("Slack"));
        QVERIFY(waitUntil(
            [&] { return m_form->ui()->integrationCombo->count() == 1 && !m_form->isLoading(); }));
        QCOMPARE(m_form->ui()->integrationCombo->currentData().toString(), QStringLiteral("303"));
        QVERIFY(m_form->ui()->externalNameEdit->placeholderText().contains(QLatin1String("Slack")));
        // The organization's integrations were read once, for every provider: the second
        // provider was offered from the store, without asking Sentry again.
        int reads = 0;
        for (const sandbox::Request &r : m_sandbox->api().received())
            reads += r.method == "GET" && r.path.endsWith(QLatin1String("/integrations/"));
        QCOMPARE(reads, 1);
    }

    void create_byEmail()
    {
        m_form->ui()->userCombo->setFocus();
        m_form->ui()->userCombo->lineEdit()->selectAll();
        QTest::keyClicks(m_form->ui()->userCombo->lineEdit(),
                         QStringLiteral("ada.lovelace@example.com"));
        typeInto(m_form->ui()->externalNameEdit, QStringLiteral("@ada-codes"));
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QVERIFY(m_presenter->last().summary.startsWith(QLatin1String("Created link")));
        QVERIFY(m_presenter->last().summary.contains(
            QLatin1String("GitHub account @ada-codes belongs to Ada Lovelace")));
        const QJsonObject sent = jsonBody(m_sandbox->lastRequest());
        QCOMPARE(sent.value("user_id").toInteger(), 1000);
        QCOMPARE(sent.value("integration_id").toInteger(), 301);
        QCOMPARE(sent.value("provider").toString(), QStringLiteral("github"));
    }

    void create_invalidHandleMarkedInline()
    {
        const qsizetype before = m_sandbox->requestCount();
        m_form->ui()->userCombo->setCurrentIndex(0);
        typeInto(m_form->ui()->externalNameEdit, QStringLiteral("no at sign"));
        QTest::keyClick(m_form->ui()->externalNameEdit, Qt::Key_Return);
        QCOMPARE(m_form->feedback().messageFor(QStringLiteral("externalName")),
                 QStringLiteral("External Name must start with '@' and can't contain special "
                                "characters or spaces."));
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    void create_unknownUserText()
    {
        m_form->ui()->userCombo->lineEdit()->selectAll();
        QTest::keyClicks(m_form->ui()->userCombo->lineEdit(),
                         QStringLiteral("someone@else.example"));
        typeInto(m_form->ui()->externalNameEdit, QStringLiteral("@x"));
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QCOMPARE(m_form->feedback().messageFor(QStringLiteral("userId")),
                 QStringLiteral("Choose a Sentry user who has accepted their invitation."));
    }

    void update_loadsLinkAndRelinks()
    {
        const sandbox::ExternalUserRecord link = [&] {
            for (const auto &e : m_sandbox->org().externalUsers) {
                if (e.provider == QLatin1String("gitlab"))
                    return e;
            }
            return sandbox::ExternalUserRecord{};
        }();
        QVERIFY(link.id);
        QTest::mouseClick(m_form->ui()->updateRadio, Qt::LeftButton);
        QVERIFY(m_form->ui()->updateRadio->isChecked());
        typeInto(m_form->ui()->linkIdEdit, QString::number(link.id));
        QTest::mouseClick(m_form->ui()->loadLinkButton, Qt::LeftButton);
        QVERIFY(
            waitUntil([&] { return m_form->ui()->externalNameEdit->text() == link.externalName; }));
        QCOMPARE(m_form->ui()->providerCombo->currentData().toString(), QStringLiteral("gitlab"));
        QCOMPARE(m_form->ui()->userCombo->currentData().toString(), QString::number(link.userId));
        QVERIFY(waitUntil([&] {
            return m_form->ui()->integrationCombo->currentData().toString() ==
                   QStringLiteral("302");
        }));

        m_form->ui()->userCombo->setCurrentIndex(
            m_form->ui()->userCombo->findData(QStringLiteral("1000")));
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_sandbox->org().externalUser(link.id)->userId, 1000);
        QVERIFY2(m_presenter->last().summary.startsWith(
                     QStringLiteral("Link %1 now connects GitLab").arg(link.id)),
                 qPrintable(m_presenter->last().summary));
    }

    void update_unknownLinkId()
    {
        QTest::mouseClick(m_form->ui()->updateRadio, Qt::LeftButton);
        typeInto(m_form->ui()->linkIdEdit, QStringLiteral("424242"));
        QTest::keyClick(m_form->ui()->linkIdEdit, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return !m_form->isBusy(); }));
        QCOMPARE(m_form->feedback().messageFor(QStringLiteral("id")),
                 QStringLiteral("No external-user link has id 424242."));
    }

    void serverCollision_shownInSentrysWords()
    {
        // Uniqueness is per user: a second GitHub link of the same user is relinked to the
        // handle that user already has.
        const sandbox::ExternalUserRecord existing = m_sandbox->org().externalUsers.first();
        sandbox::ExternalUserRecord second = existing;
        second.id = 777001;
        second.externalName = QStringLiteral("@second-handle");
        m_sandbox->org().externalUsers.append(second);
        QTest::mouseClick(m_form->ui()->updateRadio, Qt::LeftButton);
        typeInto(m_form->ui()->linkIdEdit, QString::number(second.id));
        QTest::mouseClick(m_form->ui()->loadLinkButton, Qt::LeftButton);
        QVERIFY(waitUntil(
            [&] { return m_form->ui()->externalNameEdit->text() == second.externalName; }));
        QVERIFY(waitUntil([&] { return !m_form->isLoading(); }));
        m_form->ui()->externalNameEdit->clear();
        typeInto(m_form->ui()->externalNameEdit, existing.externalName);
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        QCOMPARE(m_presenter->last().summary,
                 QStringLiteral("There already exists an external association with this "
                                "external_name and provider."));
        QCOMPARE(m_form->ui()->externalNameEdit->text(), existing.externalName);
    }

    // The link id offers the existing links as it is typed; choosing one loads it.
    void linkId_offersExistingLinks()
    {
        const sandbox::ExternalUserRecord link = m_sandbox->org().externalUsers.first();
        QTest::mouseClick(m_form->ui()->updateRadio, Qt::LeftButton);
        QLineEdit *id = m_form->ui()->linkIdEdit;
        id->setFocus();
        QTest::keyClicks(id, QString::number(link.id));
        QCompleter *completer = id->completer();
        QVERIFY(completer);
        QVERIFY(waitUntil([&] { return completer->popup()->isVisible(); }));
        const QString shown = completer->popup()->model()->index(0, 0).data().toString();
        QVERIFY2(shown.startsWith(QString::number(link.id) + QLatin1Char(':')), qPrintable(shown));
        QVERIFY2(shown.contains(link.externalName), qPrintable(shown));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QVERIFY(
            waitUntil([&] { return m_form->ui()->externalNameEdit->text() == link.externalName; }));
        QCOMPARE(id->text(), QString::number(link.id));
    }
};

QTEST_MAIN(TestExternalUserForm)
#include "tst_externaluserform.moc"
