// SPDX-License-Identifier: MIT
#include "api/sentryclient.h"

#include "api/httpdate.h"
#include "api/logging.h"
#include "api/oneshotbody.h"
#include "core/validation.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace sm {

namespace {

// The proxy the environment asks for, except for loopback (the sandbox, a local tunnel),
// which no proxy may intercept. Decided per request: a job may use a candidate connection.
class LoopbackIsDirect final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (connection::isLoopback(query.url()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return QNetworkProxyFactory::proxyForQuery(query);
    }
};

ApiError connectionProblem(const FieldErrors &problems)
{
    ApiError error = ApiError::validation(problems);
    error.kind = ApiError::Kind::Network;
    return error;
}

} // namespace

SentryClient::SentryClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_pacer, &RequestPacer::holding, this,
            [this](const QString &, const QDateTime &until) { emit waitingForRateLimit(until); });
}

QNetworkAccessManager *SentryClient::networkFor(const QString &caFile)
{
    std::unique_ptr<QNetworkAccessManager> &network = m_networks[caFile];
    if (!network) {
        network = std::make_unique<QNetworkAccessManager>();
        network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
        network->setStrictTransportSecurityEnabled(true);
        network->setProxyFactory(new LoopbackIsDirect);
    }
    return network.get();
}

SentryClient::~SentryClient() = default;

QDateTime SentryClient::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_serverSkewSeconds);
}

void SentryClient::noteServerDate(const HeaderList &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("Date", Qt::CaseInsensitive) != 0)
            continue;
        const QDateTime date = parseHttpDate(value);
        if (!date.isValid())
            return;
        const qint64 skew = QDateTime::currentDateTimeUtc().secsTo(date);
        // The header has whole seconds and travels a while: only a clock that is really off
        // moves ours.
        m_serverSkewSeconds = std::abs(skew) > 60 ? skew : 0;
        return;
    }
}

void SentryClient::setConnection(const ConnectionSettings &settings)
{
    m_connection = settings;
    m_connection.token = settings.token.trimmed();
}

QNetworkReply *SentryClient::send(const WireRequest &wire, const QString &caFile)
{
    qCDebug(lcApi) << "Sending" << wire.method << wire.request.url().path();
    QNetworkAccessManager *network = networkFor(caFile);
    if (!changesSomething(wire.method))
        return network->sendCustomRequest(wire.request, wire.method, wire.body);
    auto *body = new OneShotBody(wire.body);
    QNetworkReply *reply = network->sendCustomRequest(wire.request, wire.method, body);
    body->setParent(reply);
    return reply;
}

template<typename Job>
Job *SentryClient::startJob(ApiRequest request, const FieldErrors &problems,
                            const ConnectionSettings *connection)
{
    const ConnectionSettings &settings = connection ? *connection : m_connection;
    if (request.runId.isEmpty())
        request.runId = m_runId;
    auto *job = new Job(this, std::move(request));
    job->m_connection = settings;
    job->m_connection.token = settings.token.trimmed();
    const FieldErrors connectionProblems = connection::validate(job->m_connection);
    if (!connectionProblems.isEmpty()) {
        const ApiError error = connectionProblem(connectionProblems);
        QTimer::singleShot(0, job, [job, error] { job->finishWithoutSending(error); });
    } else if (!problems.isEmpty()) {
        const ApiError error = ApiError::validation(problems);
        QTimer::singleShot(0, job, [job, error] { job->finishWithoutSending(error); });
    } else {
        job->start();
    }
    return job;
}

MemberJob *SentryClient::inviteMember(const InviteMember &invite)
{
    return startJob<MemberJob>(requests::inviteMember(invite), validation::validate(invite));
}

ChangeJob *SentryClient::sendChange(const ApiRequest &request, const FieldErrors &problems)
{
    return startJob<ChangeJob>(request, problems);
}

MemberJob *SentryClient::getMember(const QString &memberId)
{
    return startJob<MemberJob>(requests::getMember(memberId),
                               validation::validateMemberId(memberId));
}

MemberJob *SentryClient::me()
{
    return startJob<MemberJob>(requests::me());
}

