// SPDX-License-Identifier: MIT
// sentry-members-sandbox: a local Sentry-compatible server for the member API, for tests,
// the demo organization and trying the app without a Sentry account.
#include "sandbox/sandboxserver.h"
#include "sandbox/seed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace sm::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sentry-members-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SENTRY_MEMBERS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Sentry-compatible server for the member-management API. When ready it "
        "prints one JSON line with its URL, organization slug and auth tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Load the organization from a seed JSON file."),
        QStringLiteral("file"));
    const QCommandLineOption membersOption(
        QStringLiteral("members"), QStringLiteral("Size of the demo organization (default 250)."),
        QStringLiteral("count"), QStringLiteral("250"));
    const QCommandLineOption dumpOption(
        QStringLiteral("dump-seed"),
        QStringLiteral("Print the demo organization's seed and exit."));
    const QCommandLineOption announceOption(
        QStringLiteral("announce"), QStringLiteral("Also explain on stderr how to connect."));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        QStringLiteral("Append one JSON line per answered request (method, path, query, "
                       "status, body; never headers) to this file."),
        QStringLiteral("file"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault, e.g. \"POST members/=reset-after*1\" (repeatable). "
                       "Kinds: %1.")
            .arg(faultKindNames().join(QLatin1String(", "))),
        QStringLiteral("METHOD PATH=KIND[:PARAM][*COUNT]"));
    const QCommandLineOption noInviteLimitsOption(
        QStringLiteral("no-invite-limits"),
        QStringLiteral("Do not enforce Sentry's daily invitation limits (100 per organization, "
                       "100 per inviter, 10 per address), e.g. for benchmarks."));
    const QCommandLineOption clockOffsetOption(
        QStringLiteral("clock-offset"),
        QStringLiteral("Run the server's clock this many seconds ahead (negative: behind), e.g. "
                       "to be in the next UTC day of the invitation limits."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Limit the API as sentry.io does: N requests per second per caller and "
                       "method, 40 for listing and for inviting members, with Sentry's "
                       "X-Sentry-Rate-Limit-* headers and 429s (default: none, as self-hosted)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({portOption, seedOption, membersOption, dumpOption, announceOption,
                       journalOption, faultOption, noInviteLimitsOption, clockOffsetOption,
                       rateLimitOption});
    parser.process(app);

    bool ok = false;
    const int members = parser.value(membersOption).toInt(&ok);
    if (!ok || members < 10 || members > 1000000) {
        std::fprintf(stderr, "--members needs a number from 10 to 1000000\n");
        return 2;
    }
    QJsonObject seed = sm::sandbox::demoSeed(members);
    if (parser.isSet(dumpOption)) {
        std::fputs(QJsonDocument(seed).toJson().constData(), stdout);
        return 0;
    }
    if (parser.isSet(seedOption)) {
        QFile file(parser.value(seedOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "Cannot read %s\n", qPrintable(file.fileName()));
            return 2;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject()) {
            std::fprintf(stderr, "%s is not a JSON object: %s\n", qPrintable(file.fileName()),
                         qPrintable(error.errorString()));
            return 2;
        }
        seed = doc.object();
    }
    QString seedError;
    auto organization = organizationFromSeed(seed, &seedError);
    if (!organization) {
        std::fprintf(stderr, "Unusable seed: %s\n", qPrintable(seedError));
        return 2;
    }

    const quint16 port = quint16(parser.value(portOption).toUInt(&ok));
    if (!ok) {
        std::fprintf(stderr, "--port needs a number from 0 to 65535\n");
        return 2;
    }
    const qint64 clockOffset = parser.value(clockOffsetOption).toLongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "--clock-offset needs a number of seconds\n");
        return 2;
    }
    const int rateLimit = parser.value(rateLimitOption).toInt(&ok);
    if (!ok || rateLimit < 0) {
        std::fprintf(stderr, "--rate-limit needs a number of requests per second (0: none)\n");
        return 2;
    }
    SandboxServer server(std::move(*organization));
    server.api().inviteLimits().setEnabled(!parser.isSet(noInviteLimitsOption));
    server.api().setClockOffset(clockOffset);
    server.api().rateLimiter().setDefaultLimit(rateLimit);
    for (const QString &spec : parser.values(faultOption)) {
        QString faultError;
        const auto fault = parseFault(spec, &faultError);
        if (!fault) {
            std::fprintf(stderr, "--fault %s: %s\n", qPrintable(spec), qPrintable(faultError));
            return 2;
        }
        server.addFault(*fault);
    }
    QFile journal;
    if (parser.isSet(journalOption)) {
        journal.setFileName(parser.value(journalOption));
        if (!journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
            std::fprintf(stderr, "Cannot write %s\n", qPrintable(journal.fileName()));
            return 2;
        }
        server.setExchangeObserver([&journal](const Request &request, const Response &response) {
            journal.write(journalLine(request, response));
            journal.flush();
        });
    }
    if (server.start(port) == 0) {
        std::fprintf(stderr, "Cannot listen on 127.0.0.1:%u\n", unsigned(port));
        return 1;
    }
    const Announcement announcement = server.announcement();
    std::printf("%s\n", announcement.toLine().constData());
    std::fflush(stdout);
    if (parser.isSet(announceOption)) {
        std::fprintf(
            stderr,
            "\nSentry sandbox ready with the demo organization \"%s\".\n"
            "  SENTRY_URL=%s\n  SENTRY_ORG=%s\n  SENTRY_AUTH_TOKEN=%s   (owner)\n"
            "Try: curl -H \"Authorization: Bearer $SENTRY_AUTH_TOKEN\" "
            "%s/api/0/organizations/%s/members/me/\nPress Ctrl+C to stop.\n",
            qPrintable(server.api().organization().name), qPrintable(server.url().toString()),
            qPrintable(server.api().organization().slug),
            qPrintable(announcement.token(QStringLiteral("owner"))),
            qPrintable(server.url().toString()), qPrintable(server.api().organization().slug));
    }
    return app.exec();
}
