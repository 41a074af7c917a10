// SPDX-License-Identifier: MIT
#pragma once

#include "api/connection.h"
#include "api/exchange.h"
#include "api/jobs.h"
#include "api/requestbuilder.h"
#include "api/requestpacer.h"
#include "core/operations.h"

#include <QNetworkAccessManager>

#include <QObject>
#include <map>
#include <memory>

class QNetworkReply;

namespace sm {

// The one owner of the network. Every request to Sentry goes through here and gets the
// same treatment (buildRequest: bearer token, User-Agent, JSON, transfer timeout; TLS
// errors fatal, redirects only within the same origin), and every finished exchange is
// announced once (exchangeFinished), token redacted. Each operation validates its input
// first; invalid input finishes the job with the field messages and nothing is sent. A job
// keeps the connection it started with.
class SentryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentryClient)

public:
    explicit SentryClient(QObject *parent = nullptr);
    ~SentryClient() override;

    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_connection; }

    MemberJob *inviteMember(const InviteMember &invite);
    MemberJob *getMember(const QString &memberId);
    MemberJob *me();
    MemberJob *updateMemberRoles(const UpdateMemberRoles &update);
    MemberJob *resendInvite(const ResendInvite &resend);
    MemberListJob *listMembers(const QString &query = {}, bool expandExternalUsers = false);
    // Every member with their external links, page by page (pageReceived); the job's result
    // carries no list.
    MemberListJob *streamMembers(const QString &query = {});
    // One page of the member list as `request` (requests::listMembers and a cursor) asks;
    // its Link header is left for the caller to follow (MemberStream reads several pages at
    // a time).
    MemberListJob *listMembersPage(const ApiRequest &request);
    TeamMemberListJob *listTeamMembers(const QString &teamSlug);
    DoneJob *removeMember(const QString &memberId);
    DoneJob *deprovisionScimUser(const QString &memberId);
    DoneJob *deleteExternalUser(const QString &externalUserId);
    TeamListJob *listTeams();
    IntegrationListJob *listIntegrations(const QString &providerKey = {});
    ScimUserPageJob *listScimUsers(int startIndex = 1, int count = 100,
                                   const QString &userNameFilter = {});
    ScimUserJob *provisionScimUser(const ProvisionScimUser &provision);
    ExternalUserJob *createExternalUser(const ExternalUserLink &link);
    ExternalUserJob *updateExternalUser(const ExternalUserLink &link);
    // Any change built elsewhere (an operation's request), sent once; `problems` finish it
    // unsent. The answer stays JSON for the caller to read.
    ChangeJob *sendChange(const ApiRequest &request, const FieldErrors &problems = {});
    // GET members/me/ with `candidate` instead of the current connection: checks settings
    // before they are used, through the same network and rules.
    MemberJob *me(const ConnectionSettings &candidate);
    TeamListJob *listTeams(const ConnectionSettings &candidate);
    // The organization (its region's API URL) through a connection not yet in use.
    OrganizationJob *organization(const ConnectionSettings &candidate);

    // The newest rows of the audit log for one event (needs org:write).
    AuditLogJob *listAuditLog(const QString &event);

    // Requests started while a RunScope lives carry its run id (ApiRequest::runId), and so
    // does every exchange they make.
    class RunScope
    {
    public:
        RunScope(SentryClient *client, const QString &runId);
        ~RunScope();
        Q_DISABLE_COPY_MOVE(RunScope)

    private:
        SentryClient *m_client;
        QString m_previous;
    };

    // Schedules every request within Sentry's rate limits (concurrency and windows).
    RequestPacer *pacer() { return &m_pacer; }

    // The server's time (UTC): the machine's clock, moved by how far the server's `Date`
    // header says it is off when that is more than a minute. Sentry counts its daily limits
    // by its own clock.
    QDateTime serverNow() const;
    // Reads the `Date` header of an answer (RFC 9110 6.6.1).
    void noteServerDate(const HeaderList &headers);

signals:
    // One request and its answer finished (answered, failed or cancelled).
    void exchangeFinished(const sm::Exchange &exchange);
    // Requests wait for Sentry's rate-limit window to end at `until` (UTC): for a status
    // line or a command-line tool to say so.
    void waitingForRateLimit(const QDateTime &until);

private:
    friend class ApiJob;
    QNetworkReply *send(const WireRequest &wire, const QString &caFile);
    QNetworkAccessManager *networkFor(const QString &caFile);

    // Creates the job and starts it, or finishes it with `problems` without sending.
    template<typename Job>
    Job *startJob(ApiRequest request, const FieldErrors &problems = {},
                  const ConnectionSettings *connection = nullptr);

    // One manager per trust: Qt reuses an open connection to a host whatever TLS
    // configuration a later request asks for, so connections made while trusting the system's
    // authorities only must never carry a request that trusts a CA file, nor the reverse.
    std::map<QString, std::unique_ptr<QNetworkAccessManager>> m_networks;
    ConnectionSettings m_connection;
    RequestPacer m_pacer;
    QString m_runId; // set by RunScope
    qint64 m_serverSkewSeconds = 0;
};

} // namespace sm
