// SPDX-License-Identifier: MIT
// Sentry's limits as the sandbox enforces them: the daily invitation limits
// (src/sentry/ratelimits/utils.py, for_organization_member_invite; notes 5.3), on by
// default as on sentry.io and self-hosted, and the API rate limits of sentry.io
// (src/sentry/middleware/ratelimit.py; notes 5.1, 5.2), off unless turned on.
#include "support/testsupport.h"

using namespace sm;
using namespace sm::test;

namespace {

const QString invitationLimit =
    QStringLiteral("You are being rate limited for too many invitations.");

QByteArray inviteBody(const QString &email, const QString &extra = {})
{
    return QStringLiteral(R"({"email":"%1","orgRole":"member"%2})").arg(email, extra).toUtf8();
}

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    // Noon, so tests that move a few seconds never cross into another day by chance.
    const QDateTime m_noon = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

    sandbox::Response invite(const QString &email, const QString &as = QStringLiteral("owner"))
    {
        return m_sandbox->call("POST", QStringLiteral("members/"), inviteBody(email), as);
    }
    sandbox::Response resend(qint64 memberId)
    {
        return m_sandbox->call("PUT", QStringLiteral("members/%1/").arg(memberId),
                               R"({"reinvite":true})");
    }
    int usedToday() const
    {
        return m_sandbox->api().inviteLimits().usedByOrganization(m_sandbox->api().now().date(),
                                                                  m_sandbox->org().id);
    }
    static QString address(int i) { return QStringLiteral("limit.%1@example.com").arg(i); }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>(60);
        m_sandbox->api().stopClock(m_noon);
    }
    void cleanup() { m_sandbox.reset(); }

    // 100 per organization per UTC day: the 101st invitation is refused with Sentry's words,
    // whoever sends it, and the refused attempt has been counted too.
    void organization_hundredADay()
    {
        for (int i = 0; i < 100; ++i)
            QCOMPARE(invite(address(i)).status, 201);
        QCOMPARE(usedToday(), 100);
        sandbox::Response refused = invite(address(100));
        QCOMPARE(refused.status, 429);
        QCOMPARE(
            refused.body,
            QByteArray(R"({"detail":"You are being rate limited for too many invitations."})"));
        QVERIFY(headerOf(refused, "Retry-After").isEmpty());
        QVERIFY(headerOf(refused, "X-Sentry-Rate-Limit-Limit").isEmpty()); // limiter is off
        QVERIFY(!m_sandbox->memberByEmail(address(100)));
        refused = invite(address(101), QStringLiteral("manager"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(usedToday(), 102);
        // The next UTC day starts afresh (fixed Redis windows of 86400 s from the epoch).
        m_sandbox->api().setClockOffset(12 * 3600);
        QCOMPARE(invite(address(100)).status, 201);
    }

    // 10 per address: invitations and every resend of a pending one count, the address
    // folded to lower case; the resend refused as expired has counted before it was refused.
    void address_tenADay_resendsAndCaseCount()
    {
        const QString email = QStringLiteral("Grace.Limit@Example.com");
        QCOMPARE(invite(email).status, 201);
        const qint64 id = m_sandbox->memberByEmail(email)->id;
        for (int i = 0; i < 7; ++i)
            QCOMPARE(resend(id).status, 200);
        // Another case is another invitation (emails are kept as typed) on the same counter.
        QCOMPARE(invite(email.toLower()).status, 201);
        m_sandbox->memberByEmail(email)->tokenExpired = true;
        const sandbox::Response expired = resend(id);
        QCOMPARE(expired.status, 400);
        QCOMPARE(detailOf(expired), QStringLiteral("You cannot resend an expired invitation "
                                                   "without regenerating the token."));
        QCOMPARE(m_sandbox->api().inviteLimits().usedForAddress(
                     m_sandbox->api().now().date(), m_sandbox->org().id, email.toUpper()),
                 10);
        const sandbox::Response refused = m_sandbox->call(
            "PUT", QStringLiteral("members/%1/").arg(id), R"({"reinvite":true,"regenerate":true})");
        QCOMPARE(refused.status, 429);
        QCOMPARE(detailOf(refused), invitationLimit);
        QVERIFY(m_sandbox->memberByEmail(email)->tokenExpired); // not regenerated
        // Other addresses still go out.
        QCOMPARE(invite(address(1)).status, 201);
    }

    // Counted after the serializer: an address refused as invalid or already invited does
    // not count, an invitation then refused for its teams does.
    void counting_afterTheSerializerBeforeTheTeams()
    {
        QCOMPARE(
            m_sandbox->call("POST", QStringLiteral("members/"), inviteBody(QStringLiteral("no-at")))
                .status,
            400);
        QCOMPARE(invite(QStringLiteral("ada.lovelace@example.com")).status, 400);
        QCOMPARE(usedToday(), 0);
        const sandbox::Response teams = m_sandbox->call(
            "POST", QStringLiteral("members/"),
            R"({"email":"billing.limit@example.com","orgRole":"billing","teamRoles":[{"teamSlug":"mobile","role":null}]})");
        QCOMPARE(teams.status, 400);
        QCOMPARE(
            objectOf(teams).value("email").toString(),
            QStringLiteral("The user with a 'billing' role cannot have team-level permissions."));
        QCOMPARE(usedToday(), 1);
    }

    // SCIM provisioning spends nothing; an integration invites as its own proxy user.
    void scimIsNotCounted_integrationHasItsOwnInviter()
    {
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_sandbox
                         ->call("POST", QStringLiteral("scim/v2/Users"),
                                QStringLiteral(R"({"userName":"%1"})").arg(address(i)).toUtf8())
                         .status,
                     201);
        }
        QCOMPARE(usedToday(), 0);
        QCOMPARE(invite(address(10), QStringLiteral("integration")).status, 201);
        QCOMPARE(invite(address(11)).status, 201);
        const QDate today = m_sandbox->api().now().date();
        const sandbox::InviteLimits &limits = m_sandbox->api().inviteLimits();
        QCOMPARE(limits.usedByInviter(today, QStringLiteral("proxy-integration")), 1);
        const qint64 ownerUser = *m_sandbox->memberOfToken(QStringLiteral("owner"))->userId;
        QCOMPARE(limits.usedByInviter(today, QString::number(ownerUser)), 1);
        QCOMPARE(usedToday(), 2);
    }

    // --no-invite-limits, for benchmarks and bulk fixtures.
    void limitsCanBeTurnedOff()
    {
        m_sandbox->api().inviteLimits().setEnabled(false);
        for (int i = 0; i < 120; ++i)
            QCOMPARE(invite(address(i)).status, 201);
    }

    // Self-hosted Sentry sends no rate-limit headers; the sandbox neither, unless asked.
    void rateLimits_offByDefault()
    {
        for (int i = 0; i < 60; ++i) {
            const sandbox::Response response = m_sandbox->call("GET", QStringLiteral("members/"));
            QCOMPARE(response.status, 200);
            QVERIFY(headerOf(response, "X-Sentry-Rate-Limit-Limit").isEmpty());
        }
    }

    // One fixed window of one second per caller and method, shared by every endpoint of the
    // default group; the 429 as the middleware sends it (compact JSON labelled text/html, no
    // Retry-After, no concurrent remaining once the window is exceeded).
    void rateLimits_defaultGroupSharedPerMethod()
    {
        m_sandbox->api().rateLimiter().setDefaultLimit(5);
        const qint64 reset = m_noon.toSecsSinceEpoch() + 1;
        for (int i = 0; i < 5; ++i) {
            const sandbox::Response response = m_sandbox->call(
                "GET", i % 2 ? QStringLiteral("teams/") : QStringLiteral("integrations/"));
            QCOMPARE(response.status, 200);
            QCOMPARE(headerOf(response, "X-Sentry-Rate-Limit-Limit"), QByteArray("5"));
            QCOMPARE(headerOf(response, "X-Sentry-Rate-Limit-Remaining"),
                     QByteArray::number(4 - i));
            QCOMPARE(headerOf(response, "X-Sentry-Rate-Limit-Reset"), QByteArray::number(reset));
            QCOMPARE(headerOf(response, "X-Sentry-Rate-Limit-ConcurrentLimit"), QByteArray("25"));
            QCOMPARE(headerOf(response, "X-Sentry-Rate-Limit-ConcurrentRemaining"),
                     QByteArray("24"));
        }
        const sandbox::Response limited = m_sandbox->call("GET", QString()); // organization details
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.contentType, QByteArray("text/html; charset=utf-8"));
        QCOMPARE(
            limited.body,
            QByteArray(
                R"({"detail":"You are attempting to use this endpoint too frequently. Limit is 5 requests in 1 seconds"})"));
        QCOMPARE(headerOf(limited, "X-Sentry-Rate-Limit-Remaining"), QByteArray("0"));
        QCOMPARE(headerOf(limited, "X-Sentry-Rate-Limit-Reset"), QByteArray::number(reset));
        QVERIFY(headerOf(limited, "X-Sentry-Rate-Limit-ConcurrentRemaining").isEmpty());
        QVERIFY(headerOf(limited, "Retry-After").isEmpty());
        // Another method, another caller: buckets of their own.
        const qint64 member = m_sandbox->memberOfToken(QStringLiteral("member"))->id;
        QCOMPARE(m_sandbox->call("DELETE", QStringLiteral("members/999999/")).status, 404);
        QCOMPARE(m_sandbox->call("GET", QString(), {}, QStringLiteral("manager")).status, 200);
        // A refused change is never made.
        m_sandbox->api().rateLimiter().setDefaultLimit(1);
        QCOMPARE(m_sandbox->call("DELETE", QStringLiteral("members/%1/").arg(member)).status, 429);
        QVERIFY(m_sandbox->org().member(member));
        // The next second is a new window.
        m_sandbox->api().stopClock(m_noon.addSecs(1));
        QCOMPARE(m_sandbox->call("GET", QStringLiteral("teams/")).status, 200);
    }

    // The members index has its own 40/s, one bucket for GET and one for POST, with no
    // concurrent limit; a refused invitation is not created.
    void rateLimits_membersIndexHasItsOwnBuckets()
    {
        m_sandbox->api().rateLimiter().setDefaultLimit(3);
        for (int i = 0; i < 40; ++i) {
            const sandbox::Response response = m_sandbox->call("GET", QStringLiteral("members/"));
            QCOMPARE(response.status, 200);
            QCOMPARE(headerOf(response, "X-Sentry-Rate-Limit-Limit"), QByteArray("40"));
            QVERIFY(headerOf(response, "X-Sentry-Rate-Limit-ConcurrentLimit").isEmpty());
        }
        QCOMPARE(m_sandbox->call("GET", QStringLiteral("members/")).status, 429);
        QCOMPARE(m_sandbox->call("GET", QStringLiteral("teams/")).status,
                 200);                            // the default group's
        QCOMPARE(invite(address(1)).status, 201); // POST's own bucket
        for (int i = 2; i <= 40; ++i)
            QCOMPARE(invite(address(i)).status, 201);
        const sandbox::Response limited = invite(address(41));
        QCOMPARE(limited.status, 429);
        QCOMPARE(detailOf(limited),
                 QStringLiteral("You are attempting to use this endpoint too "
                                "frequently. Limit is 40 requests in 1 seconds"));
        QVERIFY(!m_sandbox->memberByEmail(address(41)));
        QCOMPARE(usedToday(), 40); // the refused request never reached the invitation limits
    }

    // get_rate_limit_key: a user's tokens share its bucket, an integration counts as its
    // organization, an unknown token as its address (and its 401 carries the headers).
    void rateLimits_keyedByCaller()
    {
        m_sandbox->api().rateLimiter().setDefaultLimit(2);
        for (const QString &as : {QStringLiteral("owner"), QStringLiteral("integration")}) {
            QCOMPARE(m_sandbox->call("GET", QStringLiteral("teams/"), {}, as).status, 200);
            QCOMPARE(m_sandbox->call("GET", QStringLiteral("teams/"), {}, as).status, 200);
            QCOMPARE(m_sandbox->call("GET", QStringLiteral("teams/"), {}, as).status, 429);
        }
        sandbox::Request stranger;
        stranger.method = "GET";
        stranger.path = QStringLiteral("/api/0/organizations/demo/teams/");
        stranger.headers.insert("authorization", "Bearer not-a-token");
        const sandbox::Response first = m_sandbox->api().handle(stranger);
        QCOMPARE(first.status, 401);
        QCOMPARE(headerOf(first, "X-Sentry-Rate-Limit-Remaining"), QByteArray("1"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
