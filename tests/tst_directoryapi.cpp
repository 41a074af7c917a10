// SPDX-License-Identifier: MIT
// The api calls behind the member directory, against the sandbox: members streamed page by
// page with their links, a team's members, and the removals with Sentry's refusals.
#include "support/testsupport.h"

using namespace sm;
using namespace sm::test;

class TestDirectoryApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    qint64 memberWhere(const std::function<bool(const sandbox::MemberRecord &)> &pred)
    {
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.isApproved() && pred(m))
                return m.id;
        }
        QTest::qFail("the demo organization has no such member", __FILE__, __LINE__);
        return 0;
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(250); }
    void cleanup() { m_sandbox.reset(); }

    void streamMembers_handsOutPagesAndKeepsNone()
    {
        auto client = m_sandbox->client(QStringLiteral("owner"));
        QList<Member> seen;
        int pages = 0;
        MemberListJob *job = client->streamMembers();
        QObject context;
        connect(job, &MemberListJob::pageReceived, &context, [&](const QList<Member> &page) {
            seen += page;
            ++pages;
        });
        const MemberListResult result = await<MemberListResult>(job);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(result.value.isEmpty());
        QCOMPARE(seen.size(), m_sandbox->org().approvedMembersById().size());
        QCOMPARE(pages, int((seen.size() + 99) / 100));
        QCOMPARE(m_sandbox->lastRequest().query.queryItemValue("expand"),
                 QStringLiteral("externalUsers"));
        const auto linked = std::find_if(
            seen.cbegin(), seen.cend(), [](const Member &m) { return !m.externalUsers.isEmpty(); });
        QVERIFY(linked != seen.cend());
        const auto with2fa =
            std::find_if(seen.cbegin(), seen.cend(), [](const Member &m) { return m.has2fa; });
        QVERIFY(with2fa != seen.cend());
        const sandbox::UserRecord *user = m_sandbox->org().user(with2fa->userId.toLongLong());
        QVERIFY(user && user->has2fa);
    }

    void teamMembers_carryTheirTeamRole()
    {
        auto client = m_sandbox->client(QStringLiteral("member"));
        const TeamMemberListResult result =
            await<TeamMemberListResult>(client->listTeamMembers(QStringLiteral("backend")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(!result.value.isEmpty());
        for (const TeamMember &row : result.value) {
            QCOMPARE(row.teamSlug, QStringLiteral("backend"));
            const sandbox::MemberRecord *m = m_sandbox->org().member(row.memberId.toLongLong());
            QVERIFY(m);
            const auto membership =
                std::find_if(m->teams.cbegin(), m->teams.cend(),
                             [](const auto &t) { return t.teamSlug == QLatin1String("backend"); });
            QVERIFY(membership != m->teams.cend());
            QCOMPARE(row.teamRole, membership->role);
        }
        const TeamMemberListResult unknown =
            await<TeamMemberListResult>(client->listTeamMembers(QStringLiteral("no-such-team")));
        QCOMPARE(unknown.httpStatus, 404);
    }

    void removeMember_doneAndRefused()
    {
        auto owner = m_sandbox->client(QStringLiteral("owner"));
        const qint64 member = memberWhere([](const sandbox::MemberRecord &m) {
            return m.role == QLatin1String("member") && !m.isPending() &&
                   !m.flags.value(QStringLiteral("idp:provisioned"));
        });
        const DoneResult done = await<DoneResult>(owner->removeMember(QString::number(member)));
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        QVERIFY(done.value);
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("DELETE"));
        QVERIFY(!m_sandbox->org().member(member));

        auto manager = m_sandbox->client(QStringLiteral("manager"));
        const qint64 anOwner = memberWhere(
            [](const sandbox::MemberRecord &m) { return m.role == QLatin1String("owner"); });
        const DoneResult refused =
            await<DoneResult>(manager->removeMember(QString::number(anOwner)));
        QCOMPARE(refused.httpStatus, 400);
        QVERIFY(!refused.value);
        QCOMPARE(refused.error.message,
                 QStringLiteral("You cannot remove a member who has more access than you."));
        QVERIFY(m_sandbox->org().member(anOwner));
    }

    // A removal whose answer is lost went out once, and the result says its outcome is not
    // known (the members view then checks with a GET).
    void removeMember_lostAnswerWentOutOnce()
    {
        auto owner = m_sandbox->client(QStringLiteral("owner"));
        const qint64 member = memberWhere([](const sandbox::MemberRecord &m) {
            return m.role == QLatin1String("member") && !m.isPending() &&
                   !m.flags.value(QStringLiteral("idp:provisioned"));
        });
        const QString path = QStringLiteral("members/%1/").arg(member);
        m_sandbox->server().addFault({"DELETE", path, sandbox::Fault::Kind::ResetAfter, 0, 1});
        const DoneResult result = await<DoneResult>(owner->removeMember(QString::number(member)));
        QVERIFY(!result.ok());
        QVERIFY(result.error.outcomeUnknown);
        QTest::qWait(duplicateWindow);
        int deletes = 0;
        for (const sandbox::Request &r : m_sandbox->api().received())
            deletes += r.method == "DELETE" && r.path.endsWith(path) ? 1 : 0;
        QCOMPARE(deletes, 1);
        QVERIFY(!m_sandbox->org().member(member)); // it was done
    }

    void removeMember_badIdIsNeverSent()
    {
        auto owner = m_sandbox->client(QStringLiteral("owner"));
        const qsizetype before = m_sandbox->requestCount();
        const DoneResult result = await<DoneResult>(owner->removeMember(QStringLiteral("12/../3")));
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    void deprovisionScim_needsMemberAdmin()
    {
        const qint64 provisioned = memberWhere([](const sandbox::MemberRecord &m) {
            return m.flags.value(QStringLiteral("idp:provisioned"));
        });
        auto member = m_sandbox->client(QStringLiteral("member"));
        const DoneResult refused =
            await<DoneResult>(member->deprovisionScimUser(QString::number(provisioned)));
        QCOMPARE(refused.httpStatus, 403);
        QCOMPARE(refused.error.message,
                 QStringLiteral("You do not have permission to perform this action."));
        auto owner = m_sandbox->client(QStringLiteral("owner"));
        const DoneResult done =
            await<DoneResult>(owner->deprovisionScimUser(QString::number(provisioned)));
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        QCOMPARE(m_sandbox->lastRequest().path,
                 QStringLiteral("/api/0/organizations/demo/scim/v2/Users/%1").arg(provisioned));
        QVERIFY(!m_sandbox->org().member(provisioned));
    }

    void deleteExternalUser_thenNotFound()
    {
        auto owner = m_sandbox->client(QStringLiteral("owner"));
        const QString id = QString::number(m_sandbox->org().externalUsers.first().id);
        const DoneResult done = await<DoneResult>(owner->deleteExternalUser(id));
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        QCOMPARE(done.httpStatus, 204);
        const DoneResult again = await<DoneResult>(owner->deleteExternalUser(id));
        QCOMPARE(again.httpStatus, 404);
        QCOMPARE(again.error.message, QStringLiteral("Not found."));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryApi)
#include "tst_directoryapi.moc"
