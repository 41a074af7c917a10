// SPDX-License-Identifier: MIT
#include "l10n/sentrytext.h"

#include "core/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sm::l10n {

namespace {

struct Template
{
    const char *source;
    QRegularExpression pattern;
};

const QList<Template> &templates()
{
    static const QList<Template> all = [] {
        QList<Template> list;
        for (const char *source : validation::text::templates()) {
            QStringList pieces = QString::fromLatin1(source).split(QLatin1String("%1"));
            for (QString &piece : pieces)
                piece = QRegularExpression::escape(piece);
            list.append(
                {source, QRegularExpression(QLatin1Char('^') + pieces.join(QLatin1String("(.*)")) +
                                            QLatin1Char('$'))});
        }
        return list;
    }();
    return all;
}

} // namespace

QString sentryText(const QString &message)
{
    // Sentry's known wordings are sentences; a longer text is not one of them, and matching
    // megabytes of it against every template would stall the caller.
    if (message.size() > 1000)
        return message;
    const QByteArray source = message.toUtf8();
    const QString translated = QCoreApplication::translate("Sentry", source.constData());
    if (translated != message)
        return translated;
    for (const Template &t : templates()) {
        const QRegularExpressionMatch match = t.pattern.match(message);
        if (match.hasMatch())
            return QCoreApplication::translate("Sentry", t.source).arg(match.captured(1));
    }
    return message;
}

QString sentryText(const QStringList &messages)
{
    QStringList shown;
    for (const QString &message : messages)
        shown.append(sentryText(message));
    return shown.join(QLatin1Char(' '));
}

} // namespace sm::l10n
