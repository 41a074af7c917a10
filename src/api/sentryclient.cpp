#include "api/sentryclient.h"

#include "api/logging.h"
#include "core/validation.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace sm {

namespace {
constexpr int maxRedirects = 5;

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
    m_network.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_network.setStrictTransportSecurityEnabled(true);
}

SentryClient::~SentryClient() = default;

void SentryClient::setConnection(const ConnectionSettings &settings)
{
    m_connection = settings;
    m_connection.token = settings.token.trimmed();
    // A proxy from the environment must not intercept loopback traffic (the sandbox).
    m_network.setProxy(connection::isLoopback(settings.baseUrl)
                           ? QNetworkProxy(QNetworkProxy::NoProxy)
                           : QNetworkProxy(QNetworkProxy::DefaultProxy));
}

QByteArray SentryClient::userAgent()
{
    return QByteArrayLiteral("sentry-members/" SENTRY_MEMBERS_VERSION);
}

QUrl SentryClient::urlFor(const ApiRequest &request, const QUrlQuery &extraQuery) const
{
    QUrl url = m_connection.baseUrl;
    const QString org = QString::fromLatin1(QUrl::toPercentEncoding(m_connection.organization));
    url.setPath(url.path() + QLatin1String("/api/0/organizations/") + org + QLatin1Char('/') +
                    request.path,
                QUrl::TolerantMode);
    // Sentry (Django) reads "+" in a query as a space, so every value is percent-encoded in
    // full: an address like ada+sentry@example.com must arrive intact.
    QStringList pairs;
    for (const QUrlQuery &query : {request.query, extraQuery}) {
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                             QUrl::toPercentEncoding(value)));
        }
    }
    if (!pairs.isEmpty())
        url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

QNetworkReply *SentryClient::send(const ApiRequest &request, const QUrlQuery &extraQuery)
{
    QNetworkRequest netRequest(urlFor(request, extraQuery));
    netRequest.setRawHeader("Authorization", "Bearer " + m_connection.token.toUtf8());
    netRequest.setRawHeader("User-Agent", userAgent());
    netRequest.setRawHeader("Accept", "application/json");
    netRequest.setTransferTimeout(int(m_connection.transferTimeout.count()));
    netRequest.setMaximumRedirectsAllowed(maxRedirects);
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::UserVerifiedRedirectPolicy);
    QByteArray body;
    if (request.body) {
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/json"));
        body = request.body->toJson(QJsonDocument::Compact);
    }
    qCDebug(lcApi) << "Sending" << request.method << netRequest.url().path();
    return m_network.sendCustomRequest(netRequest, request.method, body);
}

template<typename Job> Job *SentryClient::startJob(ApiRequest request, const FieldErrors &problems)
{
    auto *job = new Job(this, std::move(request));
    const FieldErrors connectionProblems = connection::validate(m_connection);
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

MemberJob *SentryClient::getMember(const QString &memberId)
{
    FieldErrors problems;
    if (memberId != QLatin1String("me") && !validation::isNumericId(memberId))
        problems[QStringLiteral("memberId")].append(validation::text::invalidMemberId());
    return startJob<MemberJob>(requests::getMember(memberId), problems);
}

MemberJob *SentryClient::me()
{
    return startJob<MemberJob>(requests::me());
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

} // namespace sm
