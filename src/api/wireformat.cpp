// SPDX-License-Identifier: MIT
#include "api/wireformat.h"

#include "api/jsonreader.h"

#include <QJsonDocument>

#include <array>

namespace sm::wire {

namespace {

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toBool();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

template<typename T, typename Parse>
std::optional<QList<T>> listOf(const QJsonArray &json, Parse parse)
{
    QList<T> items;
    items.reserve(json.size());
    for (const QJsonValue &item : json) {
        if (!item.isObject())
            return std::nullopt;
        items.append(parse(item.toObject()));
    }
    return items;
}

} // namespace

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

RoleInfo roleInfo(const QJsonObject &json)
{
    RoleInfo role;
    role.id = str(json, "id");
    role.name = str(json, "name");
    role.desc = str(json, "desc");
    role.scopes = strings(json.value(QLatin1String("scopes")));
    role.allowed = flag(json, "allowed") || flag(json, "isAllowed");
    role.isRetired = flag(json, "isRetired");
    role.isTeamRolesAllowed = json.value(QLatin1String("isTeamRolesAllowed")).toBool(true);
    role.minimumTeamRole = str(json, "minimumTeamRole");
    return role;
}

ExternalUser externalUser(const QJsonObject &json)
{
    ExternalUser user;
    user.id = idOf(json.value(QLatin1String("id")));
    user.userId = idOf(json.value(QLatin1String("userId")));
    user.provider = str(json, "provider");
    user.externalName = str(json, "externalName");
    user.integrationId = idOf(json.value(QLatin1String("integrationId")));
    user.externalId = str(json, "externalId");
    return user;
}

namespace {

// Values read as QJsonValue's toString(), toBool() and idAt() read them: a value of another
// type reads as empty.
QString textAt(json::Reader &reader)
{
    if (reader.next() == json::Reader::Type::String)
        return reader.string();
    reader.skip();
    return {};
}

bool flagAt(json::Reader &reader)
{
    if (reader.next() == json::Reader::Type::Bool)
        return reader.boolean();
    reader.skip();
    return false;
}

QString idAt(json::Reader &reader)
{
    switch (reader.next()) {
    case json::Reader::Type::String:
        return reader.string();
    case json::Reader::Type::Number:
        return QString::number(reader.integer());
    default:
        reader.skip();
        return {};
    }
}

// An object read whole, for the parts of a member that are rare or small (role lists, links).
QJsonObject objectAt(json::Reader &reader)
{
    if (reader.next() != json::Reader::Type::Object) {
        reader.skip();
        return {};
    }
    return QJsonDocument::fromJson(reader.raw().toByteArray()).object();
}

// Calls `element` for each value of an array; anything else is skipped.
template<typename Element> void forEachIn(json::Reader &reader, Element element)
{
    if (reader.next() != json::Reader::Type::Array) {
        reader.skip();
        return;
    }
    reader.beginArray();
    while (reader.nextElement())
        element();
}

// Opens the object at the reader; any other value is skipped, and false.
bool enterObject(json::Reader &reader)
{
    if (reader.next() == json::Reader::Type::Object)
        return reader.beginObject();
    reader.skip();
    return false;
}

void readUser(json::Reader &reader, Member *m)
{
    m->userId.clear();
    m->has2fa = false;
    if (!enterObject(reader))
        return;
    QByteArrayView key;
    while (reader.nextKey(&key)) {
        if (key == "id")
            m->userId = idAt(reader);
        else if (key == "has2fa")
            m->has2fa = flagAt(reader);
        else
            reader.skip();
    }
}

// The flags Sentry sends on every member, shared rather than allocated 10,000 times over.
QString flagName(QByteArrayView key)
{
    static const std::array<QString, 6> known{QStringLiteral("idp:provisioned"),
                                              QStringLiteral("idp:role-restricted"),
                                              QStringLiteral("member-limit:restricted"),
                                              QStringLiteral("partnership:restricted"),
                                              QStringLiteral("sso:invalid"),
                                              QStringLiteral("sso:linked")};
    for (const QString &name : known) {
        if (QLatin1StringView(key) == name)
            return name;
    }
    return QString::fromUtf8(key);
}

void readFlags(json::Reader &reader, Member *m)
{
    m->flags.clear();
    if (!enterObject(reader))
        return;
    QByteArrayView key;
    while (reader.nextKey(&key))
        m->flags.insert(flagName(key), flagAt(reader));
}

void readTeamRoles(json::Reader &reader, Member *m)
{
    m->teamRoles.clear();
    forEachIn(reader, [&] {
        QString slug, role;
        if (enterObject(reader)) {
            QByteArrayView key;
            while (reader.nextKey(&key)) {
                if (key == "teamSlug")
                    slug = textAt(reader);
                else if (key == "role")
                    role = textAt(reader);
                else
                    reader.skip();
            }
        }
        if (!slug.isEmpty())
            m->teamRoles.append({slug, role});
    });
}

QList<RoleInfo> readRoles(json::Reader &reader)
{
    QList<RoleInfo> roles;
    forEachIn(reader, [&] {
        if (reader.next() == json::Reader::Type::Object)
            roles.append(roleInfo(objectAt(reader)));
        else
            reader.skip();
    });
    return roles;
}

// One member object at the reader. A key given twice counts as its last value, as in
// QJsonDocument.
bool readMember(json::Reader &reader, Member *m)
{
    if (!reader.beginObject())
        return false;
    QString orgRole, role;
    QByteArrayView key;
    while (reader.nextKey(&key)) {
        if (key == "id") {
            m->id = idAt(reader);
        } else if (key == "email") {
            m->email = textAt(reader);
        } else if (key == "name") {
            m->name = textAt(reader);
        } else if (key == "user") {
            readUser(reader, m);
        } else if (key == "orgRole") {
            orgRole = textAt(reader);
        } else if (key == "role") {
            role = textAt(reader);
        } else if (key == "pending") {
            m->pending = flagAt(reader);
        } else if (key == "expired") {
            m->expired = flagAt(reader);
        } else if (key == "inviteStatus") {
            m->inviteStatus = textAt(reader);
        } else if (key == "inviterName") {
            m->inviterName = textAt(reader);
        } else if (key == "dateCreated") {
            m->dateCreated = textAt(reader);
        } else if (key == "flags") {
            readFlags(reader, m);
        } else if (key == "teams") {
            m->teams.clear();
            forEachIn(reader, [&] {
                if (reader.next() == json::Reader::Type::String)
                    m->teams.append(reader.string());
                else
                    reader.skip();
            });
        } else if (key == "teamRoles") {
            readTeamRoles(reader, m);
        } else if (key == "orgRoleList") {
            m->orgRoleList = readRoles(reader);
        } else if (key == "teamRoleList") {
            m->teamRoleList = readRoles(reader);
        } else if (key == "externalUsers") {
            m->externalUsers.clear();
            forEachIn(reader, [&] {
                if (reader.next() == json::Reader::Type::Object)
                    m->externalUsers.append(externalUser(objectAt(reader)));
                else
                    reader.skip();
            });
        } else if (key == "isOnlyOwner") {
            m->isOnlyOwner = flagAt(reader);
        } else {
            reader.skip();
        }
    }
    // Servers from before orgRole existed send only role.
    m->orgRole = orgRole.isEmpty() ? role : orgRole;
    return !reader.failed();
}

} // namespace

Member member(const QJsonObject &json)
{
    // The same reading as a page's, from the object written out again: one reading of a
    // member for both (a single member's answer is small, a page is where time goes).
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    json::Reader reader(text);
    Member m;
    readMember(reader, &m);
    return m;
}

std::optional<QList<Member>> memberPage(QByteArrayView body)
{
    json::Reader reader(body);
    if (!reader.beginArray())
        return std::nullopt;
    QList<Member> members;
    while (reader.nextElement()) {
        if (reader.next() != json::Reader::Type::Object)
            return std::nullopt;
        Member m;
        if (!readMember(reader, &m))
            return std::nullopt;
        members.append(std::move(m));
    }
    if (!reader.finish())
        return std::nullopt;
    return members;
}

Team team(const QJsonObject &json)
{
    Team t;
    t.id = idOf(json.value(QLatin1String("id")));
    t.slug = str(json, "slug");
    t.name = str(json, "name");
    t.memberCount = json.value(QLatin1String("memberCount")).toInt();
    t.idpProvisioned = json.value(QLatin1String("flags"))
                           .toObject()
                           .value(QLatin1String("idp:provisioned"))
                           .toBool();
    return t;
}

OrganizationInfo organization(const QJsonObject &json)
{
    OrganizationInfo o;
    o.id = idOf(json.value(QLatin1String("id")));
    o.slug = str(json, "slug");
    o.name = str(json, "name");
    const QJsonObject links = json.value(QLatin1String("links")).toObject();
    o.organizationUrl = QUrl(str(links, "organizationUrl"), QUrl::StrictMode);
    o.regionUrl = QUrl(str(links, "regionUrl"), QUrl::StrictMode);
    return o;
}

Integration integration(const QJsonObject &json)
{
    Integration i;
    i.id = idOf(json.value(QLatin1String("id")));
    i.name = str(json, "name");
    const QJsonObject provider = json.value(QLatin1String("provider")).toObject();
    i.providerKey = str(provider, "key");
    i.providerName = str(provider, "name");
    i.domainName = str(json, "domainName");
    i.status = str(json, "status");
    return i;
}

ScimUser scimUser(const QJsonObject &json)
{
    ScimUser user;
    user.id = idOf(json.value(QLatin1String("id")));
    user.userName = str(json, "userName");
    user.sentryOrgRole = str(json, "sentryOrgRole");
    const QJsonValue active = json.value(QLatin1String("active"));
    if (active.isBool())
        user.active = active.toBool();
    return user;
}

std::optional<QList<TeamMember>> teamMembers(const QJsonArray &json)
{
    return listOf<TeamMember>(json, [](const QJsonObject &object) {
        return TeamMember{idOf(object.value(QLatin1String("id"))), str(object, "teamSlug"),
                          str(object, "teamRole")};
    });
}

std::optional<QList<Team>> teams(const QJsonArray &json)
{
    return listOf<Team>(json, &team);
}

std::optional<QList<Integration>> integrations(const QJsonArray &json)
{
    return listOf<Integration>(json, &integration);
}

std::optional<ScimUserPage> scimUserPage(const QJsonObject &json)
{
    const QJsonValue resources = json.value(QLatin1String("Resources"));
    if (!resources.isArray())
        return std::nullopt;
    auto users = listOf<ScimUser>(resources.toArray(), &scimUser);
    if (!users)
        return std::nullopt;
    ScimUserPage page;
    page.users = *users;
    page.totalResults = json.value(QLatin1String("totalResults")).toInt();
    page.startIndex = json.value(QLatin1String("startIndex")).toInt(1);
    page.itemsPerPage = json.value(QLatin1String("itemsPerPage")).toInt();
    return page;
}

std::optional<QList<AuditEntry>> auditEntries(const QJsonObject &json)
{
    const QJsonValue rows = json.value(QLatin1String("rows"));
    if (!rows.isArray())
        return std::nullopt;
    return listOf<AuditEntry>(rows.toArray(), [](const QJsonObject &row) {
        AuditEntry entry;
        entry.id = idOf(row.value(QLatin1String("id")));
        entry.event = row.value(QLatin1String("event")).toString();
        entry.targetObject = idOf(row.value(QLatin1String("targetObject")));
        entry.dateCreated = row.value(QLatin1String("dateCreated")).toString();
        return entry;
    });
}

} // namespace sm::wire
