// SPDX-License-Identifier: MIT
#include "api/linkheader.h"

namespace sm {

namespace {

// Splits on a separator outside <...> and "..." so commas inside URLs or cursors are safe.
QList<QByteArray> splitOutside(const QByteArray &text, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool inQuotes = false;
    bool inAngle = false;
    for (const char c : text) {
        if (c == '"' && !inAngle)
            inQuotes = !inQuotes;
        else if (c == '<' && !inQuotes)
            inAngle = true;
        else if (c == '>' && !inQuotes)
            inAngle = false;
        if (c == separator && !inQuotes && !inAngle) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

QString unquote(const QByteArray &value)
{
    QByteArray v = value.trimmed();
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return QString::fromUtf8(v);
}

} // namespace

QList<LinkEntry> parseLinkHeader(const QByteArray &header)
{
    QList<LinkEntry> entries;
    for (const QByteArray &part : splitOutside(header, ',')) {
        const QList<QByteArray> fields = splitOutside(part, ';');
        if (fields.isEmpty())
            continue;
        const QByteArray &target = fields.constFirst();
        if (!target.startsWith('<') || !target.endsWith('>'))
            continue;
        LinkEntry entry;
        entry.url = QUrl(QString::fromUtf8(target.mid(1, target.size() - 2)));
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const qsizetype eq = fields.at(i).indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = fields.at(i).left(eq).trimmed().toLower();
            const QString value = unquote(fields.at(i).mid(eq + 1));
            if (key == "rel")
                entry.rel = value;
            else if (key == "results")
                entry.results = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            else if (key == "cursor")
                entry.cursor = value;
        }
        entries.append(entry);
    }
    return entries;
}

std::optional<QString> nextPageCursor(const QByteArray &header)
{
    for (const LinkEntry &entry : parseLinkHeader(header)) {
        if (entry.rel == QLatin1String("next") && entry.results && !entry.cursor.isEmpty())
            return entry.cursor;
    }
    return std::nullopt;
}

} // namespace sm
