// SPDX-License-Identifier: MIT
#include "cli/rowwriter.h"

#include "cli/records.h"
#include "core/csv.h"

#include <QJsonDocument>

namespace sm::cli {

namespace {
// A table column never grows wider than this; longer cells end in "…".
constexpr qsizetype widestColumn = 40;

QString fitted(const QString &text, qsizetype width)
{
    if (text.size() > width)
        return text.left(width - 1) + QChar(0x2026);
    return text.leftJustified(width);
}
} // namespace

void printTo(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

std::optional<Format> formatFrom(const QString &name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("jsonl"))
        return Format::Jsonl;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

RowWriter::RowWriter(Format format, QStringList fields, std::FILE *out, bool color)
    : m_format(format)
    , m_fields(std::move(fields))
    , m_out(out)
    , m_color(color)
{}

void RowWriter::print(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
}

void RowWriter::write(const QList<QJsonObject> &records)
{
    QList<QJsonObject> chosen;
    chosen.reserve(records.size());
    for (const QJsonObject &record : records) {
        QJsonObject only;
        for (const QString &field : std::as_const(m_fields))
            only.insert(field, record.value(field));
        chosen.append(only);
    }
    switch (m_format) {
    case Format::Json:
        for (const QJsonObject &record : std::as_const(chosen))
            m_all.append(record);
        return;
    case Format::Jsonl:
        for (const QJsonObject &record : std::as_const(chosen))
            print(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
        break;
    case Format::Csv:
        if (!m_headerDone)
            print(csv::record(m_fields));
        for (const QJsonObject &record : std::as_const(chosen)) {
            QStringList cells;
            for (const QString &field : std::as_const(m_fields))
                cells.append(cellText(field, record.value(field)));
            print(csv::record(cells));
        }
        break;
    case Format::Table:
        if (!m_headerDone) {
            for (const QString &field : std::as_const(m_fields)) {
                qsizetype width = field.size();
                for (const QJsonObject &record : std::as_const(chosen))
                    width = qMax(width, cellText(field, record.value(field)).size());
                m_widths.append(qMin(width, widestColumn));
            }
            QStringList header;
            for (qsizetype i = 0; i < m_fields.size(); ++i)
                header.append(fitted(m_fields.at(i), m_widths.at(i)));
            const QString line = header.join(QLatin1String("  ")).trimmed();
            print(m_color ? QStringLiteral("\033[1m%1\033[0m").arg(line) : line);
        }
        for (const QJsonObject &record : std::as_const(chosen)) {
            QStringList cells;
            for (qsizetype i = 0; i < m_fields.size(); ++i)
                cells.append(
                    fitted(cellText(m_fields.at(i), record.value(m_fields.at(i))), m_widths.at(i)));
            print(cells.join(QLatin1String("  ")).trimmed());
        }
        break;
    }
    m_headerDone = true;
    std::fflush(m_out);
}

void RowWriter::finish()
{
    if (m_format == Format::Json)
        print(QString::fromUtf8(QJsonDocument(m_all).toJson(QJsonDocument::Indented)).trimmed());
    else if (m_format == Format::Csv && !m_headerDone)
        print(csv::record(m_fields)); // an empty list still names its columns
    std::fflush(m_out);
}

} // namespace sm::cli
