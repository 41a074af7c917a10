// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sm::csv {

// An RFC 4180 file as records of cells: quoted cells with commas, doubled quotes and line
// breaks, CRLF or LF line ends, a UTF-8 byte order mark, blank lines skipped. A cell the
// app's export neutralised ('=..., '@...) reads back as it was. Each record keeps the line
// it started on, for messages that point at the file.
struct Record
{
    int line = 0; // 1-based
    QStringList cells;
};

struct ParseError
{
    int line = 0;
    QString message;
};

// The records, or where and why the text is not CSV (an unclosed quote, text after a
// closing quote).
std::optional<QList<Record>> parse(const QString &text, ParseError *error = nullptr);

// The inverse of cell()'s neutralising: "'=SUM(1)" -> "=SUM(1)"; any other text unchanged.
QString restored(const QString &cell);

} // namespace sm::csv
