// SPDX-License-Identifier: MIT
// Teams and integrations, read by the forms' pickers.
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
    QJsonArray items;
    for (const TeamRecord *t : teams)
        items.append(serialize::team(m_org, *t, me));
    return paginate(request, items);
}

Response SandboxApi::listIntegrations(const Caller &, const Request &request)
{
    const QString providerKey = request.query.queryItemValue(QStringLiteral("providerKey"));
    QJsonArray items;
    for (const IntegrationRecord &i : m_org.integrations) {
        if (providerKey.isEmpty() || i.providerKey == providerKey)
            items.append(serialize::integration(m_org, i));
    }
    return paginate(request, items);
}

} // namespace sm::sandbox
