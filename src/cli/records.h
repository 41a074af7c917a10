// SPDX-License-Identifier: MIT
#pragma once

#include "core/entities.h"

#include <QJsonObject>
#include <QStringList>

namespace sm::cli {

// The records the command-line tool prints, with stable field names, new ones only added.

// A member as the command-line tool prints it: stable field names, new ones only added.
// `teams` is [{"slug", "role"}] (role null for the team's default role), `status` one of
// active, invited (pending, not expired) and expired, times in ISO 8601 UTC.
QJsonObject memberRecord(const Member &member);
// Every field of memberRecord(), in the order tables and CSV show them.
QStringList memberFields();

// A team: slug, name, id, memberCount, idpManaged.
QJsonObject teamRecord(const Team &team);
QStringList teamFields();

// A member SCIM manages: id (the member id), userName, sentryOrgRole, active (null where the
// identity provider does not say, as for Azure AD).
QJsonObject scimRecord(const ScimUser &user);
QStringList scimFields();

// One linked account, with whose it is: id, member (email), memberId, userId, provider,
// externalName, externalId, integrationId.
QJsonObject linkRecord(const Member &member, const ExternalUser &link);
QStringList linkFields();

// A field's value as one CSV or table cell: arrays joined by ";" (teams as slug[:role],
// external users as provider:externalName), booleans as true/false, null as empty.
QString cellText(const QString &field, const QJsonValue &value);

} // namespace sm::cli
