// SPDX-License-Identifier: MIT
#include "gui/bulkwindow.h"

#include "ui_bulkwindow.h"

#include "api/sentryclient.h"
#include "api/session.h"
#include "bulk/bulkrun.h"
#include "bulk/runplan.h"
#include "bulk/snapshotread.h"
#include "gui/bulkrowsmodel.h"
#include "gui/dialogpresenter.h"
#include "journal/runjournal.h"
#include "l10n/sentrytext.h"

#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>

namespace sm::gui {

namespace {

constexpr qint64 maxFileBytes = qint64(64) * 1024 * 1024;
// A preview older than this is judged again before anything is sent.
constexpr qint64 stalePreviewSeconds = 60;

// Each kind in the combo box, after "From the header row".
const QList<std::pair<bulk::Kind, const char *>> &kindNames()
{
    static const QList<std::pair<bulk::Kind, const char *>> names{
        {bulk::Kind::Invites, QT_TRANSLATE_NOOP("sm::gui::BulkWindow", "Invitations")},
        {bulk::Kind::Scim, QT_TRANSLATE_NOOP("sm::gui::BulkWindow", "SCIM provisioning")},
        {bulk::Kind::Roles, QT_TRANSLATE_NOOP("sm::gui::BulkWindow", "Role and team changes")},
        {bulk::Kind::Removals, QT_TRANSLATE_NOOP("sm::gui::BulkWindow", "Removals")},
        {bulk::Kind::Links, QT_TRANSLATE_NOOP("sm::gui::BulkWindow", "Linked accounts")},
        {bulk::Kind::Resends, QT_TRANSLATE_NOOP("sm::gui::BulkWindow", "Invitations sent again")},
    };
    return names;
}

} // namespace

BulkWindow::BulkWindow(Session *session, DialogPresenter *presenter, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkWindow>())
    , m_session(session)
    , m_presenter(presenter)
    , m_rows(new BulkRowsModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bulkWindow"));
    m_ui->kindCombo->addItem(tr("From the header row"));
    for (const auto &[kind, name] : kindNames())
        m_ui->kindCombo->addItem(tr(name), bulk::kindName(kind));
    m_ui->rowsView->setModel(m_rows);
    m_ui->rowsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->progressBar->setAccessibleName(tr("Rows sent"));
    m_ui->runsTable->setColumnCount(5);
    m_ui->runsTable->setHorizontalHeaderLabels(
        {tr("Run"), tr("File"), tr("Kind"), tr("State"), tr("Rows by status")});
    m_ui->runsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->runsTable->verticalHeader()->hide();

    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (pickFileToOpen) {
            if (const QString path = pickFileToOpen(); !path.isEmpty())
                openFile(path);
            return;
        }
        auto *dialog = new QFileDialog(this, tr("Open a bulk file"));
        dialog->setNameFilters({tr("CSV (*.csv)"), tr("All files (*)")});
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &BulkWindow::openFile);
        dialog->open();
    });
    connect(m_ui->templateButton, &QPushButton::clicked, this, &BulkWindow::saveTemplate);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &BulkWindow::check);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &BulkWindow::send);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &BulkWindow::pauseOrResume);
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, &BulkWindow::stopRun);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BulkWindow::exportResults);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &BulkWindow::reopenRun);
    connect(m_ui->removeRunButton, &QPushButton::clicked, this, &BulkWindow::removeRun);
    connect(m_ui->runsTable, &QTableWidget::itemSelectionChanged, this, &BulkWindow::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    // The text changed: the preview no longer describes it.
    connect(m_ui->csvEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_preview && !m_run) {
            m_preview.reset();
            m_rows->clear();
            updateButtons();
        }
    });
    openJournal();
    refreshRuns();
    updateButtons();
}

BulkWindow::~BulkWindow()
{
    // Before the journal it writes to.
    delete m_run.data();
}

bool BulkWindow::openJournal()
{
    const ConnectionSettings &settings = m_session->settings();
    m_journal = std::make_unique<journal::RunJournal>(
        journal::RunJournal::pathFor(settings.baseUrl.toString(), settings.organization));
    if (m_journal->isOpen())
        return true;
    say(tr("The journal of bulk runs cannot be opened: %1").arg(m_journal->lastError()));
    m_journal.reset();
    return false;
}

void BulkWindow::say(const QString &text)
{
    m_ui->summaryLabel->setText(text);
}

