// SPDX-License-Identifier: MIT
// Operations as data, each run once against the sandbox without any widget: every kind with
// each fault that loses the answer (reset or close after doing it, a proxy's 502 after doing
// it, reset before doing it, silence past the deadline). At most one change request reaches
// the sandbox, and the outcome is what a check of Sentry found, in one message that does not
// contradict itself.
#include "support/operationcases.h"
#include "support/testsupport.h"

#include "api/session.h"
#include "operations/judgement.h"
#include "operations/operationrun.h"
#include "operations/requestpreview.h"

#include "sandbox/faults.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace sm;
using namespace sm::test;
using ops::Operation;
using ops::RunOutcome;
using FaultKind = sandbox::Fault::Kind;
using Ends = RunOutcome::Kind;

Q_DECLARE_METATYPE(FaultKind)
Q_DECLARE_METATYPE(Operation::Kind)
Q_DECLARE_METATYPE(RunOutcome::Kind)

namespace {

QString faultName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::ResetAfter:
        return QStringLiteral("reset-after");
    case FaultKind::CloseAfter:
        return QStringLiteral("close-after");
    case FaultKind::Html502After:
        return QStringLiteral("html-502-after");
    case FaultKind::ResetBefore:
        return QStringLiteral("reset-before");
    default:
        return QStringLiteral("other");
    }
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SentryClient> m_client;
    QList<ops::OutcomeRecord> m_records;
    QList<Exchange> m_exchanges;
    QList<sandbox::Request> m_received; // every request the sandbox saw, answered or not

    const sandbox::MemberRecord &
    memberWhere(const std::function<bool(const sandbox::MemberRecord &)> &test)
    {
        const sandbox::MemberRecord *found = firstMember(m_sandbox->org(), test);
        if (!found)
            QTest::qFail("the demo organization has no such member", __FILE__, __LINE__);
        static const sandbox::MemberRecord none;
        return found ? *found : none;
    }
    Prepared prepare(Operation::Kind kind) { return operationCase(m_sandbox->org(), kind); }

    // Starts `run` (or verifies) and waits for its one outcome.
    RunOutcome await(ops::OperationRun *run, bool verify = false)
    {
        std::optional<RunOutcome> outcome;
        int count = 0;
        QObject::connect(run, &ops::OperationRun::finished, this, [&](const RunOutcome &o) {
            outcome = o;
            ++count;
        });
        QObject::connect(run, &ops::OperationRun::recorded, this,
                         [this](const ops::OutcomeRecord &r) { m_records.append(r); });
        verify ? run->verify() : run->start();
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, patience)) {
            QTest::qFail("the run did not finish", __FILE__, __LINE__);
            return {};
        }
        QTest::qWait(duplicateWindow);
        if (count != 1)
            QTest::qFail("the run finished more than once", __FILE__, __LINE__);
        return *outcome;
    }
    RunOutcome run(const Operation &operation)
    {
        return await(new ops::OperationRun(m_client.get(), operation));
    }
    int received(const QByteArray &method, const QString &pathSuffix = {}) const
    {
        int count = 0;
        for (const sandbox::Request &r : m_received)
            count += r.method == method && r.path.endsWith(pathSuffix);
        return count;
    }
    void inject(const QByteArray &method, const QString &path, FaultKind kind, int param = 0)
    {
        m_sandbox->server().addFault({method, path, kind, param, 1});
    }

