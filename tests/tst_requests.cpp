// SPDX-License-Identifier: MIT
// What goes on the wire: method, exact path (trailing slashes), query, headers, JSON body.
#include "support/testsupport.h"

#include "api/exchange.h"
#include "api/requestbuilder.h"

#include <QJsonArray>

using namespace sm;
using namespace sm::test;

class TestRequests : public QObject
{
    Q_OBJECT

    static QJsonObject body(const ApiRequest &request) { return request.body->object(); }

private slots:
    void invite_sendsOrgRoleTwiceAndTeamsWithoutRoles()
    {
        InviteMember invite;
        invite.email = QStringLiteral(" ada@example.com ");
        invite.orgRole = QStringLiteral("manager");
        invite.teamRoles = {{QStringLiteral("backend"), QStringLiteral("admin")}};
        invite.sendInvite = false;
        const ApiRequest request = requests::inviteMember(invite);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("members/"));
        const QJsonObject json = body(request);
        QCOMPARE(json.value("email").toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(json.value("orgRole").toString(), QStringLiteral("manager"));
        QCOMPARE(json.value("role").toString(), QStringLiteral("manager"));
        QCOMPARE(json.value("sendInvite").toBool(true), false);
        const QJsonArray teams = json.value("teamRoles").toArray();
        QCOMPARE(teams.size(), 1);
        QCOMPARE(teams.at(0).toObject().value("teamSlug").toString(), QStringLiteral("backend"));
        QVERIFY(teams.at(0).toObject().value("role").isNull());
    }

    void update_fullTeamListAndOrgRoleOnlyWhenChanged()
    {
        UpdateMemberRoles update;
        update.memberId = QStringLiteral("42");
        update.teamRoles = {{QStringLiteral("backend"), QStringLiteral("admin")},
                            {QStringLiteral("frontend"), QString()}};
        ApiRequest request = requests::updateMemberRoles(update);
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QStringLiteral("members/42/"));
        QJsonObject json = body(request);
        QVERIFY(!json.contains("orgRole"));
        QVERIFY(!json.contains("role"));
        const QJsonArray teams = json.value("teamRoles").toArray();
        QCOMPARE(teams.size(), 2);
        QCOMPARE(teams.at(0).toObject().value("role").toString(), QStringLiteral("admin"));
        QVERIFY(teams.at(1).toObject().value("role").isNull());

        update.orgRole = QStringLiteral("manager");
        json = body(requests::updateMemberRoles(update));
        QCOMPARE(json.value("orgRole").toString(), QStringLiteral("manager"));