std::optional<bulk::Kind> BulkWindow::chosenKind() const
{
    return bulk::kindFromName(m_ui->kindCombo->currentData().toString());
}

bool BulkWindow::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        say(tr("%1 is larger than 64 MiB.").arg(path));
        return false;
    }
    m_ui->csvEdit->setPlainText(QString::fromUtf8(bytes));
    m_fileName = QFileInfo(path).absoluteFilePath();
    say(tr("Opened %1. Check it before sending.").arg(QFileInfo(path).fileName()));
    return true;
}

bool BulkWindow::checkText(const QString &text, const QString &source)
{
    if (m_run || m_reading) {
        say(tr("A run is going: let it finish or stop it before checking another change."));
        return false;
    }
    m_ui->csvEdit->setPlainText(text);
    m_fileName = source;
    m_ui->kindCombo->setCurrentIndex(0); // the text's version line names its kind
    check();
    return true;
}

void BulkWindow::readOrganization(bulk::Kind kind,
                                  const std::function<void(const bulk::Snapshot &)> &then)
{
    m_reading = true;
    updateButtons();
    auto *read = new bulk::SnapshotRead(m_session, kind, this);
    connect(read, &bulk::SnapshotRead::progress, this,
            [this](int members) { say(tr("Reading the organization: %1 members…").arg(members)); });
    connect(read, &bulk::SnapshotRead::finished, this,
            [this, then](const bulk::Snapshot &snapshot, const ApiError &error) {
                m_reading = false;
                updateButtons();
                if (error.isError()) {
                    say(tr("The organization could not be read: %1")
                            .arg(l10n::sentryText(error.message)));
                    return;
                }
                then(snapshot);
            });
    read->start();
}

void BulkWindow::check()
{
    bulk::FileError error;
    const auto file = bulk::read(m_ui->csvEdit->toPlainText(), chosenKind(), &error);
    if (!file) {
        // The text stays as it is: the user fixes the line named and checks again.
        say(error.line > 0 ? tr("Line %1: %2").arg(error.line).arg(error.message) : error.message);
        m_rows->clear();
        m_preview.reset();
        updateButtons();
        return;
    }
    m_file = *file;
    readOrganization(file->kind, [this](const bulk::Snapshot &snapshot) {
        const QDate today = m_session->client()->serverNow().date();
        const bulk::InviteQuota quota =
            m_journal ? bulk::quotaFromJournal(*m_journal, today) : bulk::InviteQuota();
        m_preview = bulk::judge(m_file, snapshot, quota, today);
        m_rows->setPreview(*m_preview, m_file);
        m_ui->rowsView->resizeColumnsToContents();
        QStringList parts;
        for (bulk::RowClass rowClass : bulk::allClasses()) {
            if (const int n = m_preview->count(rowClass))
                parts.append(tr("%1 %2").arg(n).arg(classText(bulk::className(rowClass))));
        }
        QString text =
            tr("%1 row(s): %2.").arg(m_preview->rows.size()).arg(parts.join(QLatin1String(", ")));
        if (m_preview->invitesByDay.size() > 1) {
            QStringList days;
            for (qsizetype d = 0; d < m_preview->invitesByDay.size(); ++d)
                days.append(tr("%1 on %2")
                                .arg(m_preview->invitesByDay.at(d))
                                .arg(today.addDays(d).toString(Qt::ISODate)));
            text += QLatin1Char(' ') + tr("Sentry allows %1 invitations a day: %2 (UTC days).")
                                           .arg(bulk::InviteQuota::perOrganization)
                                           .arg(days.join(QLatin1String(", ")));
            if (m_preview->scimEnabled.value_or(false))
                text += QLatin1Char(' ') + tr("SCIM is set up here and has no daily limit: "
                                              "choose SCIM provisioning to add them at once.");
        }
        say(text);
        updateButtons();
    });
}

