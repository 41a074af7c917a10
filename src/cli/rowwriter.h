// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace sm::cli {

enum class Format
{
    Table,
    Json,
    Jsonl,
    Csv,
};
// "table", "json", "jsonl", "csv"; nothing for any other word.
std::optional<Format> formatFrom(const QString &name);

// Writes `text` as UTF-8 and flushes: a script reading the pipe sees each line at once.
void printTo(std::FILE *stream, const QString &text);

// Prints records as they arrive: jsonl, csv and table a page at a time, json as one array once
// the list is complete. Only the chosen fields, in their order.
class RowWriter
{
public:
    // `color`: a table's header in bold (a terminal without NO_COLOR).
    RowWriter(Format format, QStringList fields, std::FILE *out, bool color = false);

    void write(const QList<QJsonObject> &records);
    // json: the array. Every format: flushed.
    void finish();

private:
    void print(const QString &line);

    Format m_format;
    QStringList m_fields;
    std::FILE *m_out;
    QJsonArray m_all;          // json only
    QList<qsizetype> m_widths; // table: set by the first page, kept for the others
    bool m_color;
    bool m_headerDone = false;
};

} // namespace sm::cli
