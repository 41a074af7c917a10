// SPDX-License-Identifier: MIT
// Teams and integrations (organization_teams.py, organization_integrations.py).
#include "sandbox/sandboxapi.h"
#include "sandbox/serialize.h"

namespace sm::sandbox {

Response SandboxApi::getOrganization(const Requester &caller, const Request &request)
{
    // organization_details.py get() with DetailedOrganizationSerializer
    // (src/sentry/api/serializers/models/organization.py): links from
    // generate_organization_url / generate_region_url (the region's API host on sentry.io,
    // system.url-prefix elsewhere), the caller's role and effective scopes, the role lists
    // for callers with org:read, features only when asked for, teams and projects unless
    // detailed=0.
    const QString own = m_publicBase;
    const MemberRecord *me = caller.memberId ? m_org.member(*caller.memberId) : nullptr;
    QStringList access(caller.scopes.cbegin(), caller.scopes.cend());
    access.sort();
    const QJsonValue role = me ? QJsonValue(me->role) : QJsonValue(QJsonValue::Null);
    QJsonObject json{
        {QStringLiteral("id"), QString::number(m_org.id)},
        {QStringLiteral("slug"), m_org.slug},
        {QStringLiteral("name"), m_org.name},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("id"), QStringLiteral("active")},
                                               {QStringLiteral("name"), QStringLiteral("active")}}},
        {QStringLiteral("dateCreated"), QStringLiteral("2023-01-10T09:00:00.000000Z")},
        {QStringLiteral("isEarlyAdopter"), false},
        {QStringLiteral("require2FA"), false},
        {QStringLiteral("avatar"),
         QJsonObject{{QStringLiteral("avatarType"), QStringLiteral("letter_avatar")},
                     {QStringLiteral("avatarUuid"), QJsonValue()}}},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("organizationUrl"), own},
                                              {QStringLiteral("regionUrl"),
                                               m_org.regionUrl.isEmpty() ? own : m_org.regionUrl}}},
        {QStringLiteral("hasAuthProvider"), !m_org.authProvider.isEmpty()},
        {QStringLiteral("allowMemberInvite"), !m_org.disableMemberInvite},
        {QStringLiteral("allowMemberProjectCreation"), true},
        {QStringLiteral("allowSuperuserAccess"), true},
        {QStringLiteral("role"), role},
        {QStringLiteral("orgRole"), role},
        {QStringLiteral("access"), QJsonArray::fromStringList(access)},
        {QStringLiteral("defaultRole"), m_org.defaultRole},
        {QStringLiteral("openMembership"), m_org.allowJoinLeave},
    };
    if (caller.hasScope(QStringLiteral("org:read"))) {
        json.insert(QStringLiteral("orgRoleList"),
                    serialize::orgRoleList(allowedOrgRoles(caller, false)));
        json.insert(QStringLiteral("teamRoleList"), serialize::teamRoleList());
    }
    if (request.query.queryItemValue(QStringLiteral("include_feature_flags")) ==
        QLatin1String("1")) {
        QStringList features(m_org.features.cbegin(), m_org.features.cend());
        features.sort();
        QJsonArray names;
        for (const QString &feature : std::as_const(features)) // without the "organizations:"
            names.append(feature.section(QLatin1Char(':'), 1));
        json.insert(QStringLiteral("features"), names);
    }
    if (request.query.queryItemValue(QStringLiteral("detailed")) != QLatin1String("0")) {
        QJsonArray teams;
        for (const TeamRecord &t : m_org.teams)
            teams.append(serialize::team(m_org, t, me));
        json.insert(QStringLiteral("teams"), teams);
        json.insert(QStringLiteral("projects"), QJsonArray());
    }
    return Response::json(200, json);
}

Response SandboxApi::listTeams(const Requester &caller, const Request &request)
{
    const MemberRecord *me = caller.memberId ? m_org.member(*caller.memberId) : nullptr;
    const QString query = request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
    QList<const TeamRecord *> teams;
    for (const TeamRecord &t : m_org.teams) {
        if (query.isEmpty() || t.slug.contains(query, Qt::CaseInsensitive) ||
            t.name.contains(query, Qt::CaseInsensitive))
            teams.append(&t);
    }
    std::sort(teams.begin(), teams.end(),
              [](const TeamRecord *a, const TeamRecord *b) { return a->slug < b->slug; });
    // The full serializer carries the team's projects and external teams; detailed=0 leaves
    // them out (the sandbox's teams have none of either).
    const bool detailed =
        request.query.queryItemValue(QStringLiteral("detailed")) != QLatin1String("0");
    return paginate(request, [&](qsizetype from, qsizetype to) {
        QJsonArray rows;
        for (qsizetype i = from; i < to && i < teams.size(); ++i) {
            QJsonObject json = serialize::team(m_org, *teams.at(i), me);
            if (detailed) {
                json.insert(QStringLiteral("projects"), QJsonArray());
                json.insert(QStringLiteral("externalTeams"), QJsonArray());
            }
            rows.append(json);
        }
        return rows;
    });
}

Response SandboxApi::listIntegrations(const Requester &, const Request &request)
{
    // providerKey (alias provider_key) is matched without case; the list is ordered by name.
    QString providerKey = request.query.queryItemValue(QStringLiteral("providerKey"));
    if (providerKey.isEmpty())
        providerKey = request.query.queryItemValue(QStringLiteral("provider_key"));
    QList<const IntegrationRecord *> matches;
    for (const IntegrationRecord &i : m_org.integrations) {
        if (providerKey.isEmpty() || i.providerKey.compare(providerKey, Qt::CaseInsensitive) == 0)
            matches.append(&i);
    }
    std::stable_sort(
        matches.begin(), matches.end(),
        [](const IntegrationRecord *a, const IntegrationRecord *b) { return a->name < b->name; });
    QJsonArray items;
    for (const IntegrationRecord *i : matches)
        items.append(serialize::integration(m_org, *i));
    return paginate(request, items);
}

} // namespace sm::sandbox
