// SPDX-License-Identifier: MIT
#include "gui/listtable.h"

#include <QHeaderView>
#include <QTableView>

namespace sm::gui {

void setUpListTable(QTableView *table, const QString &name)
{
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace sm::gui
