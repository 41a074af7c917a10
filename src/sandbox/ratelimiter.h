// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/httpmessage.h"

#include <QHash>
#include <QString>

// Sentry's API rate limits as sentry.io runs them (src/sentry/middleware/ratelimit.py,
// src/sentry/ratelimits/utils.py and config.py): fixed, epoch-aligned 1-second windows per
// caller; the members index (GET and POST members/) has its own 40/s bucket per method,
// every other endpoint shares one bucket per caller and HTTP method. Self-hosted Sentry
// does not limit at all, which is the sandbox's default.
namespace sm::sandbox {

class RateLimiter
{
public:
    // The members index's own limit (OrganizationMemberIndexEndpoint.rate_limits).
    static constexpr int membersIndexLimit = 40;
    // SENTRY_CONCURRENT_RATE_LIMIT_DEFAULT: reported with the default group's limit; the
    // open-source configuration does not enforce it (ENFORCE_CONCURRENT_RATE_LIMITS off).
    static constexpr int concurrentLimit = 25;

    // 0 turns the limiter off; otherwise the default group's requests per second.
    void setDefaultLimit(int perSecond) { m_defaultLimit = perSecond; }
    int defaultLimit() const { return m_defaultLimit; }
    void setMembersIndexLimit(int perSecond) { m_membersIndexLimit = perSecond; }
    bool enabled() const { return m_defaultLimit > 0; }

    struct Verdict
    {
        bool limited = false;
        Response refusal;                             // the middleware's 429, when limited
        QList<QPair<QByteArray, QByteArray>> headers; // for every answer to this request
    };
    // Counts one request by `caller` ("user:<id>", "org:<id>" or "ip:<address>") at
    // `nowMs` (milliseconds since the epoch).
    Verdict check(const QString &caller, const QByteArray &method, bool membersIndex, qint64 nowMs);

private:
    int m_defaultLimit = 0;
    int m_membersIndexLimit = membersIndexLimit;
    qint64 m_window = -1;           // the current window (seconds since the epoch)
    QHash<QString, int> m_counters; // of the current window only
};

} // namespace sm::sandbox
