// SPDX-License-Identifier: MIT
// The client against answers a good server never sends: redirects to other hosts, silence,
// malformed and hostile bodies, endless pagination, rate limiting.
#include "support/rawhttpserver.h"
#include "support/testsupport.h"

using namespace sm;
using namespace sm::test;
using Kind = ApiError::Kind;

class TestClientSafety : public QObject
{
    Q_OBJECT

    static std::unique_ptr<SentryClient> clientFor(const QString &url, int timeoutMs = 5000)
    {
        auto client = std::make_unique<SentryClient>();
        ConnectionSettings settings;
        settings.baseUrl = QUrl(url);
        settings.organization = QStringLiteral("demo");
        settings.token = QStringLiteral("sntryu_secret");
        settings.transferTimeout = std::chrono::milliseconds(timeoutMs);
        client->setConnection(settings);
        return client;
    }

private slots:
    void redirectToAnotherHost_isRefusedAndTokenStays()
    {
        Sandbox other(20);
        const QString target = other.server().url().toString().replace(QStringLiteral("127.0.0.1"),
                                                                       QStringLiteral("localhost"));
        RawHttpServer redirector([&](const QByteArray &) {
            return RawHttpServer::response(
                302, {},
                {"Location: " + target.toUtf8() + "/api/0/organizations/demo/members/me/"});
        });
        auto client = clientFor(redirector.url());
        const MemberResult result = await<MemberResult>(client->me());
        QCOMPARE(result.error.kind, Kind::Network);
        QVERIFY2(result.error.message.contains(QLatin1String("redirected")),
                 qPrintable(result.error.message));
        QCOMPARE(other.requestCount(), 0);
    }

