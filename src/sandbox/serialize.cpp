// SPDX-License-Identifier: MIT
#include "sandbox/serialize.h"

#include "sandbox/roles.h"

namespace sm::sandbox::serialize {

namespace {

QString idString(qint64 id)
{
    return QString::number(id);
}

QJsonObject flags(const MemberRecord &m)
{
    QJsonObject json;
    for (const char *name : {"idp:provisioned", "idp:role-restricted", "sso:linked", "sso:invalid",
                             "member-limit:restricted", "partnership:restricted"}) {
        json.insert(QLatin1String(name), m.flags.value(QLatin1String(name)));
    }
    return json;
}

} // namespace

QJsonValue user(const UserRecord *u)
{
    if (!u)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), idString(u->id)},
        {QStringLiteral("name"), u->name},
        {QStringLiteral("username"), u->email},
        {QStringLiteral("email"), u->email},
        {QStringLiteral("avatarUrl"), QStringLiteral("https://gravatar.com/avatar/%1").arg(u->id)},
        {QStringLiteral("isActive"), true},
        {QStringLiteral("isSuspended"), false},
        {QStringLiteral("hasPasswordAuth"), true},
        {QStringLiteral("isManaged"), false},
        {QStringLiteral("dateJoined"), u->dateJoined},
        {QStringLiteral("lastLogin"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("has2fa"), u->has2fa},
        {QStringLiteral("lastActive"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("isSuperuser"), false},
        {QStringLiteral("isStaff"), false},
        {QStringLiteral("experiments"), QJsonObject()},
        {QStringLiteral("avatar"),
         QJsonObject{{QStringLiteral("avatarType"), QStringLiteral("letter_avatar")},
                     {QStringLiteral("avatarUuid"), QJsonValue(QJsonValue::Null)}}},
    };
}

namespace {

QJsonObject orgRoleJson(const OrgRoleDef &role, bool allowed)
{
    return QJsonObject{
        {QStringLiteral("id"), role.id},
        {QStringLiteral("name"), role.name},
        {QStringLiteral("desc"), role.desc},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(role.scopes)},
        {QStringLiteral("allowed"), allowed},
        {QStringLiteral("isAllowed"), allowed},
        {QStringLiteral("isRetired"), role.isRetired},
        {QStringLiteral("isTeamRolesAllowed"), role.isTeamRolesAllowed},
        {QStringLiteral("minimumTeamRole"), role.minimumTeamRole},
        {QStringLiteral("isGlobal"), role.isGlobal},
        {QStringLiteral("is_global"), role.isGlobal},
    };
}

