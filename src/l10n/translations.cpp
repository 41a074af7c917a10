// SPDX-License-Identifier: MIT
#include "l10n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sm::l10n {

namespace {

bool install(QCoreApplication *app, const QLocale &locale, const QString &name,
             const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator)) {
        return true;
    }
    delete translator;
    return false;
}

} // namespace

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // Qt's own strings follow only when ours do: a window is in one language, and English
    // needs no lookup on disk at start-up.
    if (!install(app, locale, QStringLiteral("sentry-members"), QStringLiteral(":/i18n")))
        return false;
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

} // namespace sm::l10n
