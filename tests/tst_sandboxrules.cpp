// SPDX-License-Identifier: MIT
// Server rules the app's own client never triggers, checked on the sandbox directly:
// authentication headers, pagination parameters, reinvite mixed with edits, camelCase
// external-user bodies, malformed JSON.
#include "support/testsupport.h"

#include "core/validation.h"
#include "sandbox/emailfield.h"

#include <QJsonArray>

using namespace sm;
using namespace sm::test;

class TestSandboxRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    sandbox::Response call(const QByteArray &method, const QString &path,
                           const QByteArray &body = {},
                           const QString &tokenLabel = QStringLiteral("owner"),
                           const QString &query = {})
    {
        return m_sandbox->call(method, path, body, tokenLabel, query);
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(120); }
    void cleanup() { m_sandbox.reset(); }

    // DRF refuses a body it has no parser for before reading it.
    void nonJsonBody_is415()
    {
        sandbox::Request request;
        request.method = "POST";
        request.path = QStringLiteral("/api/0/organizations/demo/members/");
        request.headers.insert("authorization", "Bearer " + m_sandbox->token("owner").toUtf8());
        request.headers.insert("content-type", "text/plain");
        request.body = R"({"email":"plain@example.com"})";
        const sandbox::Response response = m_sandbox->api().handle(request);
        QCOMPARE(response.status, 415);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value("detail").toString(),
                 QStringLiteral("Unsupported media type \"text/plain\" in request."));
        QVERIFY(!m_sandbox->memberByEmail(QStringLiteral("plain@example.com")));
    }

    void hugeCursor_isAnEmptyPageNotAnOverflow()
    {
        const sandbox::Response response =
            call("GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
                 QStringLiteral("cursor=100:9223372036854775807:0&per_page=100"));
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body).array().size(), 0);
    }

    // The sandbox keeps what tests read back, not everything it was ever sent.
    void receivedRequests_areBoundedAndStrangersBodiesDropped()
    {
        const QByteArray big(1 << 20, 'x');
        for (int i = 0; i < 600; ++i)
            call("POST", QStringLiteral("members/"), big, QString());
        QCOMPARE(m_sandbox->api().received().size(), sandbox::SandboxApi::maxReceived);
        for (const sandbox::Request &request : m_sandbox->api().received())
            QVERIFY(request.body.isEmpty()); // no token: not kept
    }

    // The sandbox's email rule and the app's are written apart; both must give the verdicts
    // of Sentry's email field: DRF strips surrounding whitespace, then Django's
    // EmailValidator (cases from its own tests, django/tests/validators/tests.py) and
    // Sentry's refused qq.com. If they disagree, one of them is wrong.
    void emailRules_agreeWithDjango_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        const QList<QPair<const char *, bool>> cases = {
            {"email@here.com", true},
            {"weirder-email@here.and.there.com", true},
            {"email@[127.0.0.1]", true},
            {"email@[2001:dB8::1]", true},
            {"example@valid-----hyphens.com", true},
            {"example@valid-with-hyphens.com", true},
            {"test@domain.with.idn.tld.\u0909\u0926\u093e\u0939\u0930\u0923.\u092a\u0930"
             "\u0940\u0915\u094d\u0937\u093e",
             true},
            {"email@localhost", true},
            {"\"test@test\"@example.com", true},
            {"example@atm.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true},
            {"ada+sentry@example.com", true},
            {"", false},
            {"abc", false},
            {"abc@", false},
            {"abc@bar", false},
            {"a @x.cz", false},
            {"abc@.com", false},
            {"something@@somewhere.com", false},
            {"email@127.0.0.1", false},
            {"email@[127.0.0.256]", false},
            {"email@[2001:db8::12345]", false},
            {"email@[2001:db8:0:0:0:0:1]", false},
            {"email@[::ffff:127.0.0.256]", false},
            {"example@invalid-.com", false},
            {"example@-invalid.com", false},
            {"example@invalid.com-", false},
            {"example@inv-.alid-.com", false},
            {"example@inv-.-alid.com", false},
            {"test@example.com\n\n<script src=\"x.js\">", false},
            {"\"\\\011\"@here.com", true},
            {"\"\\\012\"@here.com", false},
            {"trailingdot@shouldfail.com.", false},
            {"a@b.com\n", true}, // stripped first
            {"a\n@b.com", false},
            {"\"test@test\"\n@example.com", false},
            {"a@[127.0.0.1]\n", true},
            {"1234@qq.com", false}, // Sentry's refused domain
        };
        for (const auto &[address, valid] : cases) {
            const QString text = QString::fromUtf8(address);
            QTest::newRow(address) << text << valid;
        }
    }
    void emailRules_agreeWithDjango()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        // The rows are written with C escapes: \uXXXX for IDN letters.
        QString value = address;
        static const QRegularExpression unicodeEscape(QStringLiteral(R"(\\u([0-9a-f]{4}))"));
        for (QRegularExpressionMatch m = unicodeEscape.match(value); m.hasMatch();
             m = unicodeEscape.match(value)) {
            value.replace(m.capturedStart(), m.capturedLength(),
                          QChar(char16_t(m.captured(1).toUShort(nullptr, 16))));
        }
        QCOMPARE(sandbox::drf::allowedEmailFieldErrors(value.trimmed(), 320).isEmpty(), valid);
        QCOMPARE(validation::isValidEmail(value), valid);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("none")
            << QByteArray()
            << QByteArray("{\"detail\":\"Authentication credentials were not provided.\"}");
        QTest::newRow("basic")
            << QByteArray("Basic abc")
            << QByteArray("{\"detail\":\"Authentication credentials were not provided.\"}");
        QTest::newRow("empty bearer")
            << QByteArray("Bearer")
            << QByteArray("{\"detail\":\"Invalid token header. No credentials provided.\"}");
        QTest::newRow("unknown") << QByteArray("Bearer nope")
                                 << QByteArray("{\"detail\":\"Invalid token\"}");
    }
    void authentication()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        sandbox::Request request;
        request.method = "GET";
        request.path = QStringLiteral("/api/0/organizations/demo/members/");
        if (!header.isEmpty())
            request.headers.insert("authorization", header);
        const sandbox::Response response = m_sandbox->api().handle(request);
        QCOMPARE(response.status, 401);
        QCOMPARE(response.body, body);
    }

    void missingTrailingSlashIsDjango404()
    {
        const sandbox::Response response = call("GET", QStringLiteral("members"));
        QCOMPARE(response.status, 404);
        QCOMPARE(response.contentType, QByteArray("text/html"));
    }

    void methodNotAllowed()
    {
        const sandbox::Response response = call("DELETE", QStringLiteral("teams/"));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.body, QByteArray("{\"detail\":\"Method \\\"DELETE\\\" not allowed.\"}"));
    }

    void pagination_parameters()
    {
        sandbox::Response response = call("GET", QStringLiteral("members/"), {},
                                          QStringLiteral("owner"), QStringLiteral("per_page=101"));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body,
                 QByteArray("{\"detail\":\"Invalid per_page value. Must be between 1 and 100.\"}"));
        for (const char *outOfRange : {"per_page=0", "per_page=-3"}) {
            response = call("GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
                            QString::fromLatin1(outOfRange));
            QCOMPARE(response.status, 400);
            QCOMPARE(response.body, QByteArray("{\"detail\":\"Invalid per_page value. Must be "
                                               "between 1 and 100.\"}"));
        }
        response = call("GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
                        QStringLiteral("per_page=ten"));
        QCOMPARE(response.body, QByteArray("{\"detail\":\"Invalid per_page parameter.\"}"));
        response = call("GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
                        QStringLiteral("cursor=abc"));
        QCOMPARE(response.status, 400);
        response = call("GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
                        QStringLiteral("per_page=5"));
        QCOMPARE(QJsonDocument::fromJson(response.body).array().size(), 5);
        QByteArray link;
        for (const auto &[name, value] : response.headers) {
            if (name == "Link")
                link = value;
        }
        QVERIFY(link.contains("rel=\"previous\"; results=\"false\"; cursor=\"5:-1:1\""));
        QVERIFY(link.contains("rel=\"next\"; results=\"true\"; cursor=\"5:1:0\""));
        QVERIFY(link.contains("per_page=5&cursor=5:1:0"));
    }

    static QByteArray linkOf(const sandbox::Response &response)
    {
        for (const auto &[name, value] : response.headers) {
            if (name == "Link")
                return value;
        }
        return {};
    }

    // OffsetPaginator: "<per_page>:<page>:<is_prev>"; a full last page says no more; past
    // the end is an empty page; page 1's "previous" is refused.
    void memberCursors_areOffsetPaginatorPages()
    {
        const qsizetype listed = m_sandbox->org().approvedMembersById().size();
        const qsizetype lastPage = (listed - 1) / 100;
        sandbox::Response response =
            call("GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
                 QStringLiteral("per_page=100&cursor=100:%1:0").arg(lastPage));
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body).array().size(), listed - lastPage * 100);
        QVERIFY(linkOf(response).contains(
            QStringLiteral("rel=\"next\"; results=\"false\"; cursor=\"100:%1:0\"")
                .arg(lastPage + 1)
                .toUtf8()));
        QVERIFY(linkOf(response).contains(
            QStringLiteral("rel=\"previous\"; results=\"true\"; cursor=\"100:%1:1\"")
                .arg(lastPage - 1)
                .toUtf8()));

        response = call("GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
                        QStringLiteral("per_page=100&cursor=100:%1:0").arg(lastPage + 5));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("[]"));
        QVERIFY(linkOf(response).contains("rel=\"next\"; results=\"false\""));

        response = call("GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
                        QStringLiteral("per_page=100&cursor=100:-1:1"));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body,
                 QByteArray("{\"detail\":\"Pagination offset cannot be negative\"}"));

        // A last page exactly full: the next link says there is nothing more.
        qsizetype perPage = 100;
        while (listed % perPage != 0)
            --perPage;
        response = call(
            "GET", QStringLiteral("members/"), {}, QStringLiteral("owner"),
            QStringLiteral("per_page=%1&cursor=%1:%2:0").arg(perPage).arg(listed / perPage - 1));
        QCOMPARE(QJsonDocument::fromJson(response.body).array().size(), perPage);
        QVERIFY(linkOf(response).contains("rel=\"next\"; results=\"false\""));
    }

    void reinviteMixedWithEdits()
    {
        qint64 pendingId = 0;
        for (const auto &m : m_sandbox->org().members) {
            if (m.isPending() && m.isApproved() && !m.tokenExpired)
                pendingId = m.id;
        }
        const sandbox::Response response = call("PUT", QStringLiteral("members/%1/").arg(pendingId),
                                                "{\"reinvite\":true,\"orgRole\":\"member\"}");
        QCOMPARE(response.status, 403);
        QCOMPARE(response.body,
                 QByteArray("{\"detail\":\"You cannot modify member details when resending an "
                            "invitation. Separate requests are required.\"}"));
    }

    void regenerateNeedsMemberAdmin()
    {
        qint64 mine = 0;
        const qint64 memberUser =
            *m_sandbox->org().token(m_sandbox->token(QStringLiteral("member")))->userId;
        sandbox::MemberRecord invite;
        invite.id = 777777;
        invite.email = QStringLiteral("mine@example.com");
        invite.role = QStringLiteral("member");
        invite.inviterUserId = memberUser;
        m_sandbox->org().members.append(invite);
        mine = invite.id;
        const sandbox::Response response =
            call("PUT", QStringLiteral("members/%1/").arg(mine),
                 "{\"reinvite\":true,\"regenerate\":true}", QStringLiteral("member"));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body,
                 QByteArray("{\"detail\":\"You are missing the member:admin scope.\"}"));
    }

    void putWithoutTeamsClearsThem()
    {
        sandbox::MemberRecord *target = nullptr;
        for (auto &m : m_sandbox->org().members) {
            if (m.role == QLatin1String("member") && m.teams.size() > 1 && m.id > 20 &&
                m.isApproved())
                target = &m;
        }
        QVERIFY(target);
        const qint64 id = target->id;
        const sandbox::Response response =
            call("PUT", QStringLiteral("members/%1/").arg(id), "{\"orgRole\":\"member\"}");
        QCOMPARE(response.status, 200);
        QVERIFY2(m_sandbox->org().member(id)->teams.isEmpty(),
                 "Sentry's save_team_assignments clears teams a PUT does not list");
    }

    void externalUsers_camelCaseAcceptedErrorsCamelCase()
    {
        sandbox::Response response = call("POST", QStringLiteral("external-users/"),
                                          "{\"userId\":1000,\"externalName\":\"@ada\",\"provider\":"
                                          "\"github\",\"integrationId\":301}");
        QCOMPARE(response.status, 201);
        response = call("POST", QStringLiteral("external-users/"),
                        "{\"user_id\":\"x\",\"external_name\":\"@ada2\",\"provider\":\"bitbucket\","
                        "\"integration_id\":301,\"external_id\":\"\"}");
        QCOMPARE(response.status, 400);
        const QJsonObject errors = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(errors.value("userId").toArray().first().toString(),
                 QStringLiteral("A valid integer is required."));
        QCOMPARE(errors.value("provider").toArray().first().toString(),
                 QStringLiteral("\"bitbucket\" is not a valid choice."));
        QCOMPARE(
            errors.value("externalId").toArray().first().toString(),
            QStringLiteral("external_id has invalid length: 0. Length must be between 1 and 64"));
        response = call("PUT", QStringLiteral("external-users/abc/"), "{}");
        QCOMPARE(response.status, 404);
    }

    void malformedJson()
    {
        sandbox::Response response = call("POST", QStringLiteral("members/"), "{not json");
        QCOMPARE(response.status, 400);
        QVERIFY(response.body.startsWith("{\"detail\":\"JSON parse error"));
        response = call("POST", QStringLiteral("members/"), "[1,2]");
        QCOMPARE(
            response.body,
            QByteArray(
                "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}"));
        response = call("POST", QStringLiteral("members/"), "{}");
        QCOMPARE(response.body, QByteArray("{\"email\":[\"This field is required.\"]}"));
    }

    void scim_invalidFilterAndMissingUserName()
    {
        sandbox::Response response =
            call("GET", QStringLiteral("scim/v2/Users"), {}, QStringLiteral("owner"),
                 QStringLiteral("filter=userName%20co%20%22x%22"));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body, QByteArray("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:"
                                           "Error\"],\"scimType\":\"invalidFilter\"}"));
        response = call("POST", QStringLiteral("scim/v2/Users"), "{\"sentryOrgRole\":\"member\"}");
        QCOMPARE(response.status, 400);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value("detail").toString(),
                 QStringLiteral("{\"email\":[\"This field is required.\"]}"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRules)
#include "tst_sandboxrules.moc"
