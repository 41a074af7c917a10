// SPDX-License-Identifier: MIT
#include "api/connection.h"

#include "api/trust.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace sm::connection {

QList<QPair<QString, QUrl>> knownInstances()
{
    return {
        {QCoreApplication::translate("sm::connection", "sentry.io"),
         QUrl(QStringLiteral("https://sentry.io"))},
        {QCoreApplication::translate("sm::connection", "sentry.io (US region)"),
         QUrl(QStringLiteral("https://us.sentry.io"))},
        {QCoreApplication::translate("sm::connection", "sentry.io (EU region)"),
         QUrl(QStringLiteral("https://de.sentry.io"))},
    };
}

QUrl normalizedBaseUrl(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    if (!value.contains(QLatin1String("://")))
        value.prepend(QLatin1String("https://"));
    QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString path = url.path();
    // Sentry's API prefix names the same server. Plain string tests: this runs before the
    // first frame, and compiling a regular expression there cost half a millisecond.
    for (const QLatin1String apiPrefix : {QLatin1String("/api/0/"), QLatin1String("/api/0")}) {
        if (path.endsWith(apiPrefix)) {
            path.chop(apiPrefix.size());
            break;
        }
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isHosted(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.scheme() == QLatin1String("https") &&
           (host == QLatin1String("sentry.io") || host.endsWith(QLatin1String(".sentry.io")));
}

bool hasRegions(const QUrl &baseUrl)
{
    return isHosted(baseUrl) || isLoopback(baseUrl);
}

QUrl regionBaseUrl(const QUrl &given, const QUrl &regionUrl)
{
    if (!regionUrl.isValid() || regionUrl.host().isEmpty() || !regionUrl.userInfo().isEmpty())
        return given;
    const bool allowed =
        (isHosted(given) && isHosted(regionUrl)) ||
        (isLoopback(given) && isLoopback(regionUrl) && regionUrl.scheme() == given.scheme());
    if (!allowed)
        return given;
    QUrl base;
    base.setScheme(regionUrl.scheme());
    base.setHost(regionUrl.host());
    base.setPort(regionUrl.port());
    return base;
}

FieldErrors validate(const ConnectionSettings &settings)
{
    FieldErrors errors;
    const QUrl &url = settings.baseUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        errors[QStringLiteral("url")].append(
            QCoreApplication::translate("sm::connection", "Enter the address of your Sentry, "
                                                          "e.g. https://sentry.example.com."));
    } else if (url.scheme() != QLatin1String("https") &&
               !(url.scheme() == QLatin1String("http") && isLoopback(url))) {
        errors[QStringLiteral("url")].append(QCoreApplication::translate(
            "sm::connection", "Use an https:// address: the auth token must not travel "
                              "unencrypted."));
    }
    static const QRegularExpression slug(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$"));
    if (settings.organization.isEmpty()) {
        errors[QStringLiteral("org")].append(
            QCoreApplication::translate("sm::connection", "Enter the organization slug."));
    } else if (!slug.match(settings.organization).hasMatch()) {
        errors[QStringLiteral("org")].append(QCoreApplication::translate(
            "sm::connection", "An organization slug has only letters, digits, - and _."));
    }
    if (settings.token.trimmed().isEmpty()) {
        errors[QStringLiteral("token")].append(
            QCoreApplication::translate("sm::connection", "Enter an auth token."));
    } else if (settings.token.trimmed().contains(QRegularExpression(QStringLiteral("\\s")))) {
        errors[QStringLiteral("token")].append(QCoreApplication::translate(
            "sm::connection", "The auth token must not contain spaces or line breaks."));
    }
    if (!settings.caFile.isEmpty()) {
        QString problem;
        if (trust::readCaFile(settings.caFile, &problem).isEmpty())
            errors[QStringLiteral("caFile")].append(problem);
    }
    return errors;
}

ConnectionSettings fromEnvironment(const QProcessEnvironment &env)
{
    ConnectionSettings settings;
    settings.baseUrl = normalizedBaseUrl(
        env.value(QStringLiteral("SENTRY_URL"), QStringLiteral("https://sentry.io")));
    settings.organization = env.value(QStringLiteral("SENTRY_ORG")).trimmed();
    settings.token = env.value(QStringLiteral("SENTRY_AUTH_TOKEN")).trimmed();
    settings.caFile = env.value(QStringLiteral("SENTRY_MEMBERS_CA_FILE")).trimmed();
    return settings;
}

} // namespace sm::connection
