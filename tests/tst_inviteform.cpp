// SPDX-License-Identifier: MIT
// The Invite member and Provision SCIM user forms, driven from the keyboard and mouse
// against the sandbox.
#include "support/guitest.h"
#include "support/rawhttpserver.h"

#include "gui/invitememberform.h"
#include "gui/requestpreviewdialog.h"
#include "gui/scimprovisionform.h"
#include "ui_invitememberform.h"
#include "ui_scimprovisionform.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>

using namespace sm;
using namespace sm::test;

class TestInviteForm : public GuiTest
{
    Q_OBJECT

    gui::InviteMemberForm *inviteForm()
    {
        auto *form = openForm<gui::InviteMemberForm>();
        [&] { QCOMPARE(form->ui()->teamPicker->teamCount(), 8); }();
        return form;
    }

private slots:
    void init()
    {
        GuiTest::init();
        QVERIFY(connectAs(QStringLiteral("owner")));
    }

    void invite_success()
    {
        auto form = inviteForm();
        typeInto(form->ui()->emailEdit, QStringLiteral("new.hire@example.com"));
        chooseByKeyboard(form->ui()->orgRoleCombo, QStringLiteral("Manager"));
        QVERIFY(form->ui()->roleDescriptionLabel->text().contains(
            QLatin1String("add and remove members")));
        toggleTeam(form->ui()->teamPicker, QStringLiteral("backend"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(!m_presenter->last().error);
        QCOMPARE(m_presenter->last().summary,
                 QStringLiteral("Invitation sent to new.hire@example.com as Manager; teams: "
                                "backend (Contributor)."));
        QCOMPARE(m_presenter->lastDialog()->windowTitle(), QStringLiteral("Invite member: done"));
        QVERIFY(m_presenter->lastDialog()->details().contains(
            QLatin1String("\"orgRole\": \"manager\"")));

        const QJsonObject sent = jsonBody(m_sandbox->lastRequest());
        QCOMPARE(sent.value("email").toString(), QStringLiteral("new.hire@example.com"));
        QCOMPARE(sent.value("orgRole").toString(), QStringLiteral("manager"));
        QCOMPARE(sent.value("teamRoles").toArray().size(), 1);
        QVERIFY(m_sandbox->memberByEmail(QStringLiteral("new.hire@example.com")));
        // Ready for the next person, from the defaults: no address, Member, no teams.
        QVERIFY(form->ui()->emailEdit->text().isEmpty());
        QCOMPARE(form->ui()->orgRoleCombo->currentData().toString(), QStringLiteral("member"));
        QVERIFY(form->ui()->teamPicker->assignments().isEmpty());
        QVERIFY(form->ui()->sendInviteCheck->isChecked());
        // Focus returns to the address when the result dialog closes.
        QCOMPARE(form->focusWidget(), form->ui()->emailEdit);
    }

    void invite_enterSubmits()
    {
        auto form = inviteForm();
        typeInto(form->ui()->emailEdit, QStringLiteral("enter@example.com"));
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(!m_presenter->last().error);
    }

    // Preview request shows what Submit then sends, the token left out, and sends nothing.
    void invite_previewIsWhatIsSent()
    {
        auto form = inviteForm();
        typeInto(form->ui()->emailEdit, QStringLiteral("preview.me@example.com"));
        chooseByKeyboard(form->ui()->orgRoleCombo, QStringLiteral("Manager"));
        const qsizetype before = m_sandbox->requestCount();
        QTest::mouseClick(form->previewButton(), Qt::LeftButton);
        gui::RequestPreviewDialog *dialog = nullptr;
        QVERIFY(waitUntil([&] {
            dialog = form->findChild<gui::RequestPreviewDialog *>();
            return dialog && dialog->isVisible();
        }));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Invite member: request preview"));
        const QString text = dialog->requestText();
        QVERIFY2(text.startsWith(QStringLiteral("POST %1/api/0/organizations/demo/members/")
                                     .arg(m_sandbox->server().url().toString())),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Authorization: Bearer $SENTRY_AUTH_TOKEN")));
        QVERIFY(!text.contains(m_sandbox->token(QStringLiteral("owner"))));
        QCOMPARE(m_sandbox->requestCount(), before);
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QLatin1String("curl ")), qPrintable(curl));
        QVERIFY(curl.contains(QLatin1String("\"Authorization: Bearer $SENTRY_AUTH_TOKEN\"")));
        dialog->close();

        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        const QByteArray body = text.section(QLatin1String("\n\n"), 1).toUtf8();
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("POST"));
        QCOMPARE(m_sandbox->lastRequest().body, body);
    }

