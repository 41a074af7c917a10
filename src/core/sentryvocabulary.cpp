// SPDX-License-Identifier: MIT
#include "core/sentryvocabulary.h"

#include <QMap>

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

QString providerDisplayName(const QString &provider)
{
    static const QMap<QString, QString> names{
        {QStringLiteral("github"), QStringLiteral("GitHub")},
        {QStringLiteral("github_enterprise"), QStringLiteral("GitHub Enterprise")},
        {QStringLiteral("gitlab"), QStringLiteral("GitLab")},
        {QStringLiteral("slack"), QStringLiteral("Slack")},
        {QStringLiteral("slack_staging"), QStringLiteral("Slack (staging)")},
        {QStringLiteral("msteams"), QStringLiteral("Microsoft Teams")},
        {QStringLiteral("jira_server"), QStringLiteral("Jira Server")},
        {QStringLiteral("perforce"), QStringLiteral("Perforce")},
        {QStringLiteral("custom_scm"), QStringLiteral("Custom SCM")},
    };
    return names.value(provider, provider);
}

} // namespace sm::vocabulary
