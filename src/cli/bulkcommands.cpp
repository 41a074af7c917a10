// SPDX-License-Identifier: MIT
// bulk: a file of one kind of change, previewed against the organization and Sentry's daily
// invitation limit, then run through the journal (no row sent twice, none lost to a kill),
// with each row's result on stdout as it comes.
#include "cli/cliapp.h"

#include "api/sentryclient.h"
#include "bulk/bulkrun.h"
#include "bulk/runplan.h"
#include "bulk/snapshotread.h"
#include "journal/runjournal.h"
#include "l10n/sentrytext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <utility>

namespace sm::cli {

namespace {

// Why `run` cannot be resumed or removed now: another process is running it.
std::optional<QString> busy(const journal::JournalRun &run)
{
    if (bulk::effectiveState(run) != QLatin1String("running"))
        return std::nullopt;
    return QCoreApplication::translate("sm::cli::CliApp", "The run %1 is running (process %2).")
        .arg(run.id)
        .arg(run.pid);
}

QJsonObject countsObject(const QMap<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QStringList resultFields(const QStringList &columns)
{
    return QStringList{QStringLiteral("row"), QStringLiteral("status"), QStringLiteral("message"),
                       QStringLiteral("class")} +
           columns;
}

} // namespace

bool CliApp::openJournal()
{
    const ConnectionSettings &settings = m_session.settings();
    m_journal = std::make_unique<journal::RunJournal>(
        journal::RunJournal::pathFor(settings.baseUrl.toString(), settings.organization));
    if (!m_journal->isOpen()) {
        fail(Exit::Failure,
             tr("The journal of bulk runs cannot be opened: %1").arg(m_journal->lastError()));
        return false;
    }
    return true;
}

void CliApp::listBulkRuns()
{
    if (!openJournal())
        return;
    QList<QJsonObject> records;
    for (const journal::JournalRun &run : m_journal->runs()) {
        records.append({{QStringLiteral("id"), run.id},
                        {QStringLiteral("file"), run.file},
                        {QStringLiteral("kind"), run.kind},
                        {QStringLiteral("created"), run.created.toString(Qt::ISODate)},
                        {QStringLiteral("state"), bulk::effectiveState(run)},
                        {QStringLiteral("rows"), run.rows},
                        {QStringLiteral("counts"), countsObject(run.counts)}});
    }
    m_call.fields = {QStringLiteral("id"),      QStringLiteral("file"),  QStringLiteral("kind"),
                     QStringLiteral("created"), QStringLiteral("state"), QStringLiteral("rows"),
                     QStringLiteral("counts")};
    printRecords(records);
    done(Exit::Ok);
}

void CliApp::removeBulkRun()
{
    if (!openJournal())
        return;
    const auto run = m_journal->run(m_call.operand);
    if (!run) {
        fail(Exit::NotFound,
             tr("No bulk run %1 in this organization's journal.").arg(m_call.operand));
        return;
    }
    if (const auto why = busy(*run)) {
        fail(Exit::Failure, *why);
        return;
    }
    if (!m_journal->removeRun(run->id)) {
        fail(Exit::Failure, m_journal->lastError());
        return;
    }
    printTo(stderr, tr("Removed the run %1.\n").arg(run->id));
    done(Exit::Ok);
}

void CliApp::readSnapshot(bulk::Kind kind, const std::function<void(const bulk::Snapshot &)> &then)
{
    auto *read = new bulk::SnapshotRead(&m_session, kind, this);
    connect(read, &bulk::SnapshotRead::progress, this,
            [this](int members) { m_progress->show(tr("Members read: %1").arg(members)); });
    connect(read, &bulk::SnapshotRead::finished, this,
            [this, then](const bulk::Snapshot &snapshot, const ApiError &error) {
                m_progress->clear();
                if (m_finished || failedRead(error))
                    return;
                then(snapshot);
            });
    read->start();
}

bulk::Preview CliApp::judgeBulk(const bulk::File &file, const bulk::Snapshot &snapshot)
{
    // Sentry's day, by its clock; what this profile sent today, from the journal.
    const QDate today = m_session.client()->serverNow().date();
    return bulk::judge(file, snapshot, bulk::quotaFromJournal(*m_journal, today), today);
}

void CliApp::runBulk()
{
    if (!openJournal())
        return;
    if (!m_call.resume.isEmpty()) {
        resumeBulk();
        return;
    }
    QFile in;
    const bool fromStdin = m_call.operand == QLatin1String("-");
    const bool opened = fromStdin ? in.open(stdin, QIODevice::ReadOnly)
                                  : (in.setFileName(m_call.operand), in.open(QIODevice::ReadOnly));
    if (!opened) {
        fail(Exit::NotFound, tr("%1 cannot be read: %2").arg(m_call.operand, in.errorString()));
        return;
    }
    // A bulk file is text of a few hundred kilobytes; far more is not one.
    constexpr qint64 maxBytes = qint64(64) * 1024 * 1024;
    const QByteArray bytes = in.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        fail(Exit::InvalidInput, tr("%1 is larger than 64 MiB.").arg(m_call.operand));
        return;
    }
    bulk::FileError error;
    const auto kind =
        m_call.bulkKind.isEmpty() ? std::nullopt : bulk::kindFromName(m_call.bulkKind);
    const auto file = bulk::read(QString::fromUtf8(bytes), kind, &error);
    if (!file) {
        fail(
            Exit::InvalidInput,
            error.line > 0
                ? QStringLiteral("%1:%2: %3").arg(m_call.operand).arg(error.line).arg(error.message)
                : QStringLiteral("%1: %2").arg(m_call.operand, error.message));
        return;
    }
    m_bulkFile = *file;
    m_bulkFileName = fromStdin ? QStringLiteral("-") : QFileInfo(m_call.operand).absoluteFilePath();
    readSnapshot(file->kind, [this](const bulk::Snapshot &snapshot) {
        const bulk::Preview preview = judgeBulk(m_bulkFile, snapshot);
        if (m_call.dryRun) {
            printPreview(preview);
            printPreviewSummary(preview);
            done(preview.allReady() ? Exit::Ok : Exit::InvalidInput);
            return;
        }
        const auto id = bulk::createRun(*m_journal, m_bulkFileName, m_bulkFile, preview);
        if (!id) {
            fail(Exit::Failure,
                 tr("The journal of bulk runs cannot be written: %1").arg(m_journal->lastError()));
            return;
        }
        printTo(stderr, QStringLiteral("run: %1\n").arg(*id));
        m_runAnnounced = true;
        printPreviewSummary(preview);
        const QList<journal::JournalRow> rows = m_journal->rows(*id);
        m_writer = std::make_unique<RowWriter>(
            m_call.format, resultFields(bulk::columns(m_bulkFile.kind)), stdout, m_terminal.color);
        // The rows the preview keeps back are results too: skipped, with the reason.
        for (const journal::JournalRow &row : rows) {
            if (row.status == QLatin1String("skipped"))
                printBulkRow(row);
        }
        startBulkRun(*id, rows, preview.toSend(), preview.judgedAt);
    });
}

void CliApp::resumeBulk()
{
    const auto run = m_journal->run(m_call.resume);
    if (!run) {
        fail(Exit::NotFound,
             tr("No bulk run %1 in this organization's journal.").arg(m_call.resume));
        return;
    }
    if (const auto why = busy(*run)) {
        fail(Exit::Failure, *why);
        return;
    }
    const auto kind = bulk::kindFromName(run->kind);
    if (!kind) {
        fail(Exit::Failure, tr("The run %1 is of an unknown kind %2.").arg(run->id, run->kind));
        return;
    }
    if (!std::exchange(m_runAnnounced, true))
        printTo(stderr, QStringLiteral("run: %1\n").arg(run->id));
    m_bulkFileName = run->file;
    m_bulkFile.kind = *kind;
    // Rows checked now are results of this command too.
    m_writer = std::make_unique<RowWriter>(m_call.format, resultFields(bulk::columns(*kind)),
                                           stdout, m_terminal.color);
    m_bulk = new bulk::BulkRun(&m_session, m_journal.get(), run->id, this);
    connect(m_bulk, &bulk::BulkRun::rowFinished, this, &CliApp::printBulkRow);
    // First what became of the rows whose answer never came; then the rest, judged again
    // against the organization as it is now.
    connect(m_bulk, &bulk::BulkRun::checked, this, [this, id = run->id, kind = *kind] {
        if (m_finished)
            return;
        if (m_interrupted) {
            fail(Exit::Interrupted, tr("Interrupted; nothing more was sent."));
            return;
        }
        readSnapshot(kind, [this, id, kind](const bulk::Snapshot &snapshot) {
            const bulk::Preview preview = bulk::replanRun(*m_journal, id, kind, snapshot,
                                                          m_session.client()->serverNow().date());
            const QList<bulk::Verdict> &planned = preview.rows;
            const QList<journal::JournalRow> rows = m_journal->rows(id);
            for (const journal::JournalRow &row : rows) {
                const bool nowSkipped =
                    row.status == QLatin1String("skipped") &&
                    std::any_of(planned.cbegin(), planned.cend(),
                                [&](const auto &v) { return v.row == row.row; });
                if (nowSkipped)
                    printBulkRow(row);
            }
            const int toSend = preview.toSend();
            printPreviewSummary(preview);
            startBulkRun(id, rows, toSend, {});
        });
    });
    m_bulk->check();
}

void CliApp::startBulkRun(const QString &id, const QList<journal::JournalRow> &rows, int toSend,
                          const QDateTime &judgedAt)
{
    if (toSend > 0 && !m_call.yes &&
        !confirmed(
            tr("Send %1 change(s) to %2?").arg(toSend).arg(m_session.settings().organization))) {
        if (m_finished) // no terminal to ask on: the run stays, to resume with --yes
            printTo(stderr,
                    tr("Resume it with: sentry-members-cli bulk --resume %1 --yes\n").arg(id));
        return;
    }
    // A preview older than the organization it judged (the question waited a while) is
    // judged again before anything goes.
    constexpr qint64 staleSeconds = 60;
    if (judgedAt.isValid() && judgedAt.secsTo(QDateTime::currentDateTimeUtc()) > staleSeconds) {
        printTo(stderr, tr("The preview is more than a minute old: reading the organization "
                           "again.\n"));
        m_call.resume = id;
        m_call.yes = true;
        resumeBulk();
        return;
    }
    if (!m_bulk) {
        m_bulk = new bulk::BulkRun(&m_session, m_journal.get(), id, this);
        connect(m_bulk, &bulk::BulkRun::rowFinished, this, &CliApp::printBulkRow);
    }
    if (m_call.concurrency > 0)
        m_bulk->setConcurrency(m_call.concurrency);
    connect(m_bulk, &bulk::BulkRun::waiting, this, [this](const QDateTime &until) {
        // The pacer holds for each window of Sentry's limit; only a wait one notices is said.
        if (QDateTime::currentDateTimeUtc().msecsTo(until) < 2000)
            return;
        m_progress->clear();
        printTo(stderr, tr("Sentry's rate limit: waiting until %1 UTC.\n")
                            .arg(until.toUTC().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_bulk, &bulk::BulkRun::finished, this, &CliApp::finishBulk);
    m_bulk->start(rows);
}

void CliApp::printBulkRow(const journal::JournalRow &row)
{
    if (!m_writer || m_finished)
        return;
    m_progress->clear();
    QJsonObject record{
        {QStringLiteral("row"), row.row},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("message"), row.message.isEmpty() ? row.reason : row.message},
        {QStringLiteral("class"), row.rowClass}};
    for (auto it = row.source.constBegin(); it != row.source.constEnd(); ++it)
        record.insert(it.key(), it.value());
    m_writer->write({record});
    if (m_bulk)
        m_progress->show(tr("Rows: %1 of %2").arg(m_bulk->finishedRows()).arg(m_bulk->total()));
}

void CliApp::finishBulk()
{
    m_progress->clear();
    const QString id = m_bulk->runId();
    // Rows not sent now are results too: planned, with when they can go.
    const auto heldUntil = m_bulk->heldUntil();
    for (journal::JournalRow row : m_journal->rows(id)) {
        if (row.state != journal::JournalRow::State::Planned)
            continue;
        if (heldUntil && row.rowClass != QLatin1String("over-quota")) {
            row.message = tr("Sentry's daily invitation limit is reached: continues after "
                             "00:00 UTC (%1).")
                              .arg(heldUntil->toString(Qt::ISODate));
        }
        printBulkRow(row);
    }
    m_writer->finish();
    const auto run = m_journal->run(id);
    const QMap<QString, int> counts = run ? run->counts : QMap<QString, int>{};
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    printTo(stderr, tr("Run %1: %2.\n").arg(id, parts.join(QLatin1String(", "))));
    if (!m_bulk->journalError().isEmpty()) {
        fail(Exit::Failure,
             tr("The journal of bulk runs cannot be written: %1").arg(m_bulk->journalError()));
        return;
    }
    if (m_interrupted) {
        fail(Exit::Interrupted,
             tr("Interrupted. Go on with: sentry-members-cli bulk --resume %1").arg(id));
        return;
    }
    if (counts.value(QStringLiteral("planned")) > 0 && heldUntil) {
        fail(Exit::RateLimited,
             tr("%1 invitation(s) wait for Sentry's daily limit: go on after %2 with "
                "sentry-members-cli bulk --resume %3")
                 .arg(counts.value(QStringLiteral("planned")))
                 .arg(heldUntil->toString(Qt::ISODate), id));
        return;
    }
    const int notDone =
        counts.value(QStringLiteral("refused")) + counts.value(QStringLiteral("failed")) +
        counts.value(QStringLiteral("unknown")) + counts.value(QStringLiteral("skipped")) +
        counts.value(QStringLiteral("planned"));
    done(notDone > 0 ? Exit::Partial : Exit::Ok);
}

void CliApp::printPreview(const bulk::Preview &preview)
{
    QList<QJsonObject> records;
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        const bulk::Verdict &v = preview.rows.at(i);
        QJsonObject record{
            {QStringLiteral("row"), v.row},
            {QStringLiteral("line"), v.line},
            {QStringLiteral("class"), bulk::className(v.rowClass)},
            {QStringLiteral("column"), v.column},
            {QStringLiteral("reason"), v.reason},
            {QStringLiteral("change"), v.operation ? v.operation->describe() : QString()},
            {QStringLiteral("day"),
             v.operation ? QJsonValue(preview.today.addDays(v.day).toString(Qt::ISODate))
                         : QJsonValue(QJsonValue::Null)}};
        if (v.operation)
            record.insert(QStringLiteral("operation"), v.operation->toJson());
        records.append(record);
    }
    m_call.fields = {QStringLiteral("row"),    QStringLiteral("line"),   QStringLiteral("class"),
                     QStringLiteral("column"), QStringLiteral("reason"), QStringLiteral("change"),
                     QStringLiteral("day")};
    if (m_call.format == Format::Json || m_call.format == Format::Jsonl)
        m_call.fields.append(QStringLiteral("operation"));
    printRecords(records);
}

void CliApp::printPreviewSummary(const bulk::Preview &preview)
{
    QStringList parts;
    for (bulk::RowClass rowClass : bulk::allClasses()) {
        if (const int n = preview.count(rowClass))
            parts.append(QStringLiteral("%1 %2").arg(n).arg(bulk::className(rowClass)));
    }
    QString text = tr("Preview of %1 row(s): %2.\n")
                       .arg(preview.rows.size())
                       .arg(parts.isEmpty() ? tr("nothing") : parts.join(QLatin1String(", ")));
    if (preview.invitesByDay.size() > 1 || preview.count(bulk::RowClass::OverQuota) > 0) {
        QStringList days;
        for (qsizetype d = 0; d < preview.invitesByDay.size(); ++d) {
            days.append(tr("%1 on %2")
                            .arg(preview.invitesByDay.at(d))
                            .arg(preview.today.addDays(d).toString(Qt::ISODate)));
        }
        text += tr("Invitations by UTC day (Sentry allows %1 a day): %2.\n")
                    .arg(bulk::InviteQuota::perOrganization)
                    .arg(days.join(QLatin1String(", ")));
        if (preview.scimEnabled.value_or(false))
            text += tr("SCIM is set up here and has no daily limit: --kind scim provisions the "
                       "same addresses at once.\n");
    }
    printTo(stderr, text);
}

} // namespace sm::cli