    void invite_previewOfInvalidInputMarksTheField()
    {
        auto form = inviteForm();
        typeInto(form->ui()->emailEdit, QStringLiteral("not an email"));
        QTest::mouseClick(form->previewButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(!form->findChild<gui::RequestPreviewDialog *>());
        QCOMPARE(form->feedback().messageFor(QStringLiteral("email")),
                 QStringLiteral("Enter a valid email address."));
    }

    void invite_invalidEmailMarkedNothingSent()
    {
        auto form = inviteForm();
        const qsizetype before = m_sandbox->requestCount();
        typeInto(form->ui()->emailEdit, QStringLiteral("not an email"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        auto *label = form->findChild<QLabel *>(QStringLiteral("emailEditError"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Enter a valid email address."));
        QCOMPARE(form->ui()->emailEdit->accessibleDescription(), label->text());
        QCOMPARE(form->ui()->emailEdit->text(), QStringLiteral("not an email"));
        QVERIFY(form->ui()->emailEdit->hasFocus());
        QCOMPARE(m_sandbox->requestCount(), before);
        QVERIFY(m_presenter->shown.isEmpty());
    }

    void invite_serverErrorShownOnFieldAndKeepsInput()
    {
        auto form = inviteForm();
        typeInto(form->ui()->emailEdit, QStringLiteral("grace.hopper@example.com"));
        toggleTeam(form->ui()->teamPicker, QStringLiteral("data"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        const QString message =
            QStringLiteral("The user grace.hopper@example.com is already a member");
        QCOMPARE(m_presenter->last().summary, message);
        QVERIFY(m_presenter->lastDialog()->summary().startsWith(message));
        QCOMPARE(m_presenter->lastDialog()->windowTitle(), QStringLiteral("Invite member failed"));
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("emailEditError"))->text(), message);
        QCOMPARE(form->ui()->emailEdit->text(), QStringLiteral("grace.hopper@example.com"));
        QVERIFY(form->ui()->teamPicker->checkBox(QStringLiteral("data"))->isChecked());
    }

    // Over the organization's 100 invitations of the day: Sentry's words, then what the
    // limits are and when the count starts again; what was typed stays.
    void invite_overTheDailyLimitSaysWhenItResets()
    {
        sandbox::SandboxApi &api = m_sandbox->api();
        for (int i = 0; i < 100; ++i) // the day's invitations, sent by someone else
            api.inviteLimits().countAttempt(api.now().date(), m_sandbox->org().id,
                                            QStringLiteral("someone-else"),
                                            QStringLiteral("x%1@example.com").arg(i));
        auto form = inviteForm();
        typeInto(form->ui()->emailEdit, QStringLiteral("one.too.many@example.com"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        const QString summary = m_presenter->lastDialog()->summary();
        QVERIFY2(summary.startsWith(QLatin1String(
                     "You are being rate limited for too many invitations.\nSentry counts "
                     "invitations and resends per UTC day")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("The count starts again at")));
        QCOMPARE(form->ui()->emailEdit->text(), QStringLiteral("one.too.many@example.com"));
        // Not held until the next day: Sentry does not say which limit it was (an address of
        // its own may still go).
        QVERIFY(form->submitButton()->isEnabled());
        QVERIFY(!m_sandbox->memberByEmail(QStringLiteral("one.too.many@example.com")));
    }

    void invite_rolesAboveCallerDisabled()
    {
        QVERIFY(connectAs(QStringLiteral("manager")));
        auto form = inviteForm();
        auto *model = qobject_cast<QStandardItemModel *>(form->ui()->orgRoleCombo->model());
        const int owner = form->ui()->orgRoleCombo->findData(QStringLiteral("owner"));
        QVERIFY(owner >= 0);
        QVERIFY(!model->item(owner)->isEnabled());
        QVERIFY(form->ui()->orgRoleCombo->itemText(owner).contains(
            QLatin1String("your role cannot assign it")));
        const int admin = form->ui()->orgRoleCombo->findData(QStringLiteral("admin"));
        QVERIFY(!model->item(admin)->isEnabled());
        QVERIFY(model->item(form->ui()->orgRoleCombo->findData(QStringLiteral("manager")))
                    ->isEnabled());
    }

    // An internal integration's token invites with the member role only: the others are
    // disabled with Sentry's reason, and an invitation goes out as member.
    void invite_integrationTokenAsMemberOnly()
    {
        QVERIFY(connectAs(QStringLiteral("integration")));
        auto form = inviteForm();
        QComboBox *combo = form->ui()->orgRoleCombo;
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("member"));
        for (const QString &role :
             {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("owner")}) {
            const int index = combo->findData(role);
            QVERIFY(index >= 0);
            QVERIFY(!model->item(index)->isEnabled());
            QVERIFY(combo->itemText(index).contains(QLatin1String("member role only")));
        }
        QVERIFY(combo->accessibleDescription().contains(QLatin1String("member role only")));
        typeInto(form->ui()->emailEdit, QStringLiteral("via.integration@example.com"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->memberByEmail(QStringLiteral("via.integration@example.com"))->role,
                 QStringLiteral("member"));
    }

    // Cancelling an invitation already sent is not an error, but its outcome is unknown: the
    // form says so, leaves Sentry time to finish, then checks and says what it found.
    void invite_cancelIsCheckedAndSendsOnce()
    {
        // A server that answers the connection check and reads, never the invitation.
        const QString me = QStringLiteral(
            "{\"id\":\"1\",\"email\":\"ada@example.com\",\"name\":\"Ada\",\"orgRole\":\"owner\"}");
        int invitations = 0;
        RawHttpServer slow([&](const QByteArray &head) {
            if (head.startsWith("POST")) {
                ++invitations;
                return QByteArray();
            }
            if (head.contains("/teams/") || head.contains("/members/?"))
                return RawHttpServer::response(200, "[]");
            return RawHttpServer::response(200, me.toUtf8());
        });
        QVERIFY(connectToPeer(slow.url()));
        auto *form = openForm<gui::InviteMemberForm>();
        form->setSettleDelay(800);
        typeInto(form->ui()->emailEdit, QStringLiteral("slow@example.com"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return invitations == 1; }));
        const int sentSoFar = slow.requests();
        QVERIFY(form->isBusy());
        QVERIFY(!form->submitButton()->isEnabled());
        QVERIFY(form->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return); // a second Enter sends nothing
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Escape);
        // Sentry may still be at work: the form says so, offers no resend, checks later.
        const auto *status = form->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(waitUntil([&] { return !form->isBusy(); }));
        QVERIFY2(status->text().contains(QLatin1String("Sentry may still make the change")),
                 qPrintable(status->text()));
        QVERIFY(!form->submitButton()->isEnabled());
        QCOMPARE(slow.requests(), sentSoFar);
        QVERIFY(m_presenter->waitForDialog());
        const QString shown = m_presenter->lastDialog()->summary();
        QVERIFY2(shown.startsWith(QLatin1String("Nothing was changed. A check found: Sentry has "
                                                "no member or invitation for slow@example.com.")),
                 qPrintable(shown));
        QCOMPARE(form->ui()->emailEdit->text(), QStringLiteral("slow@example.com"));
        QTest::qWait(duplicateWindow);            // a late second invitation would arrive by now
        QCOMPARE(slow.requests(), sentSoFar + 1); // the check, and no second invitation
        QCOMPARE(invitations, 1);
        QVERIFY(form->submitButton()->isEnabled());
    }

    void scim_success()
    {
        auto *form = openForm<gui::ScimProvisionForm>();
        QCOMPARE(form->ui()->orgRoleCombo->findData(QStringLiteral("owner")), -1);
        typeInto(form->ui()->userNameEdit, QStringLiteral("okta.person@example.com"));
        chooseByKeyboard(form->ui()->orgRoleCombo, QStringLiteral("Billing"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(!m_presenter->last().error);
        QCOMPARE(
            m_presenter->last().summary,
            QStringLiteral("Provisioned okta.person@example.com through SCIM as Billing; the role "
                           "is now managed by your identity provider."));
        QCOMPARE(jsonBody(m_sandbox->lastRequest()).value("sentryOrgRole").toString(),
                 QStringLiteral("billing"));
    }

    void scim_conflictShownInSentrysWords()
    {
        auto *form = openForm<gui::ScimProvisionForm>();
        typeInto(form->ui()->userNameEdit, QStringLiteral("grace.hopper@example.com"));
        QTest::keyClick(form->ui()->userNameEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        QCOMPARE(m_presenter->last().summary,
                 QStringLiteral("User already exists in the database."));
        QCOMPARE(form->ui()->userNameEdit->text(), QStringLiteral("grace.hopper@example.com"));
    }

    void scim_invalidUserName()
    {
        auto *form = openForm<gui::ScimProvisionForm>();
        const qsizetype before = m_sandbox->requestCount();
        typeInto(form->ui()->userNameEdit, QStringLiteral("nobody"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QCOMPARE(form->feedback().messageFor(QStringLiteral("userName")),
                 QStringLiteral("Enter a valid email address."));
        QCOMPARE(m_sandbox->requestCount(), before);
    }
};

QTEST_MAIN(TestInviteForm)
#include "tst_inviteform.moc"
