// SPDX-License-Identifier: MIT
// The api calls behind the member directory, against the sandbox: members streamed page by
// page with their links (several pages at a time, in order, within the rate limit), a team's
// members, and the removals with Sentry's refusals.
#include "support/rawhttpserver.h"
#include "support/testsupport.h"

#include "api/memberstream.h"

using namespace sm;
using namespace sm::test;

namespace {

// A members page's Link header pointing at `cursor`, as Sentry writes it.
QByteArray nextLink(const QByteArray &cursor, bool more = true)
{
    return "Link: <http://127.0.0.1/api/0/organizations/demo/members/?cursor=" + cursor +
           ">; rel=\"next\"; results=\"" + (more ? "true" : "false") + "\"; cursor=\"" + cursor +
           "\"";
}

// A page of one member, m<id>@example.com.
QByteArray onePersonPage(int id)
{
    const QByteArray n = QByteArray::number(id);
    return "[{\"id\":\"" + n + "\",\"email\":\"m" + n + "@example.com\"}]";
}

// Runs `stream` to its end: the emails of the members it handed out, in order.
QStringList emailsOf(MemberStream *stream, MemberListResult *result)
{
    QStringList emails;
    QObject context;
    QObject::connect(stream, &MemberStream::pageReceived, &context, [&](const QList<Member> &page) {
        for (const Member &m : page)
            emails.append(m.email);
    });
    *result = await<MemberListResult>(stream);
    return emails;
}

} // namespace

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

    // Sentry's offset cursors are predictable: pages after the first are asked for several at
    // a time, handed out in order, and a 10/s limit on the list is never exceeded.
    void memberStream_readsAheadInOrderWithinTheLimit()
    {
        Sandbox sandbox(2450);
        sandbox.api().rateLimiter().setMembersIndexLimit(10);
        QList<int> statuses;
        sandbox.recordStatuses(&statuses);
        auto client = sandbox.client(QStringLiteral("owner"));
        const MemberListResult plain = await<MemberListResult>(client->listMembers());
        QVERIFY2(plain.ok(), qPrintable(plain.error.message));
        statuses.clear();
        QTest::qWait(1100); // a fresh window for the stream

        auto *stream = new MemberStream(client.get(), QString());
        QList<Member> seen;
        int pages = 0;
        int mostAsked = 0; // pages on their way while one is shown
        int askedWhenFirstShown = 0;
        connect(stream, &MemberStream::pageReceived, this, [&](const QList<Member> &page) {
            if (++pages == 1)
                askedWhenFirstShown = stream->pagesRequested();
            mostAsked =
                qMax(mostAsked, client->pacer()->inFlightCount() + client->pacer()->waitingCount());
            seen += page;
        });
        const MemberListResult result = await<MemberListResult>(stream);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(pages, 25);
        // Showing a page takes time: the next is on its way before the first is handed out.
        QCOMPARE(askedWhenFirstShown, 2);
        QVERIFY2(mostAsked >= 4,
                 qPrintable(QStringLiteral("at most %1 pages on their way").arg(mostAsked)));
        QCOMPARE(seen.size(), plain.value.size());
        for (qsizetype i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i).id, plain.value.at(i).id);
        QVERIFY2(!statuses.contains(429), "Sentry was asked more than the window allows");
    }

    // A page that fails ends the stream with its error after the pages before it, in order;
    // nothing after it is handed out.
    void memberStream_failedPageEndsAfterThePagesBefore()
    {
        Sandbox sandbox(1000);
        auto client = sandbox.client(QStringLiteral("owner"));
        const MemberListResult plain = await<MemberListResult>(client->listMembers());
        QVERIFY(plain.ok());
        auto *stream = new MemberStream(client.get(), QString());
        QList<Member> seen;
        connect(stream, &MemberStream::pageReceived, this, [&](const QList<Member> &page) {
            if (seen.isEmpty()) // one of the pages asked for ahead fails
                sandbox.server().addFault(
                    {"GET", QStringLiteral("members/"), sandbox::Fault::Kind::Html500, 0, 1});
            seen += page;
        });
        const MemberListResult result = await<MemberListResult>(stream);
        QVERIFY(!result.ok());
        QCOMPARE(result.httpStatus, 500);
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.size() < plain.value.size());
        QCOMPARE(seen.size() % 100, 0);
        for (qsizetype i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i).id, plain.value.at(i).id);
    }

    // A page ahead that is not JSON ends the stream as unreadable, after the pages before it.
    void memberStream_unreadablePageEndsTheStream()
    {
        RawHttpServer server([&](const QByteArray &head) {
            const QByteArray line = head.left(head.indexOf("\r\n"));
            const int at = line.indexOf("cursor=100%3A");
            const int page = at < 0 ? 0 : line.mid(at + 13).split('%').first().toInt();
            const QByteArray link = nextLink("100:" + QByteArray::number(page + 1) + ":0");
            if (page == 2)
                return RawHttpServer::response(200, "<html>not a page</html>", {link});
            return RawHttpServer::response(200, onePersonPage(page + 1), {link});
        });
        auto client = peerClient(server.url());
        MemberListResult result;
        const QStringList emails = emailsOf(new MemberStream(client.get(), QString()), &result);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Server); // a 2xx that cannot be read
        QCOMPARE(result.error.httpStatus, 200);
        QCOMPARE(emails,
                 (QStringList{QStringLiteral("m1@example.com"), QStringLiteral("m2@example.com")}));
    }

    // A server whose cursors are not the offset paginator's is followed one page at a time,
    // as its Link header says.
    void memberStream_followsOtherCursorsOneByOne()
    {
        QStringList cursors;
        RawHttpServer server([&](const QByteArray &head) {
            const QByteArray line = head.left(head.indexOf("\r\n"));
            if (line.contains("/members/me/"))
                return RawHttpServer::response(200, R"({"id":"1","email":"a@example.com"})");
            const int at = line.indexOf("cursor=");
            const QByteArray cursor = at < 0 ? QByteArray() : line.mid(at + 7).split(' ').first();
            cursors.append(QString::fromLatin1(cursor));
            const QByteArray next = cursor.isEmpty() ? "opaque-b" : "opaque-c";
            return RawHttpServer::response(200, onePersonPage(int(cursors.size())),
                                           {nextLink(next, cursor != "opaque-c")});
        });
        auto client = peerClient(server.url());
        MemberListResult result;
        const QStringList emails = emailsOf(new MemberStream(client.get(), QString()), &result);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(cursors,
                 (QStringList{QString(), QStringLiteral("opaque-b"), QStringLiteral("opaque-c")}));
        QCOMPARE(emails,
                 (QStringList{QStringLiteral("m1@example.com"), QStringLiteral("m2@example.com"),
                              QStringLiteral("m3@example.com")}));
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
