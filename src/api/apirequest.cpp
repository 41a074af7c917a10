// SPDX-License-Identifier: MIT
#include "api/apirequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace sm::requests {

namespace {

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QJsonArray teamRolesJson(const QList<TeamRoleAssignment> &teamRoles)
{
    QJsonArray array;
    for (const TeamRoleAssignment &assignment : teamRoles) {
        array.append(QJsonObject{
            {QStringLiteral("teamSlug"), assignment.teamSlug},
            {QStringLiteral("role"),
             assignment.role.isEmpty() ? QJsonValue(QJsonValue::Null) : assignment.role},
        });
    }
    return array;
}

QMap<QString, QString> memberAliases()
{
    return {{QStringLiteral("role"), QStringLiteral("orgRole")},
            {QStringLiteral("teams"), QStringLiteral("teamRoles")}};
}

ApiRequest withBody(QByteArray method, QString path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.body = QJsonDocument(body);
    return request;
}

QJsonObject externalUserBody(const ExternalUserLink &link)
{
    // snake_case as the spec requires (the server would also take camelCase, Prism not);
    // all four required fields always, even for an update.
    QJsonObject body{
        {QStringLiteral("user_id"), link.userId.trimmed().toLongLong()},
        {QStringLiteral("external_name"), link.externalName},
        {QStringLiteral("provider"), link.provider},
        {QStringLiteral("integration_id"), link.integrationId.trimmed().toLongLong()},
    };
    body.insert(QStringLiteral("external_id"),
                link.externalId.isEmpty() ? QJsonValue(QJsonValue::Null) : link.externalId);
    return body;
}

} // namespace

ApiRequest inviteMember(const InviteMember &invite)
{
    // Team roles are not applied by Sentry on invite; teams are, so send them with no role.
    QList<TeamRoleAssignment> teams;
    for (const TeamRoleAssignment &assignment : invite.teamRoles)
        teams.append({assignment.teamSlug, QString()});
    // "role" repeats orgRole for self-hosted versions that still read the deprecated field.
    ApiRequest request = withBody("POST", QStringLiteral("members/"),
                                  QJsonObject{
                                      {QStringLiteral("email"), invite.email.trimmed()},
                                      {QStringLiteral("orgRole"), invite.orgRole},
                                      {QStringLiteral("role"), invite.orgRole},
                                      {QStringLiteral("teamRoles"), teamRolesJson(teams)},
                                      {QStringLiteral("sendInvite"), invite.sendInvite},
                                  });
    request.fieldAliases = memberAliases();
    return request;
}

ApiRequest getMember(const QString &memberId)
{
    ApiRequest request;
    request.path = QStringLiteral("members/%1/").arg(segment(memberId));
    return request;
}

ApiRequest me()
{
    return getMember(QStringLiteral("me"));
}

ApiRequest updateMemberRoles(const UpdateMemberRoles &update)
{
    QJsonObject body{{QStringLiteral("teamRoles"), teamRolesJson(update.teamRoles)}};
    if (update.orgRole)
        body.insert(QStringLiteral("orgRole"), *update.orgRole);
    ApiRequest request =
        withBody("PUT", QStringLiteral("members/%1/").arg(segment(update.memberId)), body);
    request.fieldAliases = memberAliases();
    return request;
}

ApiRequest resendInvite(const ResendInvite &resend)
{
    // Sentry treats a body with only reinvite (and regenerate) as "resend"; never mix fields.
    QJsonObject body{{QStringLiteral("reinvite"), true}};
    if (resend.regenerate)
        body.insert(QStringLiteral("regenerate"), true);
    return withBody("PUT", QStringLiteral("members/%1/").arg(segment(resend.memberId)), body);
}

ApiRequest removeMember(const QString &memberId)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("members/%1/").arg(segment(memberId));
    return request;
}

ApiRequest listTeamMembers(const QString &teamSlug, int perPage)
{
    ApiRequest request;
    request.root = ApiRequest::Root::Teams;
    request.path = QStringLiteral("%1/members/").arg(segment(teamSlug));
    request.query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return request;
}

ApiRequest listMembers(const QString &query, bool expandExternalUsers, int perPage)
{
    ApiRequest request;
    request.path = QStringLiteral("members/");
    if (!query.isEmpty())
        request.query.addQueryItem(QStringLiteral("query"), query);
    if (expandExternalUsers)
        request.query.addQueryItem(QStringLiteral("expand"), QStringLiteral("externalUsers"));
    request.query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return request;
}

ApiRequest listTeams(int perPage)
{
    ApiRequest request;
    request.path = QStringLiteral("teams/");
    request.query.addQueryItem(QStringLiteral("detailed"), QStringLiteral("0"));
    request.query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return request;
}

ApiRequest getOrganization()
{
    ApiRequest request; // path "": /api/0/organizations/{org}/
    request.query.addQueryItem(QStringLiteral("detailed"), QStringLiteral("0"));
    return request;
}

ApiRequest listIntegrations(const QString &providerKey)
{
    ApiRequest request;
    request.path = QStringLiteral("integrations/");
    if (!providerKey.isEmpty())
        request.query.addQueryItem(QStringLiteral("providerKey"), providerKey);
    return request;
}

ApiRequest listScimUsers(int startIndex, int count, const QString &userNameFilter)
{
    ApiRequest request;
    request.path = QStringLiteral("scim/v2/Users");
    request.query.addQueryItem(QStringLiteral("startIndex"), QString::number(startIndex));
    request.query.addQueryItem(QStringLiteral("count"), QString::number(count));
    if (!userNameFilter.isEmpty()) {
        QString quoted = userNameFilter;
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        request.query.addQueryItem(QStringLiteral("filter"),
                                   QStringLiteral("userName eq \"%1\"").arg(quoted));
    }
    return request;
}

ApiRequest provisionScimUser(const ProvisionScimUser &provision)
{
    QJsonObject body{{QStringLiteral("userName"), provision.userName.trimmed()}};
    const QString role = provision.sentryOrgRole.trimmed().toLower();
    if (!role.isEmpty())
        body.insert(QStringLiteral("sentryOrgRole"), role);
    ApiRequest request = withBody("POST", QStringLiteral("scim/v2/Users"), body);
    // SCIM reports serializer errors under the member field names.
    request.fieldAliases = {{QStringLiteral("email"), QStringLiteral("userName")},
                            {QStringLiteral("role"), QStringLiteral("sentryOrgRole")}};
    return request;
}

ApiRequest deprovisionScimUser(const QString &memberId)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("scim/v2/Users/%1").arg(segment(memberId));
    return request;
}

ApiRequest createExternalUser(const ExternalUserLink &link)
{
    return withBody("POST", QStringLiteral("external-users/"), externalUserBody(link));
}

ApiRequest updateExternalUser(const ExternalUserLink &link)
{
    return withBody("PUT", QStringLiteral("external-users/%1/").arg(segment(link.id)),
                    externalUserBody(link));
}

ApiRequest deleteExternalUser(const QString &externalUserId)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("external-users/%1/").arg(segment(externalUserId));
    return request;
}

ApiRequest listAuditLog(const QString &event, int perPage)
{
    ApiRequest request;
    request.path = QStringLiteral("audit-logs/");
    if (!event.isEmpty())
        request.query.addQueryItem(QStringLiteral("event"), event);
    request.query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return request;
}

} // namespace sm::requests
