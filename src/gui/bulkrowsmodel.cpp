// SPDX-License-Identifier: MIT
#include "gui/bulkrowsmodel.h"

#include "core/csv.h"

namespace sm::gui {

QString classText(const QString &rowClass)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("ready"), QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Ready")},
        {QStringLiteral("malformed"), QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Malformed")},
        {QStringLiteral("duplicate"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Duplicate in the file")},
        {QStringLiteral("already-member"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Already a member")},
        {QStringLiteral("already-invited"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Invitation already pending")},
        {QStringLiteral("role-not-allowed"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Not allowed")},
        {QStringLiteral("unknown-team"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Unknown team")},
        {QStringLiteral("idp-managed"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Managed by the identity provider")},
        {QStringLiteral("unknown-integration"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Unknown integration")},
        {QStringLiteral("name-taken"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "External name taken")},
        {QStringLiteral("no-change"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Nothing to change")},
        {QStringLiteral("over-quota"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Over today's invitation limit")},
    };
    const char *text = texts.value(rowClass);
    return text ? BulkRowsModel::tr(text) : rowClass;
}

QString statusText(const QString &status)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Planned")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Done")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Refused")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Failed")},
        {QStringLiteral("unknown"),
         QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Unknown: to be checked")},
        {QStringLiteral("skipped"), QT_TRANSLATE_NOOP("sm::gui::BulkRowsModel", "Skipped")},
    };
    const char *text = texts.value(status);
    return text ? BulkRowsModel::tr(text) : status;
}

BulkRowsModel::BulkRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

BulkRowsModel::~BulkRowsModel() = default;

void BulkRowsModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_byRow.clear();
    endResetModel();
}

void BulkRowsModel::setPreview(const bulk::Preview &preview, const bulk::File &file)
{
    beginResetModel();
    m_items.clear();
    m_byRow.clear();
    m_columns = file.header;
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        const bulk::Verdict &v = preview.rows.at(i);
        Item item;
        item.row = v.row;
        item.rowClass = bulk::className(v.rowClass);
        item.reason = v.reason;
        item.change = v.operation ? v.operation->describe() : QString();
        if (i < file.rows.size()) {
            for (const QString &column : std::as_const(m_columns))
                item.cells.append(file.rows.at(i).value(column));
        }
        m_byRow.insert(item.row, m_items.size());
        m_items.append(item);
    }
    endResetModel();
}

void BulkRowsModel::setRunRows(const QList<journal::JournalRow> &rows, const QStringList &columns)
{
    beginResetModel();
    m_items.clear();
    m_byRow.clear();
    m_columns = columns;
    for (const journal::JournalRow &row : rows) {
        Item item;
        item.row = row.row;
        item.rowClass = row.rowClass;
        item.status = row.status;
        item.reason = row.message.isEmpty() ? row.reason : row.message;
        item.change = row.operation ? row.operation->describe() : QString();
        for (const QString &column : columns)
            item.cells.append(row.source.value(column).toString());
        m_byRow.insert(item.row, m_items.size());
        m_items.append(item);
    }
    endResetModel();
}

void BulkRowsModel::updateRow(const journal::JournalRow &row)
{
    const auto at = m_byRow.constFind(row.row);
    if (at == m_byRow.constEnd())
        return;
    Item &item = m_items[*at];
    item.status = row.status;
    if (!row.message.isEmpty())
        item.reason = row.message;
    emit dataChanged(index(int(*at), StatusColumn), index(int(*at), ReasonColumn));
}

QString BulkRowsModel::resultsCsv() const
{
    QStringList header = m_columns;
    header << QStringLiteral("row") << QStringLiteral("status") << QStringLiteral("class")
           << QStringLiteral("message");
    QStringList lines{header.join(QLatin1Char(','))};
    for (const Item &item : m_items) {
        QStringList cells;
        for (const QString &cell : item.cells)
            cells.append(csv::cell(cell));
        cells << QString::number(item.row)
              << csv::cell(item.status.isEmpty() ? QStringLiteral("not-sent") : item.status)
              << csv::cell(item.rowClass) << csv::cell(item.reason);
        lines.append(cells.join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

int BulkRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BulkRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return item.row;
    case StatusColumn:
        return item.status.isEmpty() ? classText(item.rowClass) : statusText(item.status);
    case ReasonColumn:
        return item.reason;
    case ChangeColumn:
        return item.change;
    default:
        return {};
    }
}

QVariant BulkRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Why");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace sm::gui
