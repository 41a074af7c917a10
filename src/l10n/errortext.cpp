// SPDX-License-Identifier: MIT
#include "l10n/errortext.h"

#include "l10n/displaytext.h"
#include "l10n/sentrytext.h"

#include <QCoreApplication>

namespace sm::l10n {

QString errorText(const QString &message, const FieldErrors &fieldErrors, int httpStatus)
{
    QString text = forDisplay(sentryText(message));
    QStringList more;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        const QString joined = forDisplay(sentryText(it.value()));
        if (!text.contains(joined))
            more.append(joined);
    }
    if (!more.isEmpty())
        text += QLatin1Char('\n') + more.join(QLatin1Char('\n'));
    if (httpStatus > 0)
        text += QLatin1String("\n\n") +
                QCoreApplication::translate("sm::l10n", "HTTP status %1").arg(httpStatus);
    return text;
}

} // namespace sm::l10n
