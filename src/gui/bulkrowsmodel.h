// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/preview.h"
#include "journal/runjournal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sm::gui {

// The rows of a bulk file in the bulk window: what the preview made of each (its class and
// why, the change it asks for) and, once a run sends them, each row's status and Sentry's
// words. The input's cells and the status columns are what "Export results" writes.
class BulkRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRowsModel)

public:
    enum Column
    {
        RowColumn,
        StatusColumn,
        ReasonColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit BulkRowsModel(QObject *parent = nullptr);
    ~BulkRowsModel() override;

    // A preview's rows, each with the file's cells.
    void setPreview(const bulk::Preview &preview, const bulk::File &file);
    // A run's rows as the journal has them (a reopened run).
    void setRunRows(const QList<journal::JournalRow> &rows, const QStringList &columns);
    // One row's new status, as the run reports it.
    void updateRow(const journal::JournalRow &row);
    void clear();

    // The input's columns plus row, status, class and message: the results as CSV.
    QString resultsCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        int row = 0;
        QString rowClass; // the preview's key
        QString status;   // "" before a run; then planned, done, refused, ...
        QString reason;   // the preview's why, or the run's message
        QString change;   // what is sent, in words
        QStringList cells;
    };

    QList<Item> m_items;
    QHash<int, qsizetype> m_byRow; // input row -> index in m_items
    QStringList m_columns;         // the file's columns, for the export
};

// The words for a preview class ("ready" -> "Ready", "over-quota" -> "Over today's limit").
QString classText(const QString &rowClass);
// The words for a row status ("done" -> "Done", ...).
QString statusText(const QString &status);

} // namespace sm::gui
