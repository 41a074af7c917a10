// SPDX-License-Identifier: MIT
#include "api/connectioncheck.h"

namespace sm {

ConnectionCheck::ConnectionCheck(SentryClient *client, const ConnectionSettings &candidate)
    : QObject(client)
    , m_client(client)
    , m_candidate(candidate)
    , m_given(candidate.baseUrl)
{
    if (!connection::hasRegions(candidate.baseUrl)) {
        askForMe();
        return;
    }
    OrganizationJob *organization = client->organization(candidate);
    m_job = organization;
    connect(organization, &OrganizationJob::finished, this, &ConnectionCheck::onOrganization);
}

void ConnectionCheck::onOrganization(const OrganizationResult &result)
{
    if (result.error.isCancelled()) {
        ConnectionCheckResult check;
        static_cast<Outcome &>(check) = result;
        finish(check);
        return;
    }
    // Whatever went wrong here, members/me/ says it with the answer that matters.
    if (result.ok()) {
        m_organization = result.value;
        m_candidate.baseUrl =
            connection::regionBaseUrl(m_candidate.baseUrl, result.value.regionUrl);
    }
    askForMe();
}

void ConnectionCheck::askForMe()
{
    MemberJob *me = m_client->me(m_candidate);
    m_job = me;
    connect(me, &MemberJob::finished, this, &ConnectionCheck::onMe);
}

ConnectionCheck::~ConnectionCheck()
{
    if (m_job)
        m_job->cancel();
}

void ConnectionCheck::cancel()
{
    if (m_job)
        m_job->cancel(); // its cancelled result finishes this check
}

void ConnectionCheck::onMe(const MemberResult &result)
{
    // A region URL nothing answers at (refused, unknown host, TLS): the URL the user gave is
    // the organization's too (sentry.io forwards to the region; a self-hosted server that
    // names itself by another address is still itself), so the check goes on there. A GET.
    if (result.error.kind == ApiError::Kind::Network && m_candidate.baseUrl != m_given) {
        m_candidate.baseUrl = m_given;
        askForMe();
        return;
    }
    if (result.error.kind != ApiError::Kind::NotFound) {
        ConnectionCheckResult check;
        static_cast<Outcome &>(check) = result;
        if (result.ok())
            check.me = result.value;
        finish(check);
        return;
    }
    TeamListJob *teams = m_client->listTeams(m_candidate);
    m_job = teams;
    const ApiError meError = result.error;
    connect(teams, &TeamListJob::finished, this, [this, meError](const TeamListResult &list) {
        ConnectionCheckResult check;
        static_cast<Outcome &>(check) = list;
        // The teams load: a token without membership. They do not: the organization (or
        // its slug) is what members/me/ could not find.
        if (list.error.kind == ApiError::Kind::NotFound)
            check.error = meError;
        finish(check);
    });
}

void ConnectionCheck::finish(const ConnectionCheckResult &outcome)
{
    if (m_finished)
        return;
    ConnectionCheckResult result = outcome;
    result.organization = m_organization;
    result.baseUrl = m_candidate.baseUrl;
    m_finished = true;
    m_job = nullptr;
    deleteLater();
    emit finished(result);
}

} // namespace sm