void BulkWindow::send()
{
    if (!m_preview || !m_journal)
        return;
    // A preview older than the organization it judged is judged again first.
    if (m_preview->judgedAt.secsTo(QDateTime::currentDateTimeUtc()) > stalePreviewSeconds) {
        say(tr("The check is more than a minute old: checking again. Send once it is done."));
        check();
        return;
    }
    const int toSend = m_preview->toSend();
    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("bulkConfirmation");
    confirmation.title = tr("Send bulk changes");
    confirmation.question =
        tr("Send %1 change(s) to %2?").arg(toSend).arg(m_session->settings().organization);
    confirmation.consequence =
        tr("Each row is sent once and written to this organization's journal; rows that are "
           "not ready are skipped. You can pause or stop the run, and resume it later.");
    confirmation.actionText = tr("Send");
    confirmation.actionObjectName = QStringLiteral("confirmBulkButton");
    ConfirmChangeDialog *dialog = m_presenter->confirm(this, confirmation);
    connect(dialog, &ConfirmChangeDialog::confirmed, this, [this] {
        const auto id =
            bulk::createRun(*m_journal, m_fileName.isEmpty() ? tr("(pasted text)") : m_fileName,
                            m_file, *m_preview);
        if (!id) {
            say(tr("The journal of bulk runs cannot be written: %1").arg(m_journal->lastError()));
            return;
        }
        startRun(*id, m_journal->rows(*id));
    });
}

