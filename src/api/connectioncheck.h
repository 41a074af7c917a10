// SPDX-License-Identifier: MIT
#pragma once

#include "api/sentryclient.h"

#include <optional>

namespace sm {

// What a connection check found: who the token acts as (its membership, with the roles it
// may assign), or no membership for an internal-integration token; or why it failed.
struct ConnectionCheckResult : Outcome
{
    std::optional<Member> me;
    // The organization as Sentry describes it, when it was asked (sentry.io, loopback).
    std::optional<OrganizationInfo> organization;
    // Where the organization's API is: its region on sentry.io, else the URL given.
    QUrl baseUrl;
};

// Checks a connection the way the app uses it. On sentry.io it first asks for the
// organization (GET organizations/{org}/) and continues at its region's URL
// (links.regionUrl), so US and EU organizations work from https://sentry.io. Then
// GET members/me/. An internal-integration
// token has no membership, so members/me/ is 404 for it, as for an unknown organization;
// a team list then tells the two apart. Runs through the client's network with `candidate`,
// emits finished(result) exactly once (also when cancelled) and deletes itself.
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    ConnectionCheck(SentryClient *client, const ConnectionSettings &candidate);
    ~ConnectionCheck() override;

    void cancel();

signals:
    void finished(const sm::ConnectionCheckResult &result);

private:
    void askForMe();
    void onOrganization(const OrganizationResult &result);
    void onMe(const MemberResult &result);
    void finish(const ConnectionCheckResult &result);

    SentryClient *m_client;
    ConnectionSettings m_candidate;
    QUrl m_given; // the URL the user gave, before any region
    QPointer<ApiJob> m_job;
    std::optional<OrganizationInfo> m_organization;
    bool m_finished = false;
};

} // namespace sm
