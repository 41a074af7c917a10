// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTableView;

namespace sm::gui {

// A read-only list as a table: whole rows selected one at a time, Tab leaves the table
// (arrows move within it), no row numbers, the last column takes the remaining width.
// `name` is what a screen reader announces for it.
void setUpListTable(QTableView *table, const QString &name);

} // namespace sm::gui