QJsonObject teamRoleJson(const TeamRoleDef &role)
{
    return QJsonObject{
        {QStringLiteral("id"), role.id},
        {QStringLiteral("name"), role.name},
        {QStringLiteral("desc"), role.desc},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(role.scopes)},
        {QStringLiteral("allowed"), true},
        {QStringLiteral("isAllowed"), true},
        {QStringLiteral("isRetired"), false},
        {QStringLiteral("isTeamRolesAllowed"), true},
        {QStringLiteral("isMinimumRoleFor"), role.id == QLatin1String("admin")
                                                 ? QJsonValue(QStringLiteral("admin"))
                                                 : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

QJsonObject member(const Organization &org, const MemberRecord &m, bool expandExternalUsers)
{
    const UserRecord *u = m.userId ? org.user(*m.userId) : nullptr;
    const OrgRoleDef *role = orgRole(m.role);
    QString inviterName;
    if (m.inviterUserId) {
        if (const UserRecord *inviter = org.user(*m.inviterUserId))
            inviterName = inviter->name;
    }
    QJsonObject json{
        {QStringLiteral("id"), idString(m.id)},
        {QStringLiteral("email"), u ? u->email : m.email},
        {QStringLiteral("name"), org.memberName(m)},
        {QStringLiteral("user"), user(u)},
        {QStringLiteral("orgRole"), m.role},
        {QStringLiteral("role"), m.role},
        {QStringLiteral("roleName"), role ? role->name : m.role},
        {QStringLiteral("pending"), m.isPending()},
        {QStringLiteral("expired"), m.isPending() && m.tokenExpired},
        {QStringLiteral("flags"), flags(m)},
        {QStringLiteral("dateCreated"), m.dateCreated},
        {QStringLiteral("inviteStatus"), m.inviteStatus},
        {QStringLiteral("inviterName"),
         inviterName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(inviterName)},
    };
    if (expandExternalUsers) {
        QJsonArray links;
        if (m.userId) {
            for (const ExternalUserRecord *e : org.externalUsersOf(*m.userId))
                links.append(externalUser(*e));
        }
        json.insert(QStringLiteral("externalUsers"), links);
    }
    return json;
}

QJsonObject memberWithRoles(const Organization &org, const MemberRecord &m,
                            const QStringList &allowedRoles, bool userDetails)
{
    QJsonObject json = member(org, m, false);
    if (userDetails && m.isPending())
        json.insert(QStringLiteral("user"), QJsonObject());
    QJsonArray teams, teamRoles;
    for (const TeamMembership &t : m.teams) {
        teams.append(t.teamSlug);
        teamRoles.append(
            QJsonObject{{QStringLiteral("teamSlug"), t.teamSlug},
                        {QStringLiteral("role"),
                         t.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.role)}});
    }
    const QJsonArray roleList = orgRoleList(allowedRoles);

    json.insert(QStringLiteral("teams"), teams);
    json.insert(QStringLiteral("teamRoles"), teamRoles);
    json.insert(QStringLiteral("orgRoleList"), roleList);
    json.insert(QStringLiteral("roles"), roleList); // deprecated duplicate, still sent
    json.insert(QStringLiteral("teamRoleList"), teamRoleList());
    json.insert(QStringLiteral("isOnlyOwner"), org.isOnlyOwner(m));
    return json;
}

QJsonArray orgRoleList(const QStringList &allowedRoles)
{
    QJsonArray list;
    for (const OrgRoleDef &role : orgRoles())
        list.append(orgRoleJson(role, allowedRoles.contains(role.id)));
    return list;
}

QJsonArray teamRoleList()
{
    QJsonArray list;
    for (const TeamRoleDef &role : teamRoles())
        list.append(teamRoleJson(role));
    return list;
}

QJsonObject externalUser(const ExternalUserRecord &e)
{
    QJsonObject json{
        {QStringLiteral("id"), idString(e.id)},
        {QStringLiteral("provider"), e.provider},
        {QStringLiteral("externalName"), e.externalName},
        {QStringLiteral("integrationId"), idString(e.integrationId)},
        {QStringLiteral("userId"), idString(e.userId)},
    };
    if (!e.externalId.isEmpty())
        json.insert(QStringLiteral("externalId"), e.externalId);
    return json;
}

QJsonObject team(const Organization &org, const TeamRecord &t, const MemberRecord *caller)
{
    const int memberCount = org.teamMemberCount(t.slug);
    QJsonValue teamRole(QJsonValue::Null);
    bool isMember = false;
    if (caller) {
        for (const TeamMembership &membership : caller->teams) {
            if (membership.teamSlug == t.slug) {
                isMember = true;
                if (!membership.role.isEmpty())
                    teamRole = membership.role;
            }
        }
    }
    return QJsonObject{
        {QStringLiteral("id"), idString(t.id)},
        {QStringLiteral("slug"), t.slug},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("dateCreated"), t.dateCreated},
        {QStringLiteral("isMember"), isMember},
        {QStringLiteral("teamRole"), teamRole},
        {QStringLiteral("flags"),
         QJsonObject{{QStringLiteral("idp:provisioned"), t.idpProvisioned}}},
        {QStringLiteral("access"), QJsonArray{QStringLiteral("team:read")}},
        {QStringLiteral("hasAccess"), true},
        {QStringLiteral("isPending"), false},
        {QStringLiteral("memberCount"), memberCount},
        {QStringLiteral("avatar"),
         QJsonObject{{QStringLiteral("avatarType"), QStringLiteral("letter_avatar")},
                     {QStringLiteral("avatarUuid"), QJsonValue(QJsonValue::Null)}}},
    };
}

