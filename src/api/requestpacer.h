// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "api/connection.h"
#include "api/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace sm {

// Schedules the client's requests within Sentry's API rate limits (notes on Sentry's API,
// 5.1, 5.2) instead of sending each the moment it is asked for:
// - at most `concurrency()` at once: 4, or what X-Sentry-Rate-Limit-ConcurrentLimit says
//   (never above 25);
// - per bucket (GET and POST of the members index have their own, every other request
//   shares one per HTTP method), no more than X-Sentry-Rate-Limit-Remaining leaves in the
//   current window; at its end (X-Sentry-Rate-Limit-Reset) the bucket is fresh again;
// - after the rate limiter's 429 (Remaining 0), nothing of that bucket until the reset.
// A self-hosted Sentry sends none of these headers: then only the concurrency applies.
class RequestPacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPacer)

public:
    static constexpr int defaultConcurrency = 4;
    static constexpr int maxConcurrency = 25;

    explicit RequestPacer(QObject *parent = nullptr);
    ~RequestPacer() override;

    // The bucket Sentry counts a request in: per caller (here: per instance and token), then
    // "GET members/", "POST members/" or the method.
    static QString bucketOf(const ApiRequest &request, const ConnectionSettings &connection);

    // Runs `send` once the request identified by `key` may go (perhaps at once).
    void enqueue(const void *key, const QString &bucket, std::function<void()> send);
    // A request that had not gone yet and never will.
    void dequeue(const void *key);
    // A request that went has its answer (or was abandoned: no headers); frees its place and
    // learns the limits from the headers.
    void finished(const void *key, const HeaderList &headers, int status);

    int concurrency() const { return m_concurrency; }
    int waitingCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }

signals:
    // Requests of a bucket are held until `until` (UTC): the rate limit's window is used up.
    void holding(const QString &bucket, const QDateTime &until);

private:
    struct Pending
    {
        const void *key;
        QString bucket;
        std::function<void()> send;
    };
    struct Bucket
    {
        int remaining = -1; // -1: not known (no header yet, or a new window)
        qint64 resetMs = 0; // when the window ends, on this computer's clock
    };
    void dispatch();
    // Until when the bucket holds its next request (0: it need not wait).
    qint64 heldUntilMs(const QString &bucket, qint64 nowMs);

    QList<Pending> m_queue;
    QHash<const void *, QString> m_inFlight; // key -> bucket
    QHash<QString, Bucket> m_buckets;
    QHash<QString, qint64> m_announcedHold; // bucket -> the hold last announced
    QTimer m_wake;
    int m_concurrency = defaultConcurrency;
    bool m_dispatching = false;
};

} // namespace sm
