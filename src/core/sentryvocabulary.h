// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// The fixed words of Sentry's member API: role ids, team-role ids, external providers.
// Sources: Sentry's OpenAPI spec (enums of addOrganizationMember, provisionOrganization-
// ScimV2User, createOrganizationExternalUser) and the server's validators.
namespace sm::vocabulary {

// Org roles the API accepts, lowest to highest priority as Sentry's SaaS orders them.
// "admin" is retired on plans with team roles but still a valid choice for the serializer.
QStringList orgRoles();
// Org roles a SCIM provisioning request may carry: every role without org:admin.
QStringList scimOrgRoles();
QStringList teamRoles();
// External-user providers of the published spec.
QStringList externalProviders();
// Providers whose external names must look like "@handle" (GitHub and GitLab).
bool providerNeedsAtHandle(const QString &provider);
// The name a provider goes by ("GitHub" for github); the key itself when unknown.
QString providerDisplayName(const QString &provider);

inline constexpr int maxEmailLength = 75;
inline constexpr int maxExternalNameLength = 255;
inline constexpr int maxExternalIdLength = 64;
inline constexpr int maxPerPage = 100;

} // namespace sm::vocabulary
