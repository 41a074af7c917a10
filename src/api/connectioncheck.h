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
};

// Checks a connection the way the app uses it: GET members/me/. An internal-integration
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
    void onMe(const MemberResult &result);
    void finish(const ConnectionCheckResult &result);

    SentryClient *m_client;
    ConnectionSettings m_candidate;
    QPointer<ApiJob> m_job;
    bool m_finished = false;
};

} // namespace sm
