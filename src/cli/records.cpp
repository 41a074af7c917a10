// SPDX-License-Identifier: MIT
#include "cli/records.h"

#include <QDateTime>
#include <QJsonArray>

namespace sm::cli {

namespace {

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

// Sentry writes microseconds and a Z; scripts get one form, in UTC, whatever the server sent.
QJsonValue isoUtc(const QString &sentryTime)
{
    if (sentryTime.isEmpty())
        return QJsonValue::Null;
    const QDateTime time = QDateTime::fromString(sentryTime, Qt::ISODateWithMs);
    if (!time.isValid())
        return sentryTime;
    return time.toUTC().toString(Qt::ISODate);
}

QString statusOf(const Member &m)
{
    switch (m.status()) {
    case Member::Status::Active:
        return QStringLiteral("active");
    case Member::Status::Invited:
        return QStringLiteral("invited");
    case Member::Status::InviteExpired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("invited");
}

QJsonArray teamsOf(const Member &m)
{
    QJsonArray teams;
    QStringList seen;
    for (const TeamRoleAssignment &assignment : m.teamRoles) {
        teams.append(QJsonObject{{QStringLiteral("slug"), assignment.teamSlug},
                                 {QStringLiteral("role"), assignment.role.isEmpty()
                                                              ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(assignment.role)}});
        seen.append(assignment.teamSlug);
    }
    for (const QString &slug : m.teams) {
        if (!seen.contains(slug))
            teams.append(QJsonObject{{QStringLiteral("slug"), slug},
                                     {QStringLiteral("role"), QJsonValue::Null}});
    }
    return teams;
}

QJsonArray externalUsersOf(const Member &m)
{
    QJsonArray links;
    for (const ExternalUser &link : m.externalUsers) {
        links.append(QJsonObject{{QStringLiteral("id"), link.id},
                                 {QStringLiteral("provider"), link.provider},
                                 {QStringLiteral("externalName"), link.externalName},
                                 {QStringLiteral("externalId"), idOrNull(link.externalId)},
                                 {QStringLiteral("integrationId"), idOrNull(link.integrationId)}});
    }
    return links;
}

} // namespace

QJsonObject memberRecord(const Member &m)
{
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("email"), m.email},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("userId"), idOrNull(m.userId)},
        {QStringLiteral("orgRole"), m.orgRole},
        {QStringLiteral("teams"), teamsOf(m)},
        {QStringLiteral("status"), statusOf(m)},
        {QStringLiteral("has2fa"), m.has2fa},
        {QStringLiteral("sso"), m.flags.value(QStringLiteral("sso:linked"))},
        {QStringLiteral("idpManaged"), m.isIdpManaged()},
        {QStringLiteral("externalUsers"), externalUsersOf(m)},
        {QStringLiteral("dateCreated"), isoUtc(m.dateCreated)},
    };
}

QStringList memberFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("email"),
            QStringLiteral("name"),
            QStringLiteral("userId"),
            QStringLiteral("orgRole"),
            QStringLiteral("teams"),
            QStringLiteral("status"),
            QStringLiteral("has2fa"),
            QStringLiteral("sso"),
            QStringLiteral("idpManaged"),
            QStringLiteral("externalUsers"),
            QStringLiteral("dateCreated")};
}

QJsonObject teamRecord(const Team &team)
{
    return QJsonObject{{QStringLiteral("slug"), team.slug},
                       {QStringLiteral("name"), team.name},
                       {QStringLiteral("id"), team.id},
                       {QStringLiteral("memberCount"), team.memberCount},
                       {QStringLiteral("idpManaged"), team.idpProvisioned}};
}

QStringList teamFields()
{
    return {QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("id"),
            QStringLiteral("memberCount"), QStringLiteral("idpManaged")};
}

QJsonObject scimRecord(const ScimUser &user)
{
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("userName"), user.userName},
                       {QStringLiteral("sentryOrgRole"), idOrNull(user.sentryOrgRole)},
                       {QStringLiteral("active"),
                        user.active ? QJsonValue(*user.active) : QJsonValue(QJsonValue::Null)}};
}

QStringList scimFields()
{
    return {QStringLiteral("id"), QStringLiteral("userName"), QStringLiteral("sentryOrgRole"),
            QStringLiteral("active")};
}

QJsonObject linkRecord(const Member &member, const ExternalUser &link)
{
    return QJsonObject{{QStringLiteral("id"), link.id},
                       {QStringLiteral("member"), member.email},
                       {QStringLiteral("memberId"), member.id},
                       {QStringLiteral("userId"), idOrNull(member.userId)},
                       {QStringLiteral("provider"), link.provider},
                       {QStringLiteral("externalName"), link.externalName},
                       {QStringLiteral("externalId"), idOrNull(link.externalId)},
                       {QStringLiteral("integrationId"), idOrNull(link.integrationId)}};
}

QStringList linkFields()
{
    return {QStringLiteral("id"),         QStringLiteral("member"),
            QStringLiteral("memberId"),   QStringLiteral("userId"),
            QStringLiteral("provider"),   QStringLiteral("externalName"),
            QStringLiteral("externalId"), QStringLiteral("integrationId")};
}

QString cellText(const QString &field, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (!value.isArray())
        return value.isNull() || value.isUndefined() ? QString() : value.toVariant().toString();
    QStringList parts;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (field == QLatin1String("teams")) {
            const QString role = object.value(QLatin1String("role")).toString();
            const QString slug = object.value(QLatin1String("slug")).toString();
            parts.append(role.isEmpty() ? slug : slug + QLatin1Char(':') + role);
        } else if (field == QLatin1String("externalUsers")) {
            parts.append(object.value(QLatin1String("provider")).toString() + QLatin1Char(':') +
                         object.value(QLatin1String("externalName")).toString());
        } else {
            parts.append(item.toVariant().toString());
        }
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace sm::cli
