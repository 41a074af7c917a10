// SPDX-License-Identifier: MIT
#include "sandbox/ratelimiter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sm::sandbox {

RateLimiter::Verdict RateLimiter::check(const QString &caller, const QByteArray &method,
                                        bool membersIndex, qint64 nowMs)
{
    Verdict verdict;
    if (!enabled())
        return verdict;
    constexpr qint64 windowSeconds = 1;
    const qint64 window = nowMs / 1000 / windowSeconds;
    if (window != m_window) { // Redis forgets a window once it has passed
        m_counters.clear();
        m_window = window;
    }
    // get_rate_limit_key: a custom limit keys on the view, the default group on "default".
    const QString group = membersIndex ? QStringLiteral("OrganizationMemberIndexEndpoint")
                                       : QStringLiteral("default");
    const QString category = caller.section(QLatin1Char(':'), 0, 0);
    const QString key =
        QStringLiteral("%1:%2:%3:%4")
            .arg(category, group, QString::fromLatin1(method), caller.section(QLatin1Char(':'), 1));
    const int limit = membersIndex ? m_membersIndexLimit : m_defaultLimit;
    const int current = ++m_counters[key];
    verdict.limited = current > limit;
    const qint64 reset = (window + 1) * windowSeconds;
    verdict.headers = {
        {"X-Sentry-Rate-Limit-Remaining",
         QByteArray::number(verdict.limited ? 0 : limit - current)},
        {"X-Sentry-Rate-Limit-Limit", QByteArray::number(limit)},
        {"X-Sentry-Rate-Limit-Reset", QByteArray::number(reset)},
    };
    // The members index has no concurrent limit; the default group reports one, and the
    // concurrent limiter runs only when the window was not exceeded. The sandbox answers
    // one request at a time: this one is the only one in flight.
    if (!membersIndex) {
        verdict.headers.append(
            {"X-Sentry-Rate-Limit-ConcurrentLimit", QByteArray::number(concurrentLimit)});
        if (!verdict.limited)
            verdict.headers.append({"X-Sentry-Rate-Limit-ConcurrentRemaining",
                                    QByteArray::number(concurrentLimit - 1)});
    }
    if (verdict.limited) {
        // A plain Django HttpResponse of orjson.dumps(...): compact JSON under Django's
        // default content type, and no Retry-After.
        verdict.refusal.status = 429;
        verdict.refusal.contentType = "text/html; charset=utf-8";
        verdict.refusal.body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("detail"),
                             QStringLiteral("You are attempting to use this endpoint too "
                                            "frequently. Limit is %1 requests in %2 seconds")
                                 .arg(limit)
                                 .arg(windowSeconds)}})
                .toJson(QJsonDocument::Compact);
    }
    return verdict;
}

} // namespace sm::sandbox
