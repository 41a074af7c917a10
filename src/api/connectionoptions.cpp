// SPDX-License-Identifier: MIT
#include "api/connectionoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sm::connection {

namespace {

const QString urlOption = QStringLiteral("url");
const QString orgOption = QStringLiteral("org");
const QString caFileOption = QStringLiteral("ca-file");

} // namespace

QString sourceName(Source source)
{
    switch (source) {
    case Source::Flag:
        return QStringLiteral("flag");
    case Source::Profile:
        return QStringLiteral("profile");
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::Default:
        break;
    }
    return QStringLiteral("default");
}

QList<QCommandLineOption> commandLineOptions()
{
    return {
        QCommandLineOption(
            urlOption,
            QCoreApplication::translate("sm::connection",
                                        "Sentry URL (default: SENTRY_URL or https://sentry.io)."),
            QStringLiteral("url")),
        QCommandLineOption(orgOption,
                           QCoreApplication::translate("sm::connection",
                                                       "Organization slug (default: SENTRY_ORG)."),
                           QStringLiteral("slug")),
        QCommandLineOption(caFileOption,
                           QCoreApplication::translate(
                               "sm::connection",
                               "PEM file of a certificate authority trusted for the server, "
                               "besides the system's (default: SENTRY_MEMBERS_CA_FILE)."),
                           QStringLiteral("file")),
    };
}

Flags flagsFrom(const QCommandLineParser &parser)
{
    Flags flags;
    if (parser.isSet(urlOption))
        flags.url = normalizedBaseUrl(parser.value(urlOption));
    if (parser.isSet(orgOption))
        flags.organization = parser.value(orgOption).trimmed();
    if (parser.isSet(caFileOption))
        flags.caFile = parser.value(caFileOption).trimmed();
    return flags;
}

SourcedSettings environmentSettings(const QProcessEnvironment &env)
{
    SourcedSettings sourced;
    sourced.settings = fromEnvironment(env);
    const auto from = [&env](const char *name) {
        return env.value(QLatin1String(name)).trimmed().isEmpty() ? Source::Default
                                                                  : Source::Environment;
    };
    sourced.url = from("SENTRY_URL");
    sourced.organization = from("SENTRY_ORG");
    sourced.token = from("SENTRY_AUTH_TOKEN");
    sourced.caFile = from("SENTRY_MEMBERS_CA_FILE");
    return sourced;
}

SourcedSettings withFlags(SourcedSettings base, const Flags &flags)
{
    if (flags.url) {
        base.settings.baseUrl = *flags.url;
        base.url = Source::Flag;
    }
    if (flags.organization) {
        base.settings.organization = *flags.organization;
        base.organization = Source::Flag;
    }
    if (flags.caFile) {
        base.settings.caFile = *flags.caFile;
        base.caFile = Source::Flag;
    }
    return base;
}

} // namespace sm::connection
