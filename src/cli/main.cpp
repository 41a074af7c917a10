// SPDX-License-Identifier: MIT
// sentry-members-cli: composition root only. QtCore, no display: it runs in scripts, cron
// jobs and CI.
#include "cli/cliapp.h"
#include "cli/interruption.h"
#include "l10n/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's names: the same settings file, so the same profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("sentry-members"));
    QCoreApplication::setApplicationName(QStringLiteral("sentry-members"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SENTRY_MEMBERS_VERSION));
    sm::l10n::installTranslations(&app);

    sm::cli::CliApp cli;
    sm::cli::handleInterrupt(&cli, [&cli] { cli.interrupt(); });
    if (const std::optional<int> code = cli.start(QCoreApplication::arguments()))
        return *code;
    return QCoreApplication::exec();
}
