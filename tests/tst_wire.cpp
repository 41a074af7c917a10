// SPDX-License-Identifier: MIT
// What goes on the wire and what the client reports about it: for every operation the
// sandbox receives exactly what buildRequest() says (method, path, query, headers, body
// bytes), and every exchange is announced once, with its headers and bodies but never the
// token.
#include "support/rawhttpserver.h"
#include "support/testsupport.h"

#include "api/exchange.h"
#include "api/requestbuilder.h"

#include <QSignalSpy>

#include <functional>

using namespace sm;
using namespace sm::test;

namespace {

struct Operation
{
    const char *name;
    ApiRequest request;
    std::function<ApiJob *(SentryClient &)> send;
};

QString serialized(const Exchange &exchange)
{
    QString all = QString::fromUtf8(exchange.method) + exchange.url.toString() +
                  QString::fromUtf8(exchange.requestBody + exchange.responseBody);
    for (const HeaderList &headers : {exchange.requestHeaders, exchange.responseHeaders}) {
        for (const auto &[name, value] : headers)
            all += QString::fromUtf8(name + ": " + value + '\n');
    }
    return all;
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    qint64 plainMemberId()
    {
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.role == QLatin1String("member") && !m.isPending() && m.id > 20)
                return m.id;
        }
        return 0;
    }
    qint64 pendingMemberId()
    {
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.isPending() && !m.tokenExpired && m.isApproved())
                return m.id;
        }
        return 0;
    }

    QList<Operation> operations()
    {
        InviteMember invite;
        invite.email = QStringLiteral("wire+check@example.com");
        invite.orgRole = QStringLiteral("manager");
        invite.teamRoles = {{QStringLiteral("backend"), QString()}};
        UpdateMemberRoles update;
        update.memberId = QString::number(plainMemberId());
        update.orgRole = QStringLiteral("billing");
        const ResendInvite resend{QString::number(pendingMemberId()), false};
        const ProvisionScimUser scim{QStringLiteral("scim.wire@example.com"),
                                     QStringLiteral("member")};
        ExternalUserLink link;
        link.userId = QStringLiteral("1000");
        link.externalName = QStringLiteral("@wire");
        link.provider = QStringLiteral("github");
        link.integrationId = QStringLiteral("301");
        ExternalUserLink relink = link;
        relink.id = QString::number(m_sandbox->org().externalUsers.constFirst().id);
        relink.userId = QString::number(m_sandbox->org().externalUsers.constFirst().userId);
        relink.provider = m_sandbox->org().externalUsers.constFirst().provider;
        relink.integrationId =
            QString::number(m_sandbox->org().externalUsers.constFirst().integrationId);
        relink.externalName = QStringLiteral("@relinked");
        const QString query = QStringLiteral("email:ada.lovelace@example.com");
        return {
            {"invite", requests::inviteMember(invite),
             [=](auto &c) { return c.inviteMember(invite); }},
            {"get member", requests::getMember(update.memberId),
             [=](auto &c) { return c.getMember(update.memberId); }},
            {"me", requests::me(), [](auto &c) { return c.me(); }},
            {"update roles", requests::updateMemberRoles(update),
             [=](auto &c) { return c.updateMemberRoles(update); }},
            {"resend invite", requests::resendInvite(resend),
             [=](auto &c) { return c.resendInvite(resend); }},
            {"list members", requests::listMembers(query, true),
             [=](auto &c) { return c.listMembers(query, true); }},
            {"list teams", requests::listTeams(), [](auto &c) { return c.listTeams(); }},
            {"list integrations", requests::listIntegrations(QStringLiteral("github")),
             [](auto &c) { return c.listIntegrations(QStringLiteral("github")); }},
            {"list SCIM users", requests::listScimUsers(1, 10, QStringLiteral("a\"b@example.com")),
             [](auto &c) { return c.listScimUsers(1, 10, QStringLiteral("a\"b@example.com")); }},
            {"provision SCIM user", requests::provisionScimUser(scim),
             [=](auto &c) { return c.provisionScimUser(scim); }},
            {"create link", requests::createExternalUser(link),
             [=](auto &c) { return c.createExternalUser(link); }},
            {"relink", requests::updateExternalUser(relink),
             [=](auto &c) { return c.updateExternalUser(relink); }},
            {"team members", requests::listTeamMembers(QStringLiteral("backend")),
             [](auto &c) { return c.listTeamMembers(QStringLiteral("backend")); }},
            {"stream members", requests::listMembers(query, true, 100),
             [=](auto &c) { return c.streamMembers(query); }},
            {"delete link", requests::deleteExternalUser(relink.id),
             [=](auto &c) { return c.deleteExternalUser(relink.id); }},
            {"remove member", requests::removeMember(update.memberId),
             [=](auto &c) { return c.removeMember(update.memberId); }},
            {"deprovision SCIM user", requests::deprovisionScimUser(resend.memberId),
             [=](auto &c) { return c.deprovisionScimUser(resend.memberId); }},
        };
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(); }
    void cleanup() { m_sandbox.reset(); }

    void sandboxReceivesExactlyWhatTheBuilderBuilds()
    {
        const ConnectionSettings settings = m_sandbox->connectionAs(QStringLiteral("owner"));
        auto client = m_sandbox->client(QStringLiteral("owner"));
        for (const Operation &op : operations()) {
            const WireRequest wire = buildRequest(settings, op.request);
            const qsizetype before = m_sandbox->requestCount();
            ApiJob *job = op.send(*client);
            QSignalSpy ended(job, &ApiJob::ended);
            QVERIFY2(ended.wait(10000), op.name);
            QVERIFY2(m_sandbox->requestCount() == before + 1, op.name);
            const sandbox::Request &got = m_sandbox->lastRequest();
            const QUrl url = wire.request.url();
            QVERIFY2(got.method == wire.method, op.name);
            QVERIFY2(got.path == url.path(QUrl::FullyDecoded), op.name);
            QVERIFY2(got.query.queryItems(QUrl::FullyDecoded) ==
                         QUrlQuery(url).queryItems(QUrl::FullyDecoded),
                     qPrintable(QStringLiteral("%1: query %2 != %3")
                                    .arg(QLatin1String(op.name), got.query.toString(),
                                         QUrlQuery(url).toString())));
            for (const QByteArray &name : wire.request.rawHeaderList()) {
                QVERIFY2(got.header(name) == wire.request.rawHeader(name),
                         qPrintable(QStringLiteral("%1: header %2")
                                        .arg(QLatin1String(op.name), QString::fromLatin1(name))));
            }
            QVERIFY2(got.body == wire.body, op.name);
        }
    }

    void everyExchangeIsReportedOnceWithoutTheToken()
    {
        const QString token = m_sandbox->token(QStringLiteral("owner"));
        auto client = m_sandbox->client(QStringLiteral("owner"));
        QList<Exchange> seen;
        connect(client.get(), &SentryClient::exchangeFinished, this,
                [&](const Exchange &exchange) { seen.append(exchange); });
        for (const Operation &op : operations()) {
            const qsizetype before = seen.size();
            QSignalSpy ended(op.send(*client), &ApiJob::ended);
            QVERIFY2(ended.wait(10000), op.name);
            QVERIFY2(seen.size() == before + 1, op.name);
            const Exchange &exchange = seen.constLast();
            QVERIFY2(exchange.method == op.request.method, op.name);
            QVERIFY2(exchange.url.path().endsWith(op.request.path), op.name);
            QVERIFY2(exchange.status >= 200 && exchange.status < 300, op.name);
            // Every answer has a body, except the 204 of a removal.
            QVERIFY2(exchange.responseBody.isEmpty() == (exchange.status == 204), op.name);
            QVERIFY2(exchange.requestBody == (op.request.body
                                                  ? op.request.body->toJson(QJsonDocument::Compact)
                                                  : QByteArray()),
                     op.name);
            QVERIFY2(exchange.startedAt.isValid() && exchange.elapsed.count() >= 0, op.name);
            QCOMPARE(headerValue(exchange.requestHeaders, "Authorization"),
                     QByteArray("Bearer [redacted]"));
            QVERIFY2(!serialized(exchange).contains(token), op.name);
        }
        // A failure is an exchange too, with Sentry's answer.
        InviteMember taken;
        taken.email = QStringLiteral("grace.hopper@example.com");
        QSignalSpy failed(client->inviteMember(taken), &ApiJob::ended);
        QVERIFY(failed.wait(10000));
        QCOMPARE(seen.constLast().status, 400);
        QVERIFY(seen.constLast().responseBody.contains("already a member"));
        QVERIFY(!serialized(seen.constLast()).contains(token));
    }

    void listPages_oneExchangeEach()
    {
        auto client = m_sandbox->client(QStringLiteral("owner"));
        QSignalSpy exchanges(client.get(), &SentryClient::exchangeFinished);
        const MemberListResult result = await<MemberListResult>(client->listMembers());
        QVERIFY(result.ok());
        QVERIFY(result.value.size() > 200);
        const int pages = int((result.value.size() + 99) / 100);
        QCOMPARE(exchanges.size(), pages);
        // The result carries the last page's headers: its Link says there is no next page.
        QVERIFY(result.header("link").contains("results=\"false\""));
    }

    void cancelled_isReportedAsCancelled()
    {
        RawHttpServer silent([](const QByteArray &) { return QByteArray(); });
        SentryClient client;
        ConnectionSettings settings;
        settings.baseUrl = QUrl(silent.url());
        settings.organization = QStringLiteral("acme");
        settings.token = QStringLiteral("sntryu_never_logged");
        client.setConnection(settings);
        QSignalSpy exchanges(&client, &SentryClient::exchangeFinished);
        MemberJob *job = client.me();
        QTRY_COMPARE(silent.requests(), 1);
        QSignalSpy ended(job, &ApiJob::ended);
        job->cancel();
        QVERIFY(ended.wait(5000));
        QCOMPARE(exchanges.size(), 1);
        const auto exchange = exchanges.at(0).at(0).value<Exchange>();
        QVERIFY(exchange.cancelled);
        QCOMPARE(exchange.status, 0);
        QVERIFY(ended.at(0).at(0).value<Outcome>().error.isCancelled());
    }

    void rateLimitHeaders_reachTheExchangeAndTheResult()
    {
        RawHttpServer saas([](const QByteArray &) {
            return RawHttpServer::response(
                200, R"([{"id":"1","slug":"backend","name":"Backend"}])",
                {"X-Sentry-Rate-Limit-Limit: 40", "X-Sentry-Rate-Limit-Remaining: 39",
                 "X-Sentry-Rate-Limit-Reset: 1767225600", "X-Sentry-Rate-Limit-ConcurrentLimit: 25",
                 "X-Sentry-Rate-Limit-ConcurrentRemaining: 24"});
        });
        SentryClient client;
        ConnectionSettings settings;
        settings.baseUrl = QUrl(saas.url());
        settings.organization = QStringLiteral("acme");
        settings.token = QStringLiteral("sntryu_x");
        client.setConnection(settings);
        QList<Exchange> seen;
        connect(&client, &SentryClient::exchangeFinished, this,
                [&](const Exchange &exchange) { seen.append(exchange); });
        const TeamListResult result = await<TeamListResult>(client.listTeams());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(seen.size(), 1);
        for (const HeaderList &headers : {seen.constFirst().responseHeaders, result.headers}) {
            QCOMPARE(headerValue(headers, "x-sentry-rate-limit-remaining"), QByteArray("39"));
            QCOMPARE(headerValue(headers, "X-Sentry-Rate-Limit-Reset"), QByteArray("1767225600"));
            QCOMPARE(headerValue(headers, "X-Sentry-Rate-Limit-ConcurrentRemaining"),
                     QByteArray("24"));
        }
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
