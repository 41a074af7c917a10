// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace sm::csv {

// One RFC 4180 cell. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
// gets a leading apostrophe, so an exported address such as "=HYPERLINK(...)" stays text.
QString cell(QString text);
// The cells of one record, each made a cell(), joined by commas; no line end.
QString record(const QStringList &texts);

} // namespace sm::csv
