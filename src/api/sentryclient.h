#pragma once

#include "api/connection.h"
#include "api/jobs.h"
#include "core/changes.h"

#include <QNetworkAccessManager>
#include <QObject>

class QNetworkReply;

namespace sm {

// The one owner of the network. Every request to Sentry goes through here and gets the
// same treatment: bearer token, User-Agent, JSON content type, transfer timeout, no Origin
// header, TLS errors fatal, redirects only within the same origin. Each operation
// validates its input first; invalid input finishes the job with the field messages and
// nothing is sent.
class SentryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentryClient)

public:
    explicit SentryClient(QObject *parent = nullptr);
    ~SentryClient() override;

    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_connection; }
    static QByteArray userAgent();

    MemberJob *inviteMember(const InviteMember &invite);
    MemberJob *getMember(const QString &memberId);
    MemberJob *me();
    MemberJob *updateMemberRoles(const UpdateMemberRoles &update);
    MemberJob *resendInvite(const ResendInvite &resend);
    MemberListJob *listMembers(const QString &query = {}, bool expandExternalUsers = false);
    TeamListJob *listTeams();
    IntegrationListJob *listIntegrations(const QString &providerKey = {});
    ScimUserPageJob *listScimUsers(int startIndex = 1, int count = 100,
                                   const QString &userNameFilter = {});
    ScimUserJob *provisionScimUser(const ProvisionScimUser &provision);
    ExternalUserJob *createExternalUser(const ExternalUserLink &link);
    ExternalUserJob *updateExternalUser(const ExternalUserLink &link);

    // The full URL of a request: {base}/api/0/organizations/{org}/{path}?{query}.
    QUrl urlFor(const ApiRequest &request, const QUrlQuery &extraQuery = {}) const;

private:
    friend class ApiJob;
    QNetworkReply *send(const ApiRequest &request, const QUrlQuery &extraQuery);

    // Creates the job and starts it, or finishes it with `problems` without sending.
    template<typename Job> Job *startJob(ApiRequest request, const FieldErrors &problems = {});

    QNetworkAccessManager m_network;
    ConnectionSettings m_connection;
};

} // namespace sm