    void redirectWithinTheSameOrigin_isFollowed()
    {
        RawHttpServer server([](const QByteArray &head) {
            if (head.startsWith("GET /api/0/organizations/demo/members/me/"))
                return RawHttpServer::response(301, {},
                                               {"Location: /api/0/organizations/demo/members/1/"});
            return RawHttpServer::response(
                200, "{\"id\":\"1\",\"email\":\"ada@example.com\",\"orgRole\":\"owner\"}");
        });
        auto client = clientFor(server.url());
        const MemberResult result = await<MemberResult>(client->me());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.email, QStringLiteral("ada@example.com"));
        QCOMPARE(server.requests(), 2);
    }

    void silence_timesOut()
    {
        RawHttpServer silent([](const QByteArray &) { return QByteArray(); });
        auto client = clientFor(silent.url(), 300);
        int deliveries = 0;
        const MemberResult result = await<MemberResult>(client->me(), &deliveries);
        QCOMPARE(deliveries, 1);
        QCOMPARE(result.error.kind, Kind::Timeout);
        QCOMPARE(silent.requests(), 1);
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        auto client = clientFor(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const MemberResult result = await<MemberResult>(client->me());
        QCOMPARE(result.error.kind, Kind::Network);
        QVERIFY(result.error.message.contains(QLatin1String("refused")));
    }

    void malformedSuccessBodies_areReportedNotCrashed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>oops</html>");
        QTest::newRow("truncated") << QByteArray("[{\"id\":\"1\"");
        QTest::newRow("object instead of list") << QByteArray("{\"detail\":\"x\"}");
        QTest::newRow("list of strings") << QByteArray("[\"a\",\"b\"]");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
    }
    void malformedSuccessBodies_areReportedNotCrashed()
    {
        QFETCH(QByteArray, body);
        RawHttpServer server(
            [&](const QByteArray &) { return RawHttpServer::response(200, body); });
        auto client = clientFor(server.url());
        const MemberListResult result = await<MemberListResult>(client->listMembers());
        QCOMPARE(result.error.kind, Kind::Server);
        QVERIFY(result.error.message.contains(QLatin1String("could not be read")));
    }

    void hostileFieldTypes_parseToEmptyValues()
    {
        RawHttpServer server([](const QByteArray &) {
            return RawHttpServer::response(200, "[{\"id\":12,\"email\":[\"x\"],\"user\":\"nope\","
                                                "\"flags\":[1],\"teamRoles\":{\"a\":1},"
                                                "\"orgRoleList\":[1,\"x\",{\"id\":7}],"
                                                "\"externalUsers\":\"x\",\"pending\":\"yes\"}]");
        });
        auto client = clientFor(server.url());
        const MemberListResult result = await<MemberListResult>(client->listMembers());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.size(), 1);
        QCOMPARE(result.value.first().id, QStringLiteral("12"));
        QVERIFY(result.value.first().email.isEmpty());
        QVERIFY(result.value.first().userId.isEmpty());
        QVERIFY(!result.value.first().pending);
    }

    void endlessPagination_stops()
    {
        RawHttpServer server([](const QByteArray &) {
            return RawHttpServer::response(200, "[{\"id\":\"1\"}]",
                                           {"Link: <http://127.0.0.1/x/?&cursor=0:1:0>; "
                                            "rel=\"next\"; results=\"true\"; cursor=\"0:1:0\""});
        });
        auto client = clientFor(server.url());
        const MemberListResult result = await<MemberListResult>(client->listMembers());
        QVERIFY(result.ok());
        QCOMPARE(server.requests(), 2); // the repeated cursor is not followed again
        QCOMPARE(result.value.size(), 2);
    }

    // The next page is asked for before this one is read; when this one turns out
    // unreadable, that request is withdrawn (the observer hears it cancelled) and the list
    // ends with the unreadable page, without waiting for an answer that no one will read.
    void unreadablePage_withdrawsTheNextRequest()
    {
        const QByteArray next = "Link: <http://127.0.0.1/x/>; rel=\"next\"; results=\"true\"; "
                                "cursor=\"100:%1:0\"";
        RawHttpServer server([&](const QByteArray &head) {
            if (head.contains("cursor=100%3A2%3A0") || head.contains("cursor=100:2:0"))
                return QByteArray(); // the third page never answers
            const bool second =
                head.contains("cursor=100%3A1%3A0") || head.contains("cursor=100:1:0");
            return RawHttpServer::response(
                200, second ? QByteArray("<html>oops</html>") : QByteArray("[{\"id\":\"1\"}]"),
                {QByteArray(next).replace("%1", second ? "2" : "1")});
        });
        auto client = clientFor(server.url(), 60000);
        QList<Exchange> exchanges;
        connect(client.get(), &SentryClient::exchangeFinished, this,
                [&](const Exchange &e) { exchanges.append(e); });
        int deliveries = 0;
        const MemberListResult result =
            await<MemberListResult>(client->listMembers(), &deliveries, 10000);
        QCOMPARE(deliveries, 1);
        QCOMPARE(result.error.kind, Kind::Server);
        QVERIFY(result.error.message.contains(QLatin1String("could not be read")));
        QCOMPARE(exchanges.size(), 3);
        QCOMPARE(exchanges.at(1).status, 200);
        QVERIFY(exchanges.at(2).cancelled);
        QVERIFY(exchanges.at(2).url.query(QUrl::FullyDecoded).contains(QLatin1String("100:2:0")));
    }

    void rateLimited_htmlLabelledJson()
    {
        RawHttpServer server([](const QByteArray &) {
            return RawHttpServer::response(
                429,
                "{\"detail\":\"You are attempting to use this endpoint too frequently. Limit is 40 "
                "requests in 1 seconds\"}",
                {"X-Sentry-Rate-Limit-Reset: 1790000000", "X-Sentry-Rate-Limit-Remaining: 0"},
                "text/html; charset=utf-8");
        });
        auto client = clientFor(server.url());
        InviteMember invite;
        invite.email = QStringLiteral("ada@example.com");
        const MemberResult result = await<MemberResult>(client->inviteMember(invite));
        QCOMPARE(result.error.kind, Kind::RateLimited);
        QVERIFY(result.error.message.startsWith(QLatin1String("You are attempting")));
        QCOMPARE(result.error.rateLimitReset.toSecsSinceEpoch(), 1790000000);
        QCOMPARE(server.requests(), 1); // never retried on its own
    }

    void plainHttpToARemoteHost_isNeverSent()
    {
        auto client = std::make_unique<SentryClient>();
        ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://sentry.example.com"));
        settings.organization = QStringLiteral("demo");
        settings.token = QStringLiteral("sntryu_secret");
        client->setConnection(settings);
        const MemberResult result = await<MemberResult>(client->me());
        QCOMPARE(result.error.kind, Kind::Network);
        QVERIFY(result.error.fieldErrors.contains("url"));
    }
};

QTEST_GUILESS_MAIN(TestClientSafety)
#include "tst_clientsafety.moc"
