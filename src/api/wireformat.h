// SPDX-License-Identifier: MIT
#pragma once

#include "core/entities.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// Sentry's JSON to typed values. Parsing is defensive: a missing or mistyped key gives an
// empty value, never a crash; a body of the wrong shape gives nullopt so the job can report
// an unreadable answer.
namespace sm::wire {

// Sentry serializes ids as strings, but older servers and some fields use numbers.
QString idOf(const QJsonValue &value);

Member member(const QJsonObject &json);
RoleInfo roleInfo(const QJsonObject &json);
ExternalUser externalUser(const QJsonObject &json);
Team team(const QJsonObject &json);
OrganizationInfo organization(const QJsonObject &json);
Integration integration(const QJsonObject &json);
ScimUser scimUser(const QJsonObject &json);

// A page of the member list read straight from the answer's bytes, as member() reads each:
// nullopt unless the body is a JSON array of objects. Several times faster than parsing the
// page into a QJsonDocument first, for the hundred pages of a large organization.
std::optional<QList<Member>> memberPage(QByteArrayView body);
std::optional<QList<TeamMember>> teamMembers(const QJsonArray &json);
std::optional<QList<Team>> teams(const QJsonArray &json);
std::optional<QList<Integration>> integrations(const QJsonArray &json);
std::optional<ScimUserPage> scimUserPage(const QJsonObject &json);
// The rows of an audit-log answer ({"rows": [...], "options": [...]}).
std::optional<QList<AuditEntry>> auditEntries(const QJsonObject &json);

} // namespace sm::wire
