// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QCoreApplication;

namespace sm::l10n {

// Installs the translators for `locale`'s languages: the app's own (built into the binary
// under :/i18n) and then Qt's (standard buttons, context menus) from the system's Qt
// translations. Returns false, installing nothing, when the app has no translation for
// them (English is the source language and needs none).
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace sm::l10n
