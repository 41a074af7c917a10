// SPDX-License-Identifier: MIT
#include "gui/listtable.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace sm::gui {

namespace {

// Rows as tall as a line of text and a little air, kept so when the font or style changes.
class RowHeightKeeper final : public QObject
{
public:
    explicit RowHeightKeeper(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table &&
            (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
            apply();
        return false;
    }

private:
    void apply()
    {
        QHeaderView *rows = m_table->verticalHeader();
        rows->setMinimumSectionSize(0);
        rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
        rows->setSectionResizeMode(QHeaderView::Fixed);
    }

    QTableView *m_table;
};

} // namespace

void fitRowsToText(QTableView *table)
{
    new RowHeightKeeper(table);
}

void fitColumnsToContents(QTableView *table, int maxWidth)
{
    table->resizeColumnsToContents();
    for (int column = 0; column < table->model()->columnCount(); ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column), maxWidth));
}

void fitColumnsToFirstRows(QTableView *table, int maxWidth)
{
    QAbstractItemModel *model = table->model();
    if (!model)
        return;
    auto *context = new QObject(table); // gone after the first fit: it fits once
    const auto fit = [table, model, context, maxWidth] {
        if (model->rowCount() == 0)
            return;
        fitColumnsToContents(table, maxWidth);
        context->deleteLater();
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, context, fit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, fit);
}

void setUpListTable(QTableView *table, const QString &name)
{
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    fitRowsToText(table);
}

} // namespace sm::gui
