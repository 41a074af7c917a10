// SPDX-License-Identifier: MIT
#pragma once

#include "core/operations.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sm {

// One request to Sentry as a plain value: what the wire will carry, built and checked
// without a network. Paths are relative to /api/0/organizations/{org}/ and keep Sentry's
// trailing slashes exactly (the spec and the server both treat them as significant).
struct ApiRequest
{
    // Where `path` starts: most endpoints live under the organization, a team's members
    // under /api/0/teams/{org}/.
    enum class Root
    {
        Organization,
        Teams
    };
    QByteArray method = "GET";
    QString path;
    Root root = Root::Organization;
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    // Sentry answers some fields under an older name ("role" for orgRole); errors under
    // an alias are reported under the field the form shows.
    QMap<QString, QString> fieldAliases;
    // The operation run the request belongs to (empty for a plain read): every exchange
    // carries it, so a journal or an audit trail can join requests to their change.
    QString runId;
};

// Builders, one per operation (see the notes on Sentry's API, sections 2 and 8).
namespace requests {

ApiRequest inviteMember(const InviteMember &invite);
ApiRequest getMember(const QString &memberId);
ApiRequest me();
ApiRequest updateMemberRoles(const UpdateMemberRoles &update);
ApiRequest resendInvite(const ResendInvite &resend);
ApiRequest removeMember(const QString &memberId);
// One page of a team's members, each with its team role.
ApiRequest listTeamMembers(const QString &teamSlug, int perPage = 100);
// One page of members; `query` is Sentry's search syntax ("email:ada@example.com").
ApiRequest listMembers(const QString &query = {}, bool expandExternalUsers = false,
                       int perPage = 100);
ApiRequest listTeams(int perPage = 100);
// GET organizations/{org}/ without the detailed parts (features, projects, teams).
ApiRequest getOrganization();
ApiRequest listIntegrations(const QString &providerKey = {});
ApiRequest listScimUsers(int startIndex = 1, int count = 100, const QString &userNameFilter = {});
ApiRequest provisionScimUser(const ProvisionScimUser &provision);
// DELETE scim/v2/Users/{id}: removes the member for good (Sentry needs member:admin).
ApiRequest deprovisionScimUser(const QString &memberId);
ApiRequest createExternalUser(const ExternalUserLink &link);
ApiRequest updateExternalUser(const ExternalUserLink &link);
ApiRequest deleteExternalUser(const QString &externalUserId);
// The newest rows of the audit log with the api name `event` ("member.reinvite").
ApiRequest listAuditLog(const QString &event, int perPage = 100);

} // namespace requests

} // namespace sm
