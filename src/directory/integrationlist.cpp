// SPDX-License-Identifier: MIT
#include "directory/integrationlist.h"

#include "api/sentryclient.h"

namespace sm::directory {

IntegrationList::IntegrationList(SentryClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

IntegrationList::~IntegrationList()
{
    if (m_job)
        m_job->cancel();
}

void IntegrationList::request()
{
    if (m_known || m_job)
        return;
    m_job = m_client->listIntegrations();
    connect(m_job, &IntegrationListJob::finished, this, [this](const IntegrationListResult &r) {
        m_job = nullptr;
        m_result = r;
        m_known = true;
        emit changed();
    });
}

QList<Integration> IntegrationList::forProvider(const QString &providerKey) const
{
    QList<Integration> found;
    for (const Integration &integration : m_result.value) {
        if (integration.providerKey.compare(providerKey, Qt::CaseInsensitive) == 0)
            found.append(integration);
    }
    return found;
}

void IntegrationList::clear()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    const bool wasKnown = m_known;
    m_result = {};
    m_known = false;
    if (wasKnown)
        emit changed();
}

} // namespace sm::directory