        update.teamRoles.clear(); // an empty list is still sent: it means "no teams"
        json = body(requests::updateMemberRoles(update));
        QVERIFY(json.value("teamRoles").isArray());
    }

    void resendInvite_onlyReinviteFields()
    {
        QCOMPARE(body(requests::resendInvite({QStringLiteral("7"), false})),
                 (QJsonObject{{"reinvite", true}}));
        QCOMPARE(body(requests::resendInvite({QStringLiteral("7"), true})),
                 (QJsonObject{{"reinvite", true}, {"regenerate", true}}));
        QCOMPARE(requests::resendInvite({QStringLiteral("7"), false}).path,
                 QStringLiteral("members/7/"));
    }

    void reads_pathsAndQueries()
    {
        QCOMPARE(requests::me().path, QStringLiteral("members/me/"));
        QCOMPARE(requests::getMember(QStringLiteral("9")).method, QByteArray("GET"));
        const ApiRequest list =
            requests::listMembers(QStringLiteral("email:ada@example.com"), true);
        QCOMPARE(list.path, QStringLiteral("members/"));
        QCOMPARE(list.query.queryItemValue("query"), QStringLiteral("email:ada@example.com"));
        QCOMPARE(list.query.queryItemValue("expand"), QStringLiteral("externalUsers"));
        QCOMPARE(list.query.queryItemValue("per_page"), QStringLiteral("100"));
        QCOMPARE(requests::listTeams().path, QStringLiteral("teams/"));
        QCOMPARE(requests::listTeams().query.queryItemValue("detailed"), QStringLiteral("0"));
        QCOMPARE(requests::listIntegrations(QStringLiteral("github"))
                     .query.queryItemValue("providerKey"),
                 QStringLiteral("github"));
        const ApiRequest scim = requests::listScimUsers(101, 50, QStringLiteral("ada@example.com"));
        QCOMPARE(scim.path, QStringLiteral("scim/v2/Users"));
        QCOMPARE(scim.query.queryItemValue("startIndex"), QStringLiteral("101"));
        QCOMPARE(scim.query.queryItemValue("count"), QStringLiteral("50"));
        QCOMPARE(scim.query.queryItemValue("filter", QUrl::FullyDecoded),
                 QStringLiteral("userName eq \"ada@example.com\""));
    }

    void scim_lowerCasesRoleAndOmitsEmpty()
    {
        ApiRequest request = requests::provisionScimUser(
            {QStringLiteral("ada@example.com"), QStringLiteral("Manager")});
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("scim/v2/Users"));
        QCOMPARE(body(request),
                 (QJsonObject{{"userName", "ada@example.com"}, {"sentryOrgRole", "manager"}}));
        request = requests::provisionScimUser({QStringLiteral("ada@example.com"), QString()});
        QCOMPARE(body(request), (QJsonObject{{"userName", "ada@example.com"}}));
    }

    void externalUser_snakeCaseWithIntegers()
    {
        ExternalUserLink link{QStringLiteral("55"),   QStringLiteral("1001"),
                              QStringLiteral("@ada"), QStringLiteral("github"),
                              QStringLiteral("301"),  QString()};
        const ApiRequest update = requests::updateExternalUser(link);
        QCOMPARE(update.method, QByteArray("PUT"));
        QCOMPARE(update.path, QStringLiteral("external-users/55/"));
        const QJsonObject json = body(update);
        QCOMPARE(json.value("user_id").toInteger(), 1001);
        QVERIFY(json.value("user_id").isDouble());
        QCOMPARE(json.value("integration_id").toInteger(), 301);
        QCOMPARE(json.value("external_name").toString(), QStringLiteral("@ada"));
        QCOMPARE(json.value("provider").toString(), QStringLiteral("github"));
        QVERIFY(json.value("external_id").isNull());
        QVERIFY(!json.contains("id"));
        const ApiRequest create = requests::createExternalUser(link);
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, QStringLiteral("external-users/"));
    }

    void url_keepsBasePathAndEncodesSegments()
    {
        // The API prefix names the same server, with its slash or without.
        for (const char *given :
             {"https://sentry.example.com/sentry/api/0", "https://sentry.example.com/sentry/api/0/",
              "https://sentry.example.com/sentry/"}) {
            QCOMPARE(connection::normalizedBaseUrl(QString::fromLatin1(given)).toString(),
                     QStringLiteral("https://sentry.example.com/sentry"));
        }
        QCOMPARE(connection::normalizedBaseUrl(QStringLiteral("sentry.io/api/0")).toString(),
                 QStringLiteral("https://sentry.io"));
        ConnectionSettings settings;
        settings.baseUrl = connection::normalizedBaseUrl(
            QStringLiteral("https://sentry.example.com/sentry/api/0/"));
        settings.organization = QStringLiteral("acme");
        settings.token = QStringLiteral("t");
        QCOMPARE(requestUrl(settings, requests::getMember(QStringLiteral("a/b")))
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral(
                     "https://sentry.example.com/sentry/api/0/organizations/acme/members/a%2Fb/"));
        QCOMPARE(
            requestUrl(settings, requests::listTeams(), QUrlQuery(QStringLiteral("cursor=0:100:0")))
                .toString(QUrl::FullyEncoded),
            QStringLiteral("https://sentry.example.com/sentry/api/0/organizations/acme/teams/"
                           "?detailed=0&per_page=100&cursor=0%3A100%3A0"));
        // "+" would reach Django as a space: it is sent as %2B.
        QCOMPARE(
            requestUrl(settings, requests::listMembers(QStringLiteral("email:ada+x@example.com")))
                .query(QUrl::FullyEncoded),
            QStringLiteral("query=email%3Aada%2Bx%40example.com&per_page=100"));
    }

    void build_headersAndBodyWithoutSending()
    {
        ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://de.sentry.io"));
        settings.organization = QStringLiteral("acme");
        settings.token = QStringLiteral(" sntryu_abc\n");
        settings.transferTimeout = std::chrono::seconds(12);
        InviteMember invite;
        invite.email = QStringLiteral("wire@example.com");
        const WireRequest wire = buildRequest(settings, requests::inviteMember(invite));
        QCOMPARE(wire.method, QByteArray("POST"));
        QCOMPARE(wire.request.url().toString(),
                 QStringLiteral("https://de.sentry.io/api/0/organizations/acme/members/"));
        QCOMPARE(wire.request.rawHeader("Authorization"), QByteArray("Bearer sntryu_abc"));
        QCOMPARE(wire.request.rawHeader("User-Agent"),
                 QByteArray("sentry-members/" SENTRY_MEMBERS_VERSION));
        QCOMPARE(wire.request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(wire.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QCOMPARE(wire.request.transferTimeout(), 12000);
        QVERIFY(!wire.request.hasRawHeader("Origin"));
        QCOMPARE(QJsonDocument::fromJson(wire.body).object().value("email").toString(),
                 QStringLiteral("wire@example.com"));
        // A read has no body and no content type.
        const WireRequest read = buildRequest(settings, requests::me());
        QCOMPARE(read.method, QByteArray("GET"));
        QVERIFY(read.body.isEmpty());
        QVERIFY(!read.request.header(QNetworkRequest::ContentTypeHeader).isValid());
    }

    void exchange_headersNeverCarryTheToken()
    {
        ConnectionSettings settings;
        settings.organization = QStringLiteral("acme");
        settings.token = QStringLiteral("sntryu_secret");
        const HeaderList headers = redactedHeaders(buildRequest(settings, requests::me()).request);
        QCOMPARE(headerValue(headers, "authorization"), QByteArray("Bearer [redacted]"));
        for (const auto &[name, value] : headers)
            QVERIFY2(!value.contains("sntryu_secret"), name.constData());
    }

    void connection_fromEnvironmentAsSentryCliReadsIt()
    {
        QProcessEnvironment env;
        QCOMPARE(connection::fromEnvironment(env).baseUrl,
                 QUrl(QStringLiteral("https://sentry.io")));
        env.insert(QStringLiteral("SENTRY_URL"), QStringLiteral("https://sentry.example.com/"));
        env.insert(QStringLiteral("SENTRY_ORG"), QStringLiteral("acme"));
        env.insert(QStringLiteral("SENTRY_AUTH_TOKEN"), QStringLiteral("sntryu_abc\n"));
        const ConnectionSettings settings = connection::fromEnvironment(env);
        QCOMPARE(settings.baseUrl, QUrl(QStringLiteral("https://sentry.example.com")));
        QCOMPARE(settings.organization, QStringLiteral("acme"));
        QCOMPARE(settings.token, QStringLiteral("sntryu_abc"));
        QVERIFY(settings.caFile.isEmpty());
        env.insert(QStringLiteral("SENTRY_MEMBERS_CA_FILE"), QStringLiteral("/etc/acme/ca.pem "));
        QCOMPARE(connection::fromEnvironment(env).caFile, QStringLiteral("/etc/acme/ca.pem"));
    }

    void connection_httpsRequiredExceptLoopback()
    {
        ConnectionSettings settings;
        settings.organization = QStringLiteral("acme");
        settings.token = QStringLiteral("t");
        settings.baseUrl = QUrl(QStringLiteral("http://sentry.example.com"));
        QVERIFY(connection::validate(settings).contains("url"));
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9000"));
        QVERIFY(connection::validate(settings).isEmpty());
        settings.baseUrl = QUrl(QStringLiteral("http://localhost:9000"));
        QVERIFY(connection::validate(settings).isEmpty());
        settings.baseUrl = connection::normalizedBaseUrl(QStringLiteral("de.sentry.io"));
        QCOMPARE(settings.baseUrl, QUrl(QStringLiteral("https://de.sentry.io")));
        QVERIFY(connection::validate(settings).isEmpty());
        settings.organization = QStringLiteral("bad slug/");
        QVERIFY(connection::validate(settings).contains("org"));
        settings.organization = QStringLiteral("acme");
        settings.token = QStringLiteral("two words");
        QVERIFY(connection::validate(settings).contains("token"));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
