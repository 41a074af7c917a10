#include "gui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sm::gui {

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
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(app, locale, QStringLiteral("sentry-members"), QStringLiteral(":/i18n"));
}

} // namespace sm::gui
