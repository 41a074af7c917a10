// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

// Sentry's invitation limits (src/sentry/ratelimits/utils.py, DEFAULT_CONFIG and
// for_organization_member_invite): per UTC day, 100 invitations per organization, 100 per
// inviting user and 10 per address (case-folded). Every attempt counts on all three
// counters, the refused ones included; an attempt is refused once any counter goes above
// its limit. On by default, on self-hosted too (the feature is registered default=True).
namespace sm::sandbox {

class InviteLimits
{
public:
    static constexpr int perOrganization = 100;
    static constexpr int perInviter = 100;
    static constexpr int perAddress = 10;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool enabled() const { return m_enabled; }

    // Counts one attempt on `day` (UTC) by `inviter` (a user id, or the integration's proxy
    // user) to `email`. Returns true when the attempt is over a limit.
    bool countAttempt(const QDate &day, qint64 organizationId, const QString &inviter,
                      const QString &email);
    // What `day` has used so far, for tests and the sandbox's own report.
    int usedByOrganization(const QDate &day, qint64 organizationId) const;
    int usedByInviter(const QDate &day, const QString &inviter) const;
    int usedForAddress(const QDate &day, qint64 organizationId, const QString &email) const;

private:
    static QString organizationKey(qint64 organizationId);
    static QString addressKey(qint64 organizationId, const QString &email);
    int count(const QDate &day, const QString &key) const;

    bool m_enabled = true;
    QDate m_day; // the counters are of this day; an attempt on a later day starts afresh
    QHash<QString, int> m_counters;
};

} // namespace sm::sandbox