MemberJob *SentryClient::me(const ConnectionSettings &candidate)
{
    return startJob<MemberJob>(requests::me(), {}, &candidate);
}

OrganizationJob *SentryClient::organization(const ConnectionSettings &candidate)
{
    return startJob<OrganizationJob>(requests::getOrganization(), {}, &candidate);
}

TeamListJob *SentryClient::listTeams(const ConnectionSettings &candidate)
{
    return startJob<TeamListJob>(requests::listTeams(), {}, &candidate);
}

MemberJob *SentryClient::updateMemberRoles(const UpdateMemberRoles &update)
{
    return startJob<MemberJob>(requests::updateMemberRoles(update), validation::validate(update));
}

MemberJob *SentryClient::resendInvite(const ResendInvite &resend)
{
    return startJob<MemberJob>(requests::resendInvite(resend), validation::validate(resend));
}

MemberListJob *SentryClient::listMembers(const QString &query, bool expandExternalUsers)
{
    return startJob<MemberListJob>(requests::listMembers(query, expandExternalUsers));
}

MemberListJob *SentryClient::listMembersPage(const ApiRequest &request)
{
    auto *job = startJob<MemberListJob>(request);
    job->setFollowPages(false);
    return job;
}

MemberListJob *SentryClient::streamMembers(const QString &query)
{
    auto *job = startJob<MemberListJob>(requests::listMembers(query, true));
    job->setStreaming(true);
    return job;
}

TeamMemberListJob *SentryClient::listTeamMembers(const QString &teamSlug)
{
    FieldErrors problems;
    if (teamSlug.trimmed().isEmpty())
        problems[QStringLiteral("team")].append(validation::text::required());
    return startJob<TeamMemberListJob>(requests::listTeamMembers(teamSlug), problems);
}

DoneJob *SentryClient::removeMember(const QString &memberId)
{
    return startJob<DoneJob>(requests::removeMember(memberId),
                             validation::validateMemberId(memberId));
}

DoneJob *SentryClient::deprovisionScimUser(const QString &memberId)
{
    return startJob<DoneJob>(requests::deprovisionScimUser(memberId),
                             validation::validateMemberId(memberId));
}

DoneJob *SentryClient::deleteExternalUser(const QString &externalUserId)
{
    return startJob<DoneJob>(requests::deleteExternalUser(externalUserId),
                             validation::validateLinkId(externalUserId));
}

TeamListJob *SentryClient::listTeams()
{
    return startJob<TeamListJob>(requests::listTeams());
}

IntegrationListJob *SentryClient::listIntegrations(const QString &providerKey)
{
    return startJob<IntegrationListJob>(requests::listIntegrations(providerKey));
}

ScimUserPageJob *SentryClient::listScimUsers(int startIndex, int count,
                                             const QString &userNameFilter)
{
    return startJob<ScimUserPageJob>(requests::listScimUsers(startIndex, count, userNameFilter));
}

ScimUserJob *SentryClient::provisionScimUser(const ProvisionScimUser &provision)
{
    return startJob<ScimUserJob>(requests::provisionScimUser(provision),
                                 validation::validate(provision));
}

ExternalUserJob *SentryClient::createExternalUser(const ExternalUserLink &link)
{
    ExternalUserLink create = link;
    create.id.clear();
    return startJob<ExternalUserJob>(requests::createExternalUser(create),
                                     validation::validate(create));
}

ExternalUserJob *SentryClient::updateExternalUser(const ExternalUserLink &link)
{
    FieldErrors problems = validation::validate(link);
    if (link.id.isEmpty())
        problems[QStringLiteral("id")].append(validation::text::required());
    return startJob<ExternalUserJob>(requests::updateExternalUser(link), problems);
}

AuditLogJob *SentryClient::listAuditLog(const QString &event)
{
    return startJob<AuditLogJob>(requests::listAuditLog(event));
}

SentryClient::RunScope::RunScope(SentryClient *client, const QString &runId)
    : m_client(client)
    , m_previous(client->m_runId)
{
    client->m_runId = runId;
}

SentryClient::RunScope::~RunScope()
{
    m_client->m_runId = m_previous;
}

} // namespace sm
