// SPDX-License-Identifier: MIT
// When the answer to a change is lost (the sandbox drops the connection before or after
// doing it), every form says so, checks with a read what Sentry has, and reports what it
// found: the change was made, or nothing was changed and it may be sent again. Each change
// reaches the sandbox once; the form keeps its input when nothing was changed.
#include "support/guitest.h"
#include "support/rawhttpserver.h"

#include "sandbox/faults.h"

#include "gui/editmemberrolesform.h"
#include "gui/externaluserform.h"
#include "gui/invitememberform.h"
#include "gui/scimprovisionform.h"
#include "ui_editmemberrolesform.h"
#include "ui_externaluserform.h"
#include "ui_invitememberform.h"
#include "ui_scimprovisionform.h"

using namespace sm;
using namespace sm::test;
using Kind = sandbox::Fault::Kind;

class TestLostAnswers : public GuiTest
{
    Q_OBJECT

    QMap<QByteArray, int> m_received; // requests the sandbox saw, by method

    // The next `method` to `path` meets `kind`, once.
    void inject(const char *method, const char *path, Kind kind)
    {
        m_sandbox->server().addFault({method, QString::fromLatin1(path), kind, 0, 1});
    }
    void expectMade(int changes, const char *method = "POST")
    {
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QVERIFY2(m_presenter->last().summary.startsWith(QLatin1String("The change was made.")),
                 qPrintable(m_presenter->last().summary));
        QTest::qWait(duplicateWindow);
        QCOMPARE(m_received.value(method), changes);
    }
    void expectNotMade(int changes, const char *method = "POST")
    {
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(m_presenter->last().error, qPrintable(m_presenter->last().summary));
        const QString shown = m_presenter->lastDialog()->summary();
        QVERIFY2(shown.startsWith(QLatin1String("Nothing was changed.")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("You can send it again.")), qPrintable(shown));
        QTest::qWait(duplicateWindow);
        QCOMPARE(m_received.value(method), changes);
    }

private slots:
    void init()
    {
        GuiTest::init();
        m_received.clear();
        m_sandbox->server().setExchangeObserver(
            [this](const sandbox::Request &request, const sandbox::Response &) {
                ++m_received[request.method];
            });
        QVERIFY(connectAs(QStringLiteral("owner")));
    }
    void invite_appliedThenDropped_checkFindsItMade()
    {
        inject("POST", "members/", Kind::ResetAfter);
        auto *form = openForm<gui::InviteMemberForm>();
        typeInto(form->ui()->emailEdit, QStringLiteral("lost.answer@example.com"));
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        expectMade(1);
        QVERIFY(m_presenter->last().summary.contains(
            QLatin1String("lost.answer@example.com is invited as Member.")));
        QVERIFY(m_sandbox->memberByEmail(QStringLiteral("lost.answer@example.com")));
        QVERIFY(form->ui()->emailEdit->text().isEmpty()); // done: ready for the next one
    }

