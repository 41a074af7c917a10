// SPDX-License-Identifier: MIT
#include "sandbox/invitelimits.h"

namespace sm::sandbox {

QString InviteLimits::organizationKey(qint64 organizationId)
{
    return QStringLiteral("members:invite-by-org:%1").arg(organizationId);
}

QString InviteLimits::addressKey(qint64 organizationId, const QString &email)
{
    // Sentry hashes email.lower(): Ada@x.io and ada@x.io share one counter.
    return QStringLiteral("members:org-invite-to-email:%1-%2")
        .arg(organizationId)
        .arg(email.toLower());
}

bool InviteLimits::countAttempt(const QDate &day, qint64 organizationId, const QString &inviter,
                                const QString &email)
{
    if (!m_enabled)
        return false;
    if (day != m_day) { // Redis keys of a past window expire; only today's are kept
        m_counters.clear();
        m_day = day;
    }
    // All three are counted on every attempt (Sentry evaluates the whole tuple before any()).
    const int byInviter = ++m_counters[QStringLiteral("members:invite-by-user:") + inviter];
    const int byOrganization = ++m_counters[organizationKey(organizationId)];
    const int byAddress = ++m_counters[addressKey(organizationId, email)];
    return byInviter > perInviter || byOrganization > perOrganization || byAddress > perAddress;
}

int InviteLimits::count(const QDate &day, const QString &key) const
{
    return day == m_day ? m_counters.value(key) : 0;
}

int InviteLimits::usedByOrganization(const QDate &day, qint64 organizationId) const
{
    return count(day, organizationKey(organizationId));
}

int InviteLimits::usedByInviter(const QDate &day, const QString &inviter) const
{
    return count(day, QStringLiteral("members:invite-by-user:") + inviter);
}

int InviteLimits::usedForAddress(const QDate &day, qint64 organizationId,
                                 const QString &email) const
{
    return count(day, addressKey(organizationId, email));
}

} // namespace sm::sandbox
