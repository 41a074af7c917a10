// SPDX-License-Identifier: MIT
// The client paces its requests within Sentry's API rate limits (notes on Sentry's API,
// 5.1, 5.2): a few at a time, no more per window than the headers leave, nothing of a
// bucket until the reset once the window is used up, and it says until when.
#include "support/rawhttpserver.h"
#include "support/testsupport.h"

#include <QSignalSpy>

using namespace sm;
using namespace sm::test;

namespace {

QByteArray teamsAnswer(const QList<QByteArray> &headers)
{
    return RawHttpServer::response(200, "[]", headers);
}

// The most requests the client had on their way at once, from its own exchanges.
int mostAtOnce(const QList<Exchange> &exchanges)
{
    QList<QPair<qint64, int>> edges;
    for (const Exchange &e : exchanges) {
        const qint64 start = e.startedAt.toMSecsSinceEpoch();
        edges.append({start, +1});
        edges.append({start + e.elapsed.count(), -1});
    }
    std::sort(edges.begin(), edges.end()); // an end before a start at the same millisecond
    int going = 0, most = 0;
    for (const auto &[at, step] : edges) {
        going += step;
        most = qMax(most, going);
    }
    return most;
}

// Waits for every job (each may finish while another is awaited) and returns the results in
// the order of the jobs.
template<typename ResultT, typename Job> QList<ResultT> awaitAll(const QList<Job *> &jobs)
{
    QList<std::optional<ResultT>> results(jobs.size());
    QObject context;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        QObject::connect(jobs.at(i), &Job::finished, &context,
                         [&results, i](const ResultT &r) { results[i] = r; });
    }
    const bool all = QTest::qWaitFor(
        [&] {
            return std::all_of(results.cbegin(), results.cend(),
                               [](const auto &r) { return r.has_value(); });
        },
        30000);
    if (!all)
        QTest::qFail("not every job finished", __FILE__, __LINE__);
    QList<ResultT> done;
    for (const auto &r : results)
        done.append(r.value_or(ResultT()));
    return done;
}

} // namespace

class TestPacing : public QObject
{
    Q_OBJECT

private slots:
    // Self-hosted Sentry sends no rate-limit headers: four at a time, no more.
    void concurrency_fourByDefault()
    {
        Sandbox sandbox(60);
        sandbox.server().addFault(
            {"GET", QStringLiteral("teams/"), sandbox::Fault::Kind::Delay, 300});
        auto client = sandbox.client(QStringLiteral("owner"));
        QList<Exchange> exchanges;
        connect(client.get(), &SentryClient::exchangeFinished, client.get(),
                [&](const Exchange &e) { exchanges.append(e); });
        QList<TeamListJob *> jobs;
        for (int i = 0; i < 10; ++i)
            jobs.append(client->listTeams());
        QCOMPARE(client->pacer()->inFlightCount(), 4);
        QCOMPARE(client->pacer()->waitingCount(), 6);
        for (const TeamListResult &result : awaitAll<TeamListResult>(jobs))
            QVERIFY(result.ok());
        QCOMPARE(exchanges.size(), 10);
        QCOMPARE(mostAtOnce(exchanges), 4);
    }

    // X-Sentry-Rate-Limit-ConcurrentLimit sets how many go at once, never more than 25.
    void concurrency_fromTheHeader_atMost25()
    {
        QByteArray limit = "2";
        RawHttpServer server([&](const QByteArray &) {
            return teamsAnswer({"X-Sentry-Rate-Limit-ConcurrentLimit: " + limit});
        });
        auto client = peerClient(server.url());
        QVERIFY(await<TeamListResult>(client->listTeams()).ok());
        QCOMPARE(client->pacer()->concurrency(), 2);
        limit = "100";
        QVERIFY(await<TeamListResult>(client->listTeams()).ok());
        QCOMPARE(client->pacer()->concurrency(), 25);
    }