private slots:
    // A change answered with no content (an older server's reinvite) leaves the member as
    // it was, not an empty member beside it.
    void noContentAnswerKeepsTheStateBefore()
    {
        ops::TargetState before;
        before.known = true;
        Member invited;
        invited.id = QStringLiteral("42");
        invited.email = QStringLiteral("ada@example.com");
        before.members = {invited};
        const Operation resend(ResendInvite{QStringLiteral("42"), false});
        const ops::TargetState after = ops::stateAfter(resend, before, QJsonObject());
        QCOMPARE(after.members.size(), 1);
        QCOMPARE(after.members.constFirst().email, QStringLiteral("ada@example.com"));
    }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>(40);
        m_client = m_sandbox->client(QStringLiteral("owner"));
        m_records.clear();
        m_exchanges.clear();
        m_received.clear();
        m_sandbox->server().setExchangeObserver(
            [this](const sandbox::Request &request, const sandbox::Response &) {
                m_received.append(request);
            });
        connect(m_client.get(), &SentryClient::exchangeFinished, this,
                [this](const Exchange &e) { m_exchanges.append(e); });
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void json_everyKindRoundTrips_data()
    {
        QTest::addColumn<Operation::Kind>("kind");
        for (int k = 0; k <= int(Operation::Kind::LinkDelete); ++k)
            QTest::newRow(qPrintable(ops::kindName(Operation::Kind(k)))) << Operation::Kind(k);
    }
    void json_everyKindRoundTrips()
    {
        QFETCH(Operation::Kind, kind);
        const Operation operation = prepare(kind).operation;
        const QJsonObject json = operation.toJson();
        QCOMPARE(json.value(QLatin1String("kind")).toString(), ops::kindName(kind));
        QString error;
        const auto back = Operation::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->kind(), kind);
        QCOMPARE(back->toJson(), json);
        // The same request either way: a journal's row sends what the form would have.
        QCOMPARE(back->request().path, operation.request().path);
        QCOMPARE(back->request().body, operation.request().body);
    }

    void json_unknownKindAndBadTeamsAreRefused()
    {
        QString error;
        QVERIFY(!Operation::fromJson({{"kind", "promote"}}, &error));
        QVERIFY2(error.contains(QLatin1String("promote")), qPrintable(error));
        QVERIFY(!Operation::fromJson({{"kind", "invite"}, {"teamRoles", "backend"}}, &error));
        // Ids written as numbers are read as Sentry's string ids.
        const auto remove = Operation::fromJson({{"kind", "remove-member"}, {"memberId", 42}});
        QVERIFY(remove);
        QCOMPARE(remove->memberId(), QStringLiteral("42"));
    }

    void invalidInput_isRefusedWithoutSending()
    {
        const RunOutcome outcome = run(Operation(
            InviteMember{QStringLiteral("not-an-email"), QStringLiteral("member"), {}, true}));
        QCOMPARE(outcome.kind, Ends::Refused);
        QVERIFY(!outcome.sent);
        QVERIFY(outcome.error.fieldErrors.contains(QStringLiteral("email")));
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    void done_saysWhatChangedAndRecordsBeforeAndAfter()
    {
        const Prepared p = prepare(Operation::Kind::UpdateRoles);
        const RunOutcome outcome = run(p.operation);
        QCOMPARE(outcome.kind, Ends::Done);
        QVERIFY2(outcome.message.contains(QLatin1String("Manager")), qPrintable(outcome.message));
        QCOMPARE(outcome.before.members.size(), 1);
        QCOMPARE(outcome.before.members.first().orgRole, QStringLiteral("member"));
        QCOMPARE(outcome.after.members.first().orgRole, QStringLiteral("manager"));
        QCOMPARE(received(p.method), 1);

        QCOMPARE(m_records.size(), 1);
        const QJsonObject record = m_records.first().toJson();
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("done"));
        QCOMPARE(record.value("operation").toObject().value("kind").toString(),
                 QStringLiteral("update-roles"));
        QCOMPARE(record.value("organization").toString(), QStringLiteral("demo"));
        const QJsonObject request = record.value("request").toObject();
        QCOMPARE(request.value("method").toString(), QStringLiteral("PUT"));
        QCOMPARE(request.value("status").toInt(), 200);
        const QByteArray text = QJsonDocument(record).toJson();
        QVERIFY(!text.contains(m_sandbox->token(QStringLiteral("owner")).toUtf8()));
        // Every exchange of the run, its reads included, carries the run's id.
        QVERIFY(m_exchanges.size() >= 2);
        for (const Exchange &e : std::as_const(m_exchanges))
            QCOMPARE(e.runId, outcome.runId);
    }

    void lostAnswer_checkSaysWhatSentryHas_data()
    {
        QTest::addColumn<Operation::Kind>("kind");
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<Ends>("expected");
        const QList<QPair<FaultKind, Ends>> faults{
            {FaultKind::ResetAfter, Ends::MadeAfterAll},
            {FaultKind::CloseAfter, Ends::MadeAfterAll},
            {FaultKind::Html502After, Ends::MadeAfterAll},
            {FaultKind::ResetBefore, Ends::NotMade},
        };
        for (int k = 0; k <= int(Operation::Kind::LinkDelete); ++k) {
            for (const auto &[fault, expected] : faults) {
                const QString name =
                    ops::kindName(Operation::Kind(k)) + QLatin1Char(' ') + faultName(fault);
                QTest::newRow(qPrintable(name)) << Operation::Kind(k) << fault << expected;
            }
        }
    }
    void lostAnswer_checkSaysWhatSentryHas()
    {
        QFETCH(Operation::Kind, kind);
        QFETCH(FaultKind, fault);
        QFETCH(Ends, expected);
        const Prepared p = prepare(kind);
        inject(p.method, p.path, fault);
        const RunOutcome outcome = run(p.operation);
        QVERIFY2(outcome.kind == expected, qPrintable(ops::outcomeName(outcome.kind) +
                                                      QLatin1String(": ") + outcome.message));
        QCOMPARE(received(p.method, p.path), 1);
        // One finding, one message: never the lost error's "may or may not" beside it.
        QVERIFY2(!outcome.message.contains(QLatin1String("may or may not")),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("A check found:")),
                 qPrintable(outcome.message));
        if (expected == Ends::NotMade) {
            QVERIFY(outcome.maySendAgain);
            QVERIFY2(outcome.message.startsWith(QLatin1String("Nothing was changed.")),
                     qPrintable(outcome.message));
        } else {
            QVERIFY(!outcome.maySendAgain);
            QVERIFY2(outcome.message.startsWith(QLatin1String("The change was made.")),
                     qPrintable(outcome.message));
        }
    }

    void lostAnswer_silencePastTheDeadline_isCheckedToo()
    {
        ConnectionSettings settings = m_client->connection();
        settings.transferTimeout = std::chrono::seconds(1);
        m_client->setConnection(settings);
        const Prepared p = prepare(Operation::Kind::Invite);
        inject(p.method, p.path, FaultKind::Hang);
        const RunOutcome outcome = run(p.operation);
        QCOMPARE(outcome.kind, Ends::NotMade);
        QVERIFY2(outcome.message.contains(QLatin1String("did not answer within 1 seconds.")),
                 qPrintable(outcome.message));
        QCOMPARE(received("POST"), 1);
    }

    void lostAnswer_failedCheck_isUnknownNeverNothingChanged()
    {
        const Prepared p = prepare(Operation::Kind::Invite);
        auto *run = new ops::OperationRun(m_client.get(), p.operation);
        ops::TargetState before;
        before.known = true; // known already: the only read is the check
        run->setBefore(before);
        inject("POST", QStringLiteral("members/"), FaultKind::ResetAfter);
        inject("GET", QStringLiteral("members/"), FaultKind::Html500);
        const RunOutcome outcome = await(run);
        QCOMPARE(outcome.kind, Ends::Unknown);
        QVERIFY(!outcome.maySendAgain);
        QVERIFY2(!outcome.message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("look in Sentry")),
                 qPrintable(outcome.message));
        QCOMPARE(received("POST"), 1);
    }

    void lostAnswer_alreadyInvitedAddress_isNotMade()
    {
        const auto &pending = memberWhere([](const sandbox::MemberRecord &m) {
            return m.isPending() && m.isApproved() && unflagged(m);
        });
        inject("POST", QStringLiteral("members/"), FaultKind::ResetAfter);
        const RunOutcome outcome =
            run(Operation(InviteMember{pending.email, QStringLiteral("admin"), {}, true}));
        // Sentry refused it ("already invited") and the answer was lost: the invitation the
        // check finds is the old one, so nothing was made.
        QVERIFY2(outcome.kind == Ends::NotMade, qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("It was so before this request.")),
                 qPrintable(outcome.message));
        QCOMPARE(received("POST"), 1);
    }

    void cancelWhileSentryWorks_isUnknownUntilAVerification()
    {
        const Prepared p = prepare(Operation::Kind::RemoveMember);
        inject(p.method, p.path, FaultKind::SlowApply, 1500);
        auto *run = new ops::OperationRun(m_client.get(), p.operation);
        QObject::connect(run, &ops::OperationRun::stageChanged, run,
                         [run](ops::OperationRun::Stage stage) {
                             if (stage == ops::OperationRun::Stage::Sending)
                                 QTimer::singleShot(300, run, &ops::OperationRun::cancel);
                         });
        const int readsBefore = received("GET");
        const RunOutcome outcome = await(run);
        QCOMPARE(outcome.kind, Ends::Unknown);
        QVERIFY(outcome.settling);
        QVERIFY(!outcome.maySendAgain);
        QVERIFY2(!outcome.message.contains(QLatin1String("Nothing was")),
                 qPrintable(outcome.message));
        // No check at once: it could find nothing yet and invite a second send.
        QCOMPARE(received("GET"), readsBefore + 1); // the read before sending only

        // Sentry finishes its work; a check afterwards tells.
        QVERIFY(QTest::qWaitFor([&] { return received(p.method, p.path) == 1; }, patience));
        QTest::qWait(1500);
        auto *verify = new ops::OperationRun(m_client.get(), p.operation);
        verify->setBefore(outcome.before);
        const RunOutcome later = await(verify, true);
        QVERIFY2(later.kind == Ends::MadeAfterAll, qPrintable(later.message));
        QCOMPARE(received(p.method, p.path), 1);
    }

    void refusedRoleChange_isPartlyMadeWithTheTeams()
    {
        // Sentry saves the teams, then refuses a change to one's own role (400).
        const sandbox::MemberRecord *me = m_sandbox->memberOfToken(QStringLiteral("owner"));
        QVERIFY(me);
        const QString slug = m_sandbox->org().teams.constLast().slug;
        QList<TeamRoleAssignment> teams;
        for (const sandbox::TeamMembership &t : me->teams)
            teams.append({t.teamSlug, {}});
        QVERIFY(!std::any_of(teams.cbegin(), teams.cend(),
                             [&](const auto &t) { return t.teamSlug == slug; }));
        teams.append({slug, {}});
        const RunOutcome outcome = run(
            Operation(UpdateMemberRoles{QString::number(me->id), QStringLiteral("member"), teams}));
        QVERIFY2(outcome.kind == Ends::PartlyMade, qPrintable(outcome.message));
        QVERIFY2(
            outcome.message.contains(QLatin1String("You cannot make changes to your own role.")),
            qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(slug), qPrintable(outcome.message));
        QCOMPARE(outcome.error.httpStatus, 400);
        QCOMPARE(received("PUT"), 1);
    }

    // A run on a session records who acted with what kind of token, never the token.
    void record_namesWhoActs_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("kind");
        QTest::newRow("user") << QStringLiteral("manager") << QStringLiteral("user");
        QTest::newRow("integration")
            << QStringLiteral("integration") << QStringLiteral("integration");
    }
    void record_namesWhoActs()
    {
        QFETCH(QString, token);
        QFETCH(QString, kind);
        Session session;
        session.connectTo(m_sandbox->connectionAs(token));
        QVERIFY(QTest::qWaitFor([&] { return session.state() == Session::State::Connected; },
                                patience));
        const Prepared p = prepare(Operation::Kind::Invite);
        const RunOutcome outcome = await(ops::OperationRun::forSession(&session, p.operation));
        QVERIFY2(outcome.kind == Ends::Done, qPrintable(outcome.message));
        QCOMPARE(m_records.size(), 1);
        const QJsonObject record = m_records.first().toJson();
        QCOMPARE(record.value("tokenKind").toString(), kind);
        const sandbox::MemberRecord *me = m_sandbox->memberOfToken(token);
        const QString acting = record.value("actingUser").toString();
        if (me)
            QCOMPARE(acting, m_sandbox->org().user(*me->userId)->email);
        else
            QCOMPARE(acting, QStringLiteral("integration"));
        QVERIFY(!QJsonDocument(record).toJson().contains(m_sandbox->token(token).toUtf8()));
    }

    void refused_keepsSentrysWordsAndMaySendAgain()
    {
        const auto &joined = plainMember(m_sandbox->org(), 0);
        const RunOutcome outcome =
            run(Operation(InviteMember{joined.email, QStringLiteral("member"), {}, true}));
        QCOMPARE(outcome.kind, Ends::Refused);
        QVERIFY(outcome.maySendAgain);
        QVERIFY(outcome.error.fieldErrors.value(QStringLiteral("email"))
                    .join(' ')
                    .contains(QLatin1String("already a member")));
    }

    void curl_theCopiedCommandMakesTheSameChange()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed (the README's test command installs it)");
        const Operation operation(InviteMember{
            QStringLiteral("curl.user@example.com"), QStringLiteral("manager"), {}, true});
        const QString command = ops::previewRequest(m_client->connection(), operation).curl();
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SENTRY_AUTH_TOKEN"), m_sandbox->token(QStringLiteral("owner")));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1"));
        shell.setProcessEnvironment(env);
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     command + QStringLiteral(" -sS -o /dev/null -w '%{http_code}'")});
        QVERIFY(QTest::qWaitFor([&] { return shell.state() == QProcess::NotRunning; }, patience));
        QCOMPARE(shell.readAllStandardOutput(), QByteArray("201"));
        const sandbox::MemberRecord *invited =
            m_sandbox->memberByEmail(QStringLiteral("curl.user@example.com"));
        QVERIFY(invited);
        QCOMPARE(invited->role, QStringLiteral("manager"));
        QCOMPARE(received("POST"), 1);
    }

    void preview_isExactlyWhatTheRunSends()
    {
        const Prepared p = prepare(Operation::Kind::UpdateRoles);
        const ops::RequestPreview preview =
            ops::previewRequest(m_client->connection(), p.operation);
        QVERIFY(!preview.text().contains(m_sandbox->token(QStringLiteral("owner"))));
        QVERIFY(
            preview.curl().contains(QLatin1String("\"Authorization: Bearer $SENTRY_AUTH_TOKEN\"")));
        const RunOutcome outcome = run(p.operation);
        QCOMPARE(outcome.kind, Ends::Done);
        const sandbox::Request *sent = nullptr;
        for (const sandbox::Request &r : std::as_const(m_received)) {
            if (r.method == p.method)
                sent = &r;
        }
        QVERIFY(sent);
        QCOMPARE(preview.method, sent->method);
        QCOMPARE(preview.url.path(), sent->path);
        QCOMPARE(preview.body, sent->body);
        for (const auto &[name, value] : preview.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                QCOMPARE(sent->header(name),
                         "Bearer " + m_sandbox->token(QStringLiteral("owner")).toUtf8());
            else
                QCOMPARE(sent->header(name), value);
        }
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
