// SPDX-License-Identifier: MIT
#include "core/csvreader.h"

#include <QCoreApplication>

namespace sm::csv {

namespace {
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

QString restored(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && isFormulaStart(cell.at(1)))
        return cell.mid(1);
    return cell;
}

std::optional<QList<Record>> parse(const QString &input, ParseError *error)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<Record> records;
    Record record;
    QString cell;
    bool quoted = false;    // inside a quoted cell
    bool wasQuoted = false; // the current cell was quoted (and has closed)
    bool cellStarted = false;
    int line = 1;
    record.line = 1;
    const auto fail = [&](int at, const char *message) {
        if (error)
            *error = {at, QCoreApplication::translate("sm::csv", message)};
        return std::nullopt;
    };
    const auto endCell = [&] {
        // The export guards a cell before it quotes it: read back either way.
        record.cells.append(restored(cell));
        cell.clear();
        wasQuoted = false;
        cellStarted = false;
    };
    const auto endRecord = [&] {
        endCell();
        // A blank line is no record.
        if (!(record.cells.size() == 1 && record.cells.constFirst().isEmpty()))
            records.append(record);
        record = Record{};
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (wasQuoted) {
            return fail(line, QT_TRANSLATE_NOOP("sm::csv", "Text after a closing quote."));
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (quoted)
        return fail(record.line, QT_TRANSLATE_NOOP("sm::csv", "A quote is never closed."));
    if (cellStarted || !record.cells.isEmpty() || !cell.isEmpty())
        endRecord();
    return records;
}

} // namespace sm::csv