    // Under a 10/s limit on the members list, 30 lists read in three windows and Sentry
    // never answers 429; the client says when it waits.
    void window_usedUpWaitsForTheReset_neverA429()
    {
        Sandbox sandbox(60);
        sandbox.api().rateLimiter().setDefaultLimit(100);
        sandbox.api().rateLimiter().setMembersIndexLimit(10);
        QList<int> statuses;
        sandbox.recordStatuses(&statuses);
        auto client = sandbox.client(QStringLiteral("owner"));
        QSignalSpy waits(client.get(), &SentryClient::waitingForRateLimit);
        QList<MemberListJob *> jobs;
        for (int i = 0; i < 30; ++i)
            jobs.append(client->listMembers(QStringLiteral("email:ada.lovelace@example.com")));
        for (const MemberListResult &result : awaitAll<MemberListResult>(jobs))
            QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(statuses.size(), 30);
        QVERIFY2(!statuses.contains(429), "Sentry was asked more than the window allows");
        QVERIFY(!waits.isEmpty());
        const QDateTime until = waits.first().at(0).toDateTime();
        QVERIFY(until.isValid());
        QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(-10));
    }

    // After the rate limiter's 429 nothing of that bucket goes before its reset; another
    // bucket (another method) is not held. The refused read goes again after the reset and
    // its caller gets the answer, never the 429.
    void after429_holdsTheBucketUntilTheReset()
    {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 2;
        QList<qint64> arrivals;
        RawHttpServer server([&](const QByteArray &head) {
            arrivals.append(QDateTime::currentMSecsSinceEpoch());
            if (arrivals.size() == 1) {
                return RawHttpServer::response(
                    429,
                    R"({"detail":"You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds"})",
                    {"X-Sentry-Rate-Limit-Limit: 40", "X-Sentry-Rate-Limit-Remaining: 0",
                     "X-Sentry-Rate-Limit-Reset: " + QByteArray::number(reset)},
                    "text/html; charset=utf-8");
            }
            if (head.startsWith("DELETE"))
                return RawHttpServer::response(204, {}, {}, {});
            return teamsAnswer({});
        });
        auto client = peerClient(server.url());
        QSignalSpy waits(client.get(), &SentryClient::waitingForRateLimit);
        std::optional<TeamListResult> read;
        connect(client->listTeams(), &TeamListJob::finished, client.get(),
                [&](const TeamListResult &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return arrivals.size() == 1; }, 5000));
        const DoneResult other = await<DoneResult>(client->deleteExternalUser(QStringLiteral("5")));
        QVERIFY(other.ok()); // DELETE's bucket was not held
        QVERIFY(!read.has_value());
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().at(0).toDateTime().toSecsSinceEpoch(), reset);
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 10000));
        QVERIFY2(read->ok(), qPrintable(read->error.message));
        QCOMPARE(arrivals.size(), 3);
        QVERIFY2(
            arrivals.last() >= reset * 1000,
            qPrintable(
                QStringLiteral("sent %1 ms before the reset").arg(reset * 1000 - arrivals.last())));
    }

    // A 429 without Sentry's window headers (a proxy's, a fixed window): Retry-After says how
    // long the bucket waits. A change refused so is never sent again by the client.
    void after429WithRetryAfter_readsWaitChangesAreNotResent()
    {
        QList<qint64> reads;
        int deletes = 0;
        RawHttpServer server([&](const QByteArray &head) {
            if (head.startsWith("DELETE")) {
                ++deletes;
                return RawHttpServer::response(429, R"({"detail":"Slow down."})",
                                               {"Retry-After: 1"});
            }
            reads.append(QDateTime::currentMSecsSinceEpoch());
            if (reads.size() == 1)
                return RawHttpServer::response(429, R"({"detail":"Slow down."})",
                                               {"Retry-After: 1"});
            return teamsAnswer({});
        });
        auto client = peerClient(server.url());
        const TeamListResult read = await<TeamListResult>(client->listTeams());
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        QCOMPARE(reads.size(), 2);
        QVERIFY2(
            reads.last() - reads.first() >= 1000,
            qPrintable(QStringLiteral("read again after %1 ms").arg(reads.last() - reads.first())));
        const DoneResult change =
            await<DoneResult>(client->deleteExternalUser(QStringLiteral("5")));
        QCOMPARE(change.httpStatus, 429);
        QVERIFY(!change.error.outcomeUnknown); // refused: nothing was changed
        QTest::qWait(300);
        QCOMPARE(deletes, 1);
    }

    // Cancelling a request that is still waiting for its place sends nothing and says so.
    void cancelWhileWaiting_sendsNothing()
    {
        Sandbox sandbox(60);
        sandbox.server().addFault(
            {"GET", QStringLiteral("teams/"), sandbox::Fault::Kind::Delay, 300});
        auto client = sandbox.client(QStringLiteral("owner"));
        QList<TeamListJob *> busy;
        for (int i = 0; i < 4; ++i)
            busy.append(client->listTeams());
        sandbox.api().clearReceived();
        DoneJob *waiting = client->removeMember(QStringLiteral("25"));
        QCOMPARE(client->pacer()->waitingCount(), 1);
        waiting->cancel();
        const DoneResult result = await<DoneResult>(waiting);
        QVERIFY(result.error.isCancelled());
        QVERIFY(!result.error.outcomeUnknown); // it never left
        awaitAll<TeamListResult>(busy);
        QTest::qWait(duplicateWindow);
        for (const sandbox::Request &r : sandbox.api().received())
            QVERIFY(r.method != "DELETE");
        QVERIFY(sandbox.org().member(25));
    }
};

QTEST_GUILESS_MAIN(TestPacing)
#include "tst_pacing.moc"
