// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobs.h"

#include <QObject>
#include <QPointer>

namespace sm {
class SentryClient;
}

namespace sm::directory {

// The organization's installed integrations (every provider), read once when first asked
// for and kept until the organization is loaded again: the link form's picker, a bulk
// preview's "unknown integration" and a command line's --integration NAME all read this
// copy instead of asking Sentry each time.
class IntegrationList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationList)

public:
    explicit IntegrationList(SentryClient *client, QObject *parent = nullptr);
    ~IntegrationList() override;

    // Reads the list unless it is known or on its way.
    void request();
    bool isKnown() const { return m_known; }
    bool isLoading() const { return m_job != nullptr; }
    // The integrations, or why they could not be read; empty while not known.
    const IntegrationListResult &result() const { return m_result; }
    // The known integrations of one provider ("github", "slack", ...), as Sentry lists them.
    QList<Integration> forProvider(const QString &providerKey) const;
    // Forgets the list (a new connection, a reload); the next request() reads it again.
    void clear();

signals:
    // Known now, or forgotten.
    void changed();

private:
    SentryClient *m_client;
    QPointer<IntegrationListJob> m_job;
    IntegrationListResult m_result;
    bool m_known = false;
};

} // namespace sm::directory