    void invite_droppedBeforeDoing_checkFindsNothingAndKeepsInput()
    {
        inject("POST", "members/", Kind::ResetBefore);
        auto *form = openForm<gui::InviteMemberForm>();
        typeInto(form->ui()->emailEdit, QStringLiteral("not.yet@example.com"));
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        expectNotMade(1);
        QVERIFY(!m_sandbox->memberByEmail(QStringLiteral("not.yet@example.com")));
        QCOMPARE(form->ui()->emailEdit->text(), QStringLiteral("not.yet@example.com"));
        // Sending it again now works, once.
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog(2));
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_received.value("POST"), 2);
    }

    void invite_proxy502AfterDoing_checkFindsItMade()
    {
        inject("POST", "members/", Kind::Html502After);
        auto *form = openForm<gui::InviteMemberForm>();
        typeInto(form->ui()->emailEdit, QStringLiteral("behind.proxy@example.com"));
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        expectMade(1);
    }

    void editRoles_appliedThenDropped_checkFindsItMade()
    {
        auto *form = openForm<gui::EditMemberRolesForm>();
        const sandbox::MemberRecord *target = nullptr;
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.role == QLatin1String("member") && !m.isPending() && m.id > 20 &&
                m.teams.isEmpty() == false)
                target = &m;
        }
        QVERIFY(target);
        const qint64 id = target->id;
        typeInto(form->ui()->memberEdit, QString::number(id));
        QTest::keyClick(form->ui()->memberEdit, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return form->member().has_value(); }));
        inject("PUT", QStringLiteral("members/%1/").arg(id).toLatin1().constData(),
               Kind::CloseAfter);
        chooseByKeyboard(form->ui()->orgRoleCombo, QStringLiteral("Billing"));
        // Billing cannot have teams: untick them all, as Sentry requires.
        for (const QString &slug : [&] {
                 QStringList slugs;
                 for (const auto &t : m_sandbox->org().member(id)->teams)
                     slugs.append(t.teamSlug);
                 return slugs;
             }())
            toggleTeam(form->ui()->teamPicker, slug);
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        expectMade(1, "PUT");
        QCOMPARE(m_sandbox->org().member(id)->role, QStringLiteral("billing"));
        QVERIFY(m_presenter->last().summary.contains(QLatin1String("is Billing and on no team.")));
    }

    void scim_droppedBeforeDoing_checkFindsNothing()
    {
        inject("POST", "scim/v2/Users", Kind::ResetBefore);
        auto *form = openForm<gui::ScimProvisionForm>();
        typeInto(form->ui()->userNameEdit, QStringLiteral("scim.lost@example.com"));
        QTest::keyClick(form->ui()->userNameEdit, Qt::Key_Return);
        expectNotMade(1);
        QVERIFY(m_presenter->lastDialog()->summary().contains(
            QLatin1String("scim.lost@example.com is not among the SCIM users.")));
    }

    void externalLink_truncatedAnswer_checkFindsItMade()
    {
        inject("POST", "external-users/", Kind::Truncated);
        auto *form = openForm<gui::ExternalUserForm>();
        form->ui()->userCombo->setCurrentIndex(
            form->ui()->userCombo->findData(QStringLiteral("1000")));
        typeInto(form->ui()->externalNameEdit, QStringLiteral("@ada-lost"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        expectMade(1);
        QVERIFY(m_presenter->last().summary.contains(QLatin1String("GitHub account @ada-lost")));
    }

    // A 5 MB error detail: read, shown cut, the window answering all along. The answer
    // comes from another peer, prepared beforehand, so only the app's own work is measured.
    void hugeDetail_isShownCutWithoutFreezing()
    {
        const QByteArray answer = RawHttpServer::response(
            400, "{\"detail\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}");
        const QByteArray me = R"({"id":"1","email":"ada@example.com","orgRole":"owner"})";
        RawHttpServer server([&](const QByteArray &head) {
            if (head.startsWith("POST"))
                return answer;
            return RawHttpServer::response(200, head.contains("/teams/") ? "[]" : me);
        });
        QVERIFY(connectToPeer(server.url()));
        auto *form = openForm<gui::InviteMemberForm>();
        typeInto(form->ui()->emailEdit, QStringLiteral("big.detail@example.com"));
        StallMeter meter;
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog());
        QTest::qWait(200); // the dialog lays out and paints
        QVERIFY2(meter.worstMs() <= StallMeter::limit(),
                 qPrintable(QStringLiteral("the window worked for %1 ms without a break (%2 ms "
                                           "on the clock)")
                                .arg(meter.worstMs())
                                .arg(meter.worstWallMs())));
        QVERIFY(m_presenter->lastDialog()->summary().size() < 2000);
        QVERIFY(m_presenter->lastDialog()->details().size() < 80 * 1024);
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().size() < 1000);
        QCOMPARE(form->ui()->emailEdit->text(), QStringLiteral("big.detail@example.com"));
    }

    // Rate limited: Sentry's words and when to try again; the button waits until then, and
    // nothing is sent again on its own.
    void rateLimited_submitWaitsUntilSentrySaysSo()
    {
        m_sandbox->server().addFault({"POST", QStringLiteral("members/"), Kind::RateLimited, 2, 1});
        auto *form = openForm<gui::InviteMemberForm>();
        typeInto(form->ui()->emailEdit, QStringLiteral("limited@example.com"));
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        QVERIFY2(m_presenter->lastDialog()->summary().contains(QLatin1String("Try again after")),
                 qPrintable(m_presenter->lastDialog()->summary()));
        QVERIFY(!form->submitButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(form->submitButton()->isEnabled(), 5000);
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("You can try again now."));
        QCOMPARE(m_received.value("POST"), 1);
    }

    // Every kind of fault the sandbox injects, met by the invite form: a dialog says what
    // happened, a change that was made is never called not made, the input stays when
    // nothing was made, the window never works long without a break, one POST at most.
    void invite_everyFaultKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("param");
        for (const QString &name : sandbox::faultKindNames()) {
            QString error;
            const auto fault = sandbox::parseFault(QStringLiteral("POST members/=") + name, &error);
            QVERIFY2(fault, qPrintable(error));
            // Short enough for a test, long enough to pass the client's timeouts.
            const int param = fault->kind == Kind::Delay  ? 3000
                              : fault->kind == Kind::Drip ? 50
                                                          : 0;
            QTest::newRow(qPrintable(name)) << int(fault->kind) << param;
        }
    }
    void invite_everyFaultKind()
    {
        QFETCH(int, kind);
        QFETCH(int, param);
        ConnectionSettings settings = m_sandbox->connectionAs(QStringLiteral("owner"));
        settings.transferTimeout = std::chrono::milliseconds(1500);
        settings.deadline = std::chrono::seconds(4);
        QVERIFY(connectTo(settings));
        m_sandbox->server().addFault({"POST", QStringLiteral("members/"), Kind(kind), param, 1});
        auto *form = openForm<gui::InviteMemberForm>();
        const QString email = QStringLiteral("fault.%1@example.com").arg(kind);
        typeInto(form->ui()->emailEdit, email);
        StallMeter meter;
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog());
        QTest::qWait(duplicateWindow);
        // The in-process sandbox builds huge answers on this same thread: those two kinds are
        // timed where the answer comes from another process (hugeDetail_… above,
        // tst_transports).
        if (Kind(kind) != Kind::HugeBody && Kind(kind) != Kind::HugeDetail) {
            QVERIFY2(meter.worstMs() <= StallMeter::limit(),
                     qPrintable(QStringLiteral("the window worked %1 ms without a break")
                                    .arg(meter.worstMs())));
        }
        QVERIFY(m_received.value("POST") <= 1);
        const bool made = m_sandbox->memberByEmail(email) != nullptr;
        const QString shown = m_presenter->lastDialog()->summary();
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.size() < 2000, qPrintable(shown.left(200)));
        if (made)
            QVERIFY2(!shown.startsWith(QLatin1String("Nothing was changed.")), qPrintable(shown));
        else
            QCOMPARE(form->ui()->emailEdit->text(), email);
        if (!m_presenter->last().error)
            QVERIFY(made);
    }

    // A lost answer whose check fails too: the form says it cannot tell, never that nothing
    // changed; sending it again then meets Sentry's own "already invited".
    void failedCheck_thenSendingAgain_showsSentrysWords()
    {
        inject("POST", "members/", Kind::ResetAfter);
        // The check's read fails: the fault is set once the invitation is in.
        bool checkBroken = false;
        m_sandbox->server().setExchangeObserver(
            [this, &checkBroken](const sandbox::Request &request, const sandbox::Response &) {
                ++m_received[request.method];
                if (request.method == "POST" && !checkBroken) {
                    checkBroken = true;
                    // A 500, not a reset: a reset read on a reused connection is sent again.
                    inject("GET", "members/", Kind::Html500);
                }
            });
        auto *form = openForm<gui::InviteMemberForm>();
        typeInto(form->ui()->emailEdit, QStringLiteral("twice@example.com"));
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(m_presenter->last().error, qPrintable(m_presenter->last().summary));
        const QString shown = m_presenter->lastDialog()->summary();
        QVERIFY2(shown.contains(QLatin1String("look in Sentry before sending it again.")),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("Nothing was changed")), qPrintable(shown));
        QCOMPARE(form->ui()->emailEdit->text(), QStringLiteral("twice@example.com"));
        m_presenter->closeAll();
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog(2));
        QVERIFY(m_presenter->last().error);
        QVERIFY2(form->feedback()
                     .messageFor(QStringLiteral("email"))
                     .contains(QLatin1String("already been invited")),
                 qPrintable(m_presenter->lastDialog()->summary()));
        QCOMPARE(m_received.value("POST"), 2);
    }
};

QTEST_MAIN(TestLostAnswers)
#include "tst_lostanswers.moc"
