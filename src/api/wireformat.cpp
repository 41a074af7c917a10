// SPDX-License-Identifier: MIT
#include "api/wireformat.h"

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

QList<RoleInfo> roleList(const QJsonValue &value)
{
    QList<RoleInfo> roles;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isObject())
            roles.append(roleInfo(item.toObject()));
    }
    return roles;
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

Member member(const QJsonObject &json)
{
    Member m;
    m.id = idOf(json.value(QLatin1String("id")));
    m.email = str(json, "email");
    m.name = str(json, "name");
    m.userId = idOf(json.value(QLatin1String("user")).toObject().value(QLatin1String("id")));
    m.orgRole = str(json, "orgRole");
    if (m.orgRole.isEmpty())
        m.orgRole = str(json, "role"); // servers from before orgRole existed
    m.pending = flag(json, "pending");
    m.expired = flag(json, "expired");
    m.inviteStatus = str(json, "inviteStatus");
    m.inviterName = str(json, "inviterName");
    m.dateCreated = str(json, "dateCreated");
    const QJsonObject flags = json.value(QLatin1String("flags")).toObject();
    for (auto it = flags.begin(); it != flags.end(); ++it)
        m.flags.insert(it.key(), it.value().toBool());
    m.teams = strings(json.value(QLatin1String("teams")));
    for (const QJsonValue &item : json.value(QLatin1String("teamRoles")).toArray()) {
        const QJsonObject object = item.toObject();
        const QString slug = str(object, "teamSlug");
        if (!slug.isEmpty())
            m.teamRoles.append({slug, str(object, "role")});
    }
    m.orgRoleList = roleList(json.value(QLatin1String("orgRoleList")));
    m.teamRoleList = roleList(json.value(QLatin1String("teamRoleList")));
    for (const QJsonValue &item : json.value(QLatin1String("externalUsers")).toArray()) {
        if (item.isObject())
            m.externalUsers.append(externalUser(item.toObject()));
    }
    m.isOnlyOwner = flag(json, "isOnlyOwner");
    m.has2fa = json.value(QLatin1String("user")).toObject().value(QLatin1String("has2fa")).toBool();
    return m;
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

std::optional<QList<Member>> members(const QJsonArray &json)
{
    return listOf<Member>(json, &member);
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
