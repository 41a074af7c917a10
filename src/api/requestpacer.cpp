// SPDX-License-Identifier: MIT
#include "api/requestpacer.h"

#include "api/logging.h"

#include <QCryptographicHash>

namespace sm {

namespace {

// A window's end as this computer's clock sees it: Sentry's clock and ours may differ by a
// little; a wait of more than this is not a rate-limit window (those are seconds) but a
// clock far off, and is cut short rather than stalling the app.
constexpr qint64 longestHoldMs = 60000;
// Past the reset, a little more, so the next request lands in the new window.
constexpr qint64 resetMarginMs = 50;

std::optional<qint64> number(const HeaderList &headers, const char *name)
{
    bool ok = false;
    const qint64 value = headerValue(headers, name).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

RequestPacer::RequestPacer(QObject *parent)
    : QObject(parent)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RequestPacer::dispatch);
}

RequestPacer::~RequestPacer() = default;

QString RequestPacer::bucketOf(const ApiRequest &request, const ConnectionSettings &connection)
{
    // Sentry counts per caller; a token stands for its caller here, by a digest that stays in
    // memory (the token itself is never a key).
    const QByteArray identity =
        connection.baseUrl.host().toUtf8() + QByteArray(1, '\n') + connection.token.toUtf8();
    const QByteArray caller =
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16);
    // OrganizationMemberIndexEndpoint has its own limits for GET and POST; everything else
    // this client calls shares the default group's bucket of its method.
    const QByteArray &method = request.method;
    const bool membersIndex = request.root == ApiRequest::Root::Organization &&
                              request.path == QLatin1String("members/") &&
                              (method == "GET" || method == "POST");
    return QString::fromLatin1(caller + ' ' + method) +
           (membersIndex ? QStringLiteral(" members/") : QString());
}

void RequestPacer::enqueue(const void *key, const QString &bucket, std::function<void()> send)
{
    m_queue.append({key, bucket, std::move(send)});
    dispatch();
}

void RequestPacer::dequeue(const void *key)
{
    m_queue.removeIf([key](const Pending &p) { return p.key == key; });
}

void RequestPacer::finished(const void *key, const HeaderList &headers, int status)
{
    if (!m_inFlight.contains(key))
        return;
    const QString bucket = m_inFlight.take(key);
    if (const auto limit = number(headers, "X-Sentry-Rate-Limit-ConcurrentLimit");
        limit && *limit > 0)
        m_concurrency = int(qMin<qint64>(*limit, maxConcurrency));
    const auto remaining = number(headers, "X-Sentry-Rate-Limit-Remaining");
    const auto reset = number(headers, "X-Sentry-Rate-Limit-Reset");
    if (remaining && reset) {
        Bucket &b = m_buckets[bucket];
        const qint64 resetMs = *reset * 1000;
        // Answers arrive out of order: the latest window wins, and in one window the fewest
        // requests left.
        if (resetMs > b.resetMs ||
            (resetMs == b.resetMs && (b.remaining < 0 || *remaining < b.remaining))) {
            b.resetMs = resetMs;
            b.remaining = int(*remaining);
        }
        if (status == 429)
            qCInfo(lcApi) << "Rate limited until"
                          << QDateTime::fromMSecsSinceEpoch(resetMs, Qt::UTC);
    } else if (status == 429) {
        // A 429 without Sentry's window (a fixed-window limit, a proxy's): Retry-After says
        // how long to wait, else a second.
        const auto retryAfter = number(headers, "Retry-After");
        const qint64 waitMs = retryAfter && *retryAfter > 0 ? *retryAfter * 1000 : 1000;
        Bucket &b = m_buckets[bucket];
        b.resetMs = QDateTime::currentMSecsSinceEpoch() + qMin<qint64>(waitMs, longestHoldMs);
        b.remaining = 0;
        qCInfo(lcApi) << "Rate limited for" << waitMs << "ms";
    }
    dispatch();
}

qint64 RequestPacer::heldUntilMs(const QString &bucket, qint64 now)
{
    const auto it = m_buckets.find(bucket);
    if (it == m_buckets.end() || it->remaining < 0)
        return 0;
    const qint64 until = qMin(it->resetMs + resetMarginMs, now + longestHoldMs);
    if (now >= until) { // a new window: nothing known of it yet
        it->remaining = -1;
        return 0;
    }
    int going = 0;
    for (const QString &b : std::as_const(m_inFlight))
        going += b == bucket ? 1 : 0;
    return it->remaining - going > 0 ? 0 : until;
}

void RequestPacer::dispatch()
{
    if (m_dispatching) // a request sent from here finished at once: its own call dispatches
        return;
    m_dispatching = true;
    const qint64 now = nowMs();
    qint64 wakeAt = 0;
    for (qsizetype i = 0; i < m_queue.size() && m_inFlight.size() < m_concurrency;) {
        const QString bucket = m_queue.at(i).bucket;
        if (const qint64 until = heldUntilMs(bucket, now)) {
            wakeAt = wakeAt ? qMin(wakeAt, until) : until;
            if (m_announcedHold.value(bucket) != until) {
                m_announcedHold.insert(bucket, until);
                emit holding(bucket, QDateTime::fromMSecsSinceEpoch(until, Qt::UTC));
            }
            ++i;
            continue;
        }
        Pending next = m_queue.takeAt(i);
        m_inFlight.insert(next.key, next.bucket);
        next.send();
    }
    if (wakeAt)
        m_wake.start(int(qMax<qint64>(0, wakeAt - now)));
    m_dispatching = false;
}

} // namespace sm
