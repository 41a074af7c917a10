// SPDX-License-Identifier: MIT
#include "launchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sm::app {

namespace {

// QCommandLineParser::helpText() needs a QCoreApplication; this runs before one exists.
QString helpText(const QString &description, const QList<QCommandLineOption> &options)
{
    QString text = QCoreApplication::translate("main", "Usage: %1 [options]")
                       .arg(QStringLiteral("sentry-members")) +
                   QLatin1Char('\n') + description + QLatin1String("\n\n") +
                   QCoreApplication::translate("main", "Options:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name);
        QString left = names.join(QLatin1String(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1String(" <") + option.valueName() + QLatin1Char('>');
        text += QLatin1String("  ") + left.leftJustified(17) + QLatin1Char(' ') +
                option.description() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

LaunchOptions parseLaunchOptions(const QStringList &arguments)
{
    LaunchOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Manage the people of a Sentry organization: invite members, edit their roles, "
                "provision SCIM users and link external accounts.\n\n"
                "Environment: SENTRY_URL, SENTRY_ORG and SENTRY_AUTH_TOKEN, as sentry-cli reads "
                "them, preconfigure the connection; SENTRY_MEMBERS_CA_FILE names a CA "
                "certificate file trusted for that server."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("main", "Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Show the version."));
    const QList<QCommandLineOption> connectionOptions = connection::commandLineOptions();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Connect with a saved profile, named as in the "
                                            "Profiles menu (before SENTRY_AUTH_TOKEN)."),
        QStringLiteral("name"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Explore a built-in demo organization on a local sandbox."));
    QList<QCommandLineOption> all{help, version};
    all += connectionOptions;
    all += {profile, demo};
    parser.addOptions(all);
    // Qt's own options (-platform, -style, ...) are for QApplication; let them through. They
    // take one dash: read "-platform" as one name, not as -p -l -a -t -f -o -r -m.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

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
        options.output = helpText(parser.applicationDescription(), all);
        return options;
    }
    if (parser.isSet(version)) {
        options.exitCode = 0;
        options.output = QStringLiteral("sentry-members " SENTRY_MEMBERS_VERSION "\n");
        return options;
    }
    options.demo = parser.isSet(demo);
    options.flags = connection::flagsFrom(parser);
    options.profile = parser.value(profile).trimmed();
    return options;
}

} // namespace sm::app
