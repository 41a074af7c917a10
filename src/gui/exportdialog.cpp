// SPDX-License-Identifier: MIT
#include "gui/exportdialog.h"

#include "profiles/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace sm::gui {

namespace {

QString startFolder(const profiles::AppSettings *settings)
{
    for (const QString &candidate :
         {settings ? settings->exportDirectory() : QString(),
          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!candidate.isEmpty() && QDir(candidate).exists())
            return candidate;
    }
    return QDir::homePath();
}

} // namespace

void openExportDialog(QWidget *parent, const QString &title, const QString &fileName,
                      profiles::AppSettings *settings,
                      const std::function<bool(const QString &path, bool json)> &chosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    // Kept in the members view's context, where the catalogue has them.
    const QString csv = QCoreApplication::translate("sm::gui::MembersView", "CSV (*.csv)");
    const QString json = QCoreApplication::translate("sm::gui::MembersView", "JSON (*.json)");
    dialog->setNameFilters({csv, json});
    const QString folder = startFolder(settings);
    dialog->setDirectory(folder);
    dialog->selectFile(QDir(folder).filePath(fileName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [dialog, json, settings, chosen](const QString &path) {
                         const bool asJson =
                             dialog->selectedNameFilter() == json ||
                             path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
                         if (chosen(path, asJson) && settings)
                             settings->setExportDirectory(QFileInfo(path).absolutePath());
                     });
    dialog->open();
}

} // namespace sm::gui
