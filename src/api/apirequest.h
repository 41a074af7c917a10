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
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    // Sentry answers some fields under an older name ("role" for orgRole); errors under
    // an alias are reported under the field the form shows.
    QMap<QString, QString> fieldAliases;
};

// Builders, one per operation (see the notes on Sentry's API, sections 2 and 8).
namespace requests {

ApiRequest inviteMember(const InviteMember &invite);
ApiRequest getMember(const QString &memberId);
ApiRequest me();
ApiRequest updateMemberRoles(const UpdateMemberRoles &update);
ApiRequest resendInvite(const ResendInvite &resend);
// One page of members; `query` is Sentry's search syntax ("email:ada@example.com").
ApiRequest listMembers(const QString &query = {}, bool expandExternalUsers = false,
                       int perPage = 100);
ApiRequest listTeams(int perPage = 100);
ApiRequest listIntegrations(const QString &providerKey = {});
ApiRequest listScimUsers(int startIndex = 1, int count = 100, const QString &userNameFilter = {});
ApiRequest provisionScimUser(const ProvisionScimUser &provision);
ApiRequest createExternalUser(const ExternalUserLink &link);
ApiRequest updateExternalUser(const ExternalUserLink &link);

} // namespace requests

} // namespace sm
