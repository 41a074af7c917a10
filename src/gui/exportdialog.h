// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sm::profiles {
class AppSettings;
}

namespace sm::gui {

// The save dialog of an export: CSV or JSON, opening where the last export went (kept in
// `settings`), else the documents folder, else home; never the process's working directory.
// `chosen(path, json)` runs once a file is picked and returns whether it was written; the
// folder is remembered only then. Non-modal: the dialog is opened and deletes itself.
void openExportDialog(QWidget *parent, const QString &title, const QString &fileName,
                      profiles::AppSettings *settings,
                      const std::function<bool(const QString &path, bool json)> &chosen);

} // namespace sm::gui
