// SPDX-License-Identifier: MIT
#include "core/csv.h"

namespace sm::csv {

QString cell(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString record(const QStringList &texts)
{
    QStringList cells;
    cells.reserve(texts.size());
    for (const QString &text : texts)
        cells.append(cell(text));
    return cells.join(QLatin1Char(','));
}

} // namespace sm::csv
