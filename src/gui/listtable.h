// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTableView;

namespace sm::gui {

// A read-only list as a table: whole rows selected one at a time, Tab leaves the table
// (arrows move within it), no row numbers, the last column takes the remaining width.
// `name` is what a screen reader announces for it.
void setUpListTable(QTableView *table, const QString &name);
// Rows one line of text high (the style's default is taller), all of the same height, so
// more of a long list fits and scrolling needs no per-row measuring.
void fitRowsToText(QTableView *table);
// Sizes every column to its contents, none wider than `maxWidth`.
void fitColumnsToContents(QTableView *table, int maxWidth);
// Once the table's model first has rows, sizes the columns to them (none wider than
// `maxWidth`), so the names are readable and the last column takes what is left. Call after
// setModel().
void fitColumnsToFirstRows(QTableView *table, int maxWidth = 320);

} // namespace sm::gui