void BulkWindow::startRun(const QString &id, const QList<journal::JournalRow> &rows)
{
    m_rows->setRunRows(rows, m_file.header);
    if (!m_run) {
        m_run = new bulk::BulkRun(m_session, m_journal.get(), id, this);
        connect(m_run, &bulk::BulkRun::rowFinished, this, [this](const journal::JournalRow &row) {
            m_rows->updateRow(row);
            showProgress();
        });
    }
    connect(m_run, &bulk::BulkRun::stateChanged, this, [this] {
        updateButtons();
        showProgress();
    });
    connect(m_run, &bulk::BulkRun::waiting, this, [this](const QDateTime &until) {
        if (QDateTime::currentDateTimeUtc().msecsTo(until) >= 2000)
            m_ui->progressLabel->setText(
                tr("Waiting for Sentry's rate limit until %1 UTC.")
                    .arg(until.toUTC().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_run, &bulk::BulkRun::finished, this, [this] {
        showProgress();
        refreshRuns();
        m_run->deleteLater();
        m_run = nullptr;
        updateButtons();
    });
    m_runStarted = QDateTime::currentDateTimeUtc();
    m_run->start(rows);
    m_rowsAtStart = m_run->finishedRows();
    refreshRuns();
    showProgress();
}

void BulkWindow::showProgress()
{
    if (!m_run)
        return;
    const int total = m_run->total();
    const int finished = m_run->finishedRows();
    m_ui->progressBar->setMaximum(std::max(total, 1));
    m_ui->progressBar->setValue(finished);
    QString text = tr("%1 of %2 rows finished.").arg(finished).arg(total);
    // Time left from this run's pace so far.
    const qint64 elapsed = m_runStarted.msecsTo(QDateTime::currentDateTimeUtc());
    const int sent = finished - m_rowsAtStart;
    if (sent > 0 && finished < total && elapsed > 0) {
        const qint64 left = elapsed * (total - finished) / sent / 1000;
        text += QLatin1Char(' ') + tr("About %1 s left.").arg(left);
    }
    if (const auto held = m_run->heldUntil()) {
        text += QLatin1Char(' ') + tr("Invitations over Sentry's daily limit continue after "
                                      "00:00 UTC (%1): resume the run then.")
                                       .arg(held->toString(Qt::ISODate));
    }
    if (m_run->state() == bulk::BulkRun::State::Paused)
        text += QLatin1Char(' ') + tr("Paused.");
    m_ui->progressLabel->setText(text);
}

void BulkWindow::pauseOrResume()
{
    if (!m_run)
        return;
    if (m_run->state() == bulk::BulkRun::State::Running)
        m_run->pause();
    else
        m_run->resume();
}

void BulkWindow::stopRun()
{
    if (m_run)
        m_run->cancel();
}

void BulkWindow::exportResults()
{
    saveAs(
        tr("Export results"), QStringLiteral("bulk-results.csv"),
        [this] { return m_rows->resultsCsv(); }, tr("The results are in %1."));
}

void BulkWindow::saveTemplate()
{
    const bulk::Kind kind = chosenKind().value_or(bulk::Kind::Invites);
    saveAs(
        tr("Save a template"), bulk::kindName(kind) + QStringLiteral(".csv"),
        [kind] { return bulk::templateText(kind); }, tr("Saved the template in %1."));
}

void BulkWindow::saveAs(const QString &title, const QString &suggested,
                        const std::function<QString()> &text, const QString &saved)
{
    const auto write = [this, text, saved](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
            say(tr("%1 cannot be written: %2").arg(path, file.errorString()));
            return;
        }
        say(saved.arg(path));
    };
    if (pickFileToSave) {
        if (const QString path = pickFileToSave(suggested); !path.isEmpty())
            write(path);
        return;
    }
    auto *dialog = new QFileDialog(this, title);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV (*.csv)")});
    dialog->selectFile(suggested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

QString BulkWindow::selectedRunId() const
{
    const QList<QTableWidgetItem *> selected = m_ui->runsTable->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_ui->runsTable->item(selected.constFirst()->row(), 0)->text();
}

void BulkWindow::refreshRuns()
{
    const QString selected = selectedRunId();
    m_ui->runsTable->setRowCount(0);
    if (!m_journal)
        return;
    const QList<journal::JournalRun> runs = m_journal->runs();
    m_ui->runsTable->setRowCount(int(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        const journal::JournalRun &run = runs.at(i);
        QStringList counts;
        for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it)
            counts.append(tr("%1 %2").arg(it.value()).arg(statusText(it.key())));
        const QStringList cells{run.id, QFileInfo(run.file).fileName(), run.kind,
                                bulk::effectiveState(run), counts.join(QLatin1String(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->runsTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (run.id == selected)
            m_ui->runsTable->selectRow(i);
    }
    m_ui->runsTable->resizeColumnsToContents();
    updateButtons();
}

void BulkWindow::reopenRun()
{
    const QString id = selectedRunId();
    const auto run = m_journal ? m_journal->run(id) : std::nullopt;
    const auto kind = run ? bulk::kindFromName(run->kind) : std::nullopt;
    if (!run || !kind || m_run)
        return;
    if (bulk::effectiveState(*run) == QLatin1String("running")) {
        say(tr("The run %1 is running in another process.").arg(id));
        return;
    }
    m_file = bulk::File();
    m_file.kind = *kind;
    m_file.header = bulk::columns(*kind);
    m_fileName = run->file;
    m_rows->setRunRows(m_journal->rows(id), m_file.header);
    m_run = new bulk::BulkRun(m_session, m_journal.get(), id, this);
    connect(m_run, &bulk::BulkRun::rowFinished, this, [this](const journal::JournalRow &row) {
        m_rows->updateRow(row);
        showProgress();
    });
    say(tr("Checking the rows whose answer never came…"));
    updateButtons();
    // First what became of the rows whose answer never came; then the rest, judged again.
    connect(m_run, &bulk::BulkRun::checked, this, [this, id, kind = *kind] {
        readOrganization(kind, [this, id, kind](const bulk::Snapshot &snapshot) {
            if (!m_run)
                return;
            const bulk::Preview preview = bulk::replanRun(*m_journal, id, kind, snapshot,
                                                          m_session->client()->serverNow().date());
            say(tr("%1 row(s) still to send.").arg(preview.toSend()));
            startRun(id, m_journal->rows(id));
        });
    });
    m_run->check();
}

void BulkWindow::removeRun()
{
    const QString id = selectedRunId();
    const auto run = m_journal ? m_journal->run(id) : std::nullopt;
    if (!run || (m_run && m_run->runId() == id))
        return;
    if (bulk::effectiveState(*run) == QLatin1String("running")) {
        say(tr("The run %1 is running in another process.").arg(id));
        return;
    }
    m_journal->removeRun(id);
    say(tr("Removed the run %1.").arg(id));
    refreshRuns();
}

void BulkWindow::updateButtons()
{
    const bool running = m_run != nullptr;
    const bool idle = !running && !m_reading;
    m_ui->checkButton->setEnabled(idle);
    m_ui->openButton->setEnabled(idle);
    m_ui->kindCombo->setEnabled(idle);
    m_ui->sendButton->setEnabled(idle && m_preview && m_preview->toSend() > 0 && m_journal);
    m_ui->pauseButton->setEnabled(running);
    m_ui->pauseButton->setText(
        running && m_run->state() != bulk::BulkRun::State::Running ? tr("&Resume") : tr("&Pause"));
    m_ui->cancelRunButton->setEnabled(running);
    m_ui->exportButton->setEnabled(m_rows->rowCount() > 0);
    const bool runSelected = !selectedRunId().isEmpty();
    m_ui->reopenButton->setEnabled(idle && runSelected);
    m_ui->removeRunButton->setEnabled(idle && runSelected);
}

void BulkWindow::closeEvent(QCloseEvent *event)
{
    // Rows not sent stay planned; a row sent and not answered is checked when resumed.
    if (m_run)
        m_run->cancel();
    QDialog::closeEvent(event);
}

} // namespace sm::gui
