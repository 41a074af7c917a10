// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/bulkfile.h"
#include "bulk/bulkrun.h"
#include "bulk/preview.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class BulkWindow;
}

namespace sm {
class Session;
namespace journal {
class RunJournal;
struct JournalRow;
} // namespace journal
} // namespace sm

namespace sm::gui {

class BulkRowsModel;
class DialogPresenter;

// Many changes at once, as the command line's `bulk` does them and through the same layer: a
// CSV file opened or pasted, checked against the organization and Sentry's daily invitation
// limit (every row classified, the invitations spread over the days), sent through the
// journal a few rows at a time with pause, resume and stop, and the organization's earlier
// runs listed to reopen (rows whose answer never came are checked first) or remove.
class BulkWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkWindow)

public:
    BulkWindow(Session *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~BulkWindow() override;

    Ui::BulkWindow *ui() const { return m_ui.get(); }
    BulkRowsModel *rows() const { return m_rows; }
    bulk::BulkRun *run() const { return m_run; }

    // Reads `path` into the text (the file stays where it is; its name goes with the run).
    bool openFile(const QString &path);
    // Text made elsewhere (one change for the members view's selection), checked at once;
    // `source` names it in the runs list. Refused, with a word why, while a run is going.
    bool checkText(const QString &text, const QString &source);

    // Test seams: what the file dialogs would return ("" for cancel).
    std::function<QString()> pickFileToOpen;
    std::function<QString(const QString &suggested)> pickFileToSave;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void check();
    void send();
    // Shows `rows` (the run's, as the journal has them now) and sends the planned ones.
    void startRun(const QString &id, const QList<journal::JournalRow> &rows);
    void pauseOrResume();
    void stopRun();
    void exportResults();
    void saveTemplate();
    // Asks where (or pickFileToSave does) and writes text() there; `saved` says where, as %1.
    void saveAs(const QString &title, const QString &suggested,
                const std::function<QString()> &text, const QString &saved);
    void reopenRun();
    void removeRun();
    void refreshRuns();
    void updateButtons();
    void showProgress();
    void say(const QString &text);
    bool openJournal();
    std::optional<bulk::Kind> chosenKind() const;
    QString selectedRunId() const;
    void readOrganization(bulk::Kind kind, const std::function<void(const bulk::Snapshot &)> &then);

    std::unique_ptr<Ui::BulkWindow> m_ui;
    Session *m_session;
    DialogPresenter *m_presenter;
    BulkRowsModel *m_rows;
    std::unique_ptr<journal::RunJournal> m_journal;
    QPointer<bulk::BulkRun> m_run;
    bulk::File m_file;
    QString m_fileName; // where the text came from; "" when pasted
    std::optional<bulk::Preview> m_preview;
    QDateTime m_runStarted;
    int m_rowsAtStart = 0;
    bool m_reading = false;
};

} // namespace sm::gui
