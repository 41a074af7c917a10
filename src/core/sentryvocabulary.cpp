// SPDX-License-Identifier: MIT
#include "core/sentryvocabulary.h"

namespace sm::vocabulary {

QStringList orgRoles()
{
    return {QStringLiteral("billing"), QStringLiteral("member"), QStringLiteral("admin"),
            QStringLiteral("manager"), QStringLiteral("owner")};
}

QStringList scimOrgRoles()
{
    return {QStringLiteral("billing"), QStringLiteral("member"), QStringLiteral("admin"),
            QStringLiteral("manager")};
}

QStringList teamRoles()
{
    return {QStringLiteral("contributor"), QStringLiteral("admin")};
}

QStringList externalProviders()
{
    return {QStringLiteral("github"),        QStringLiteral("github_enterprise"),
            QStringLiteral("jira_server"),   QStringLiteral("slack"),
            QStringLiteral("slack_staging"), QStringLiteral("perforce"),
            QStringLiteral("gitlab"),        QStringLiteral("msteams"),
            QStringLiteral("custom_scm")};
}

bool providerNeedsAtHandle(const QString &provider)
{
    return provider == QLatin1String("github") || provider == QLatin1String("gitlab");
}

} // namespace sm::vocabulary
