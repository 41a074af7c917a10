// SPDX-License-Identifier: MIT
// Teams and integrations (organization_teams.py, organization_integrations.py).
#include "sandbox/sandboxapi.h"
#include "sandbox/serialize.h"

namespace sm::sandbox {

Response SandboxApi::listTeams(const Caller &caller, const Request &request)
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

Response SandboxApi::listIntegrations(const Caller &, const Request &request)
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
