// SPDX-License-Identifier: MIT
#include "l10n/displaytext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace sm::l10n {

QString forDisplay(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), limit);
    if (cut < limit / 2)
        cut = limit;
    return text.left(cut) + QStringLiteral(" …");
}

QString detailsText(const QByteArray &body, qsizetype limit)
{
    if (body.size() <= limit) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isNull() ? QString::fromUtf8(body)
                            : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    return QString::fromUtf8(body.left(limit)) + QLatin1String("\n\n") +
           QCoreApplication::translate("sm::l10n::detailsText", "… and %1 more not shown.")
               .arg(QLocale().formattedDataSize(body.size() - limit));
}

} // namespace sm::l10n