QJsonObject integration(const Organization &org, const IntegrationRecord &i)
{
    return QJsonObject{
        {QStringLiteral("id"), idString(i.id)},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("icon"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("domainName"), i.domainName},
        {QStringLiteral("accountType"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("scopes"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), i.status},
        {QStringLiteral("outOfDate"), false},
        {QStringLiteral("provider"), QJsonObject{{QStringLiteral("key"), i.providerKey},
                                                 {QStringLiteral("slug"), i.providerKey},
                                                 {QStringLiteral("name"), i.providerName},
                                                 {QStringLiteral("canAdd"), true},
                                                 {QStringLiteral("canDisable"), false},
                                                 {QStringLiteral("features"), QJsonArray()},
                                                 {QStringLiteral("aspects"), QJsonObject()}}},
        {QStringLiteral("configOrganization"), QJsonArray()},
        {QStringLiteral("configData"), QJsonObject()},
        {QStringLiteral("externalId"), i.externalId},
        {QStringLiteral("organizationId"), org.id},
        {QStringLiteral("organizationIntegrationStatus"), QStringLiteral("active")},
        {QStringLiteral("gracePeriodEnd"), QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject scimUser(const Organization &org, const MemberRecord &m)
{
    const UserRecord *u = m.userId ? org.user(*m.userId) : nullptr;
    const QString email = u ? u->email : m.email;
    QJsonObject json{
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("id"), idString(m.id)},
        {QStringLiteral("userName"), email},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), QStringLiteral("N/A")},
                     {QStringLiteral("familyName"), QStringLiteral("N/A")}}},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                {QStringLiteral("value"), email},
                                {QStringLiteral("type"), QStringLiteral("work")}}}},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("User")}}},
        {QStringLiteral("sentryOrgRole"), m.role},
    };
    // Sentry leaves "active" out for Azure AD, which does not support soft deletes.
    if (org.authProvider != QLatin1String("azure"))
        json.insert(QStringLiteral("active"), true);
    return json;
}

QJsonObject auditEntry(const Organization &org, const AuditEntry &e)
{
    const UserRecord *actor = e.actorId ? org.user(*e.actorId) : nullptr;
    const UserRecord *target = e.targetUserId ? org.user(*e.targetUserId) : nullptr;
    // The note as Sentry renders it (src/sentry/audit_log/register.py). member.edit reads
    // "team_slugs" while the data holds "teams_slugs": its teams always read N/A.
    const QString email = e.data.value(QLatin1String("email")).toString();
    const QString team = e.data.value(QLatin1String("team_slug")).toString();
    const bool self = e.actorId && e.actorId == e.targetUserId;
    QString note;
    if (e.event == QLatin1String("member.invite"))
        note = QStringLiteral("invited member %1").arg(email);
    else if (e.event == QLatin1String("member.reinvite"))
        note = QStringLiteral("reinvited member %1").arg(email);
    else if (e.event == QLatin1String("member.edit"))
        note = QStringLiteral("edited member %1 (role: %2, teams: N/A)")
                   .arg(email, e.data.value(QLatin1String("role")).toString(QStringLiteral("N/A")));
    else if (e.event == QLatin1String("member.remove"))
        note = self ? QStringLiteral("left the organization")
                    : QStringLiteral("removed member %1").arg(email);
    else if (e.event == QLatin1String("member.join-team"))
        note = self ? QStringLiteral("joined team %1").arg(team)
                    : QStringLiteral("added %1 to team %2").arg(email, team);
    else if (e.event == QLatin1String("member.leave-team"))
        note = self ? QStringLiteral("left team %1").arg(team)
                    : QStringLiteral("removed %1 from team %2").arg(email, team);
    return QJsonObject{
        {QStringLiteral("id"), idString(e.id)},
        {QStringLiteral("actor"),
         actor ? user(actor) : QJsonValue(QJsonObject{{QStringLiteral("name"), e.actorName}})},
        {QStringLiteral("event"), e.event},
        {QStringLiteral("ipAddress"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("note"), note},
        {QStringLiteral("targetObject"), e.targetObject},
        {QStringLiteral("targetUser"),
         target ? user(target)
                : (e.targetUserId ? QJsonValue(*e.targetUserId) : QJsonValue(QJsonValue::Null))},
        {QStringLiteral("data"), e.data},
        {QStringLiteral("dateCreated"), e.dateCreated},
    };
}

} // namespace sm::sandbox::serialize
