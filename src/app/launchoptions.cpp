#include "launchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sm::app {

LaunchOptions parseLaunchOptions(const QStringList &arguments, const QProcessEnvironment &env)
{
    LaunchOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Manage the people of a Sentry organization: invite members, edit their roles, "
                "provision SCIM users and link external accounts.\n\n"
                "Environment: SENTRY_URL, SENTRY_ORG and SENTRY_AUTH_TOKEN, as sentry-cli reads "
                "them, preconfigure the connection."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("main", "Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Show the version."));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QCoreApplication::translate("main",
                                    "Sentry URL (default: SENTRY_URL or https://sentry.io)."),
        QStringLiteral("url"));
    const QCommandLineOption org(
        QStringLiteral("org"),
        QCoreApplication::translate("main", "Organization slug (default: SENTRY_ORG)."),
        QStringLiteral("slug"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Explore a built-in demo organization on a local sandbox."));
    parser.addOptions({help, version, url, org, demo});
    // Qt's own options (-platform, -style, ...) are for QApplication; let them through.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);

    if (!parser.parse(arguments)) {
        bool qtOption = false;
        for (const QString &unknown : parser.unknownOptionNames()) {
            qtOption =
                qtOption || QStringList{QStringLiteral("platform"), QStringLiteral("style"),
                                        QStringLiteral("stylesheet"), QStringLiteral("reverse"),
                                        QStringLiteral("qwindowgeometry")}
                                .contains(unknown);
        }
        if (!qtOption) {
            options.exitCode = 2;
            options.output = parser.errorText() + QLatin1Char('\n');
            return options;
        }
    }
    if (parser.isSet(help)) {
        options.exitCode = 0;
        options.output =
            QStringLiteral("Usage: sentry-members [options]\n") + parser.applicationDescription() +
            QLatin1String("\n\nOptions:\n") +
            QStringLiteral(
                "  -h, --help        Show this help.\n"
                "  -v, --version     Show the version.\n"
                "  --url <url>       Sentry URL (default: SENTRY_URL or https://sentry.io).\n"
                "  --org <slug>      Organization slug (default: SENTRY_ORG).\n"
                "  --demo            Explore a built-in demo organization on a local sandbox.\n");
        return options;
    }
    if (parser.isSet(version)) {
        options.exitCode = 0;
        options.output = QStringLiteral("sentry-members " SENTRY_MEMBERS_VERSION "\n");
        return options;
    }
    options.demo = parser.isSet(demo);
    const QString urlText = parser.isSet(url) ? parser.value(url)
                                              : env.value(QStringLiteral("SENTRY_URL"),
                                                          QStringLiteral("https://sentry.io"));
    options.connection.baseUrl = connection::normalizedBaseUrl(urlText);
    options.connection.organization =
        parser.isSet(org) ? parser.value(org) : env.value(QStringLiteral("SENTRY_ORG"));
    options.connection.token = env.value(QStringLiteral("SENTRY_AUTH_TOKEN")).trimmed();
    return options;
}

} // namespace sm::app
