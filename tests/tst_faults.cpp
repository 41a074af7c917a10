// SPDX-License-Identifier: MIT
// The client against a misbehaving server: a change reaches the server at most once, a lost
// answer to a change is an unknown outcome (a lost answer to a read is not), redirects of
// changes are refused, slow and huge answers end within bounds, and 429 says when to retry.
#include "support/rawhttpserver.h"
#include "support/testsupport.h"

#include <QTimer>

using namespace sm;
using namespace sm::test;
using Kind = ApiError::Kind;

namespace {

InviteMember someInvite()
{
    InviteMember invite;
    invite.email = QStringLiteral("new.person@example.com");
    return invite;
}

const QByteArray memberJson =
    R"({"id":"7","email":"new.person@example.com","orgRole":"member","pending":true})";

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    // The server takes the invitation and drops the connection without answering. Qt's
    // HTTP/1.1 channel would send it again on a new connection; it must reach the server once.
    void changeThenDroppedConnection_sentOnceOutcomeUnknown_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("orderly close") << false;
        QTest::newRow("reset") << true;
    }
    void changeThenDroppedConnection_sentOnceOutcomeUnknown()
    {
        QFETCH(bool, reset);
        int changes = 0;
        RawHttpServer server([&](const QByteArray &head) {
            if (head.startsWith("GET"))
                return RawHttpServer::response(200, "[]");
            ++changes;
            return reset ? RawHttpServer::reset() : RawHttpServer::close();
        });
        auto client = peerClient(server.url());
        const MemberResult invited = await<MemberResult>(client->inviteMember(someInvite()));
        UpdateMemberRoles update;
        update.memberId = QStringLiteral("7");
        update.orgRole = QStringLiteral("manager");
        const MemberResult updated = await<MemberResult>(client->updateMemberRoles(update));
        ProvisionScimUser scim{QStringLiteral("scim@example.com"), QString()};
        const ScimUserResult provisioned = await<ScimUserResult>(client->provisionScimUser(scim));
        QTest::qWait(duplicateWindow); // a resent change would arrive by now
        QCOMPARE(changes, 3);          // one POST, one PUT, one SCIM POST: each once
        for (const Outcome *outcome :
             std::initializer_list<const Outcome *>{&invited, &updated, &provisioned}) {
            QVERIFY(!outcome->ok());
            QVERIFY(outcome->error.outcomeUnknown);
            QVERIFY2(outcome->error.message.contains(
                         QLatin1String("The change may or may not have been made.")),
                     qPrintable(outcome->error.message));
        }
    }

    void readThenDroppedConnection_saysNothingChanged()
    {
        RawHttpServer server([](const QByteArray &) { return RawHttpServer::close(); });
        auto client = peerClient(server.url());
        const TeamListResult teams = await<TeamListResult>(client->listTeams());
        QVERIFY(!teams.ok());
        QVERIFY(!teams.error.outcomeUnknown);
        QVERIFY2(!teams.error.message.contains(QLatin1String("may or may not")),
                 qPrintable(teams.error.message));
    }

    void silenceAfterAChange_timesOutOnceOutcomeUnknown()
    {
        int posts = 0;
        RawHttpServer silent([&](const QByteArray &head) {
            posts += head.startsWith("POST") ? 1 : 0;
            return QByteArray();
        });
        auto client = peerClient(silent.url(), [](ConnectionSettings &s) {
            s.transferTimeout = std::chrono::milliseconds(400);
        });
        const MemberResult result = await<MemberResult>(client->inviteMember(someInvite()));
        QTest::qWait(duplicateWindow);
        QCOMPARE(posts, 1);
        QCOMPARE(result.error.kind, Kind::Timeout);
        QVERIFY(result.error.outcomeUnknown);
    }

    // One byte at a time keeps the silence timeout from firing; the deadline ends it.
    void drippingAnswer_endsAtTheDeadline()
    {
        RawHttpServer drip([](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 100000\r\n\r\n[");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            timer->start(50);
        });
        auto client = peerClient(drip.url(), [](ConnectionSettings &s) {
            s.transferTimeout = std::chrono::seconds(5);
            s.deadline = std::chrono::milliseconds(1500);
        });
        QElapsedTimer clock;
        clock.start();
        const TeamListResult result = await<TeamListResult>(client->listTeams());
        QCOMPARE(result.error.kind, Kind::Timeout);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void hugeAnswer_isNotRead_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length says so") << true;
        QTest::newRow("streamed without a length") << false;
    }
    void hugeAnswer_isNotRead()
    {
        QFETCH(bool, announced);
        RawHttpServer huge([announced](QTcpSocket *socket, const QByteArray &) {
            socket->write(announced ? "HTTP/1.1 200 OK\r\nContent-Length: 209715200\r\n\r\n["
                                    : "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n[");
            // Keep writing while the client reads; it must stop well before 200 MB.
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] {
                if (socket->bytesToWrite() < (1 << 20))
                    socket->write(QByteArray(256 * 1024, ' '));
            });
            timer->start(1);
        });
        auto client = peerClient(
            huge.url(), [](ConnectionSettings &s) { s.maxResponseBytes = 2 * 1024 * 1024; });
        const TeamListResult result = await<TeamListResult>(client->listTeams());
        QCOMPARE(result.error.kind, Kind::Server);
        QVERIFY2(result.error.message.contains(QLatin1String("larger than")),
                 qPrintable(result.error.message));
        QVERIFY(result.rawBody.size() <= 4 * 1024 * 1024);
    }

    // Qt follows a 302 of a POST as a GET and would report the GET's answer as the change's.
    void redirectedChange_isAnErrorAndNotFollowed()
    {
        RawHttpServer server([](const QByteArray &head) {
            if (head.startsWith("POST"))
                return RawHttpServer::response(302, {},
                                               {"Location: /api/0/organizations/demo/members/7/"});
            return RawHttpServer::response(200, memberJson);
        });
        auto client = peerClient(server.url());
        const MemberResult result = await<MemberResult>(client->inviteMember(someInvite()));
        QVERIFY(!result.ok());
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY2(
            result.error.message.contains(QLatin1String("nothing was changed by the redirect")),
            qPrintable(result.error.message));
        QCOMPARE(server.requests(), 1);
    }

    void redirectLoop_saysSoInWords()
    {
        RawHttpServer loop([](const QByteArray &) {
            return RawHttpServer::response(302, {}, {"Location: /api/0/organizations/demo/teams/"});
        });
        auto client = peerClient(loop.url());
        const TeamListResult result = await<TeamListResult>(client->listTeams());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains(QLatin1String("again and again")),
                 qPrintable(result.error.message));
        QVERIFY(!result.error.message.contains(QLatin1String("HTTP")));
    }

    void gatewayErrorOnAChange_isAnUnknownOutcome()
    {
        RawHttpServer proxy([](const QByteArray &) {
            return RawHttpServer::response(502, "<html><body>502 Bad Gateway</body></html>", {},
                                           "text/html");
        });
        auto client = peerClient(proxy.url());
        const MemberResult result = await<MemberResult>(client->inviteMember(someInvite()));
        QVERIFY(result.error.outcomeUnknown);
        QCOMPARE(proxy.requests(), 1);
    }

    void rateLimited_saysWhenAndIsNotResent()
    {
        RawHttpServer limited([](const QByteArray &) {
            return RawHttpServer::response(
                429, R"({"detail":"You are being rate limited for too many invitations."})",
                {"Retry-After: 30"});
        });
        auto client = peerClient(limited.url());
        const MemberResult result = await<MemberResult>(client->inviteMember(someInvite()));
        QCOMPARE(result.error.kind, Kind::RateLimited);
        QVERIFY(result.error.retryAt.isValid());
        QVERIFY(result.error.message.contains(QLatin1String("Try again after")));
        QTest::qWait(duplicateWindow);
        QCOMPARE(limited.requests(), 1);
    }

    void cancelledChange_isAnUnknownOutcome()
    {
        RawHttpServer silent([](const QByteArray &) { return QByteArray(); });
        auto client = peerClient(silent.url());
        MemberJob *job = client->inviteMember(someInvite());
        QTRY_COMPARE(silent.requests(), 1);
        job->cancel();
        const MemberResult result = await<MemberResult>(job);
        QVERIFY(result.error.isCancelled());
        QVERIFY(result.error.outcomeUnknown);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
