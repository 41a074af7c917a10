// SPDX-License-Identifier: MIT
#include "bulk/runplan.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <csignal>

namespace sm::bulk {

namespace {

// Whether the process that marked a run "running" still runs.
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // Where /proc tells more: a killed process not yet reaped (a zombie) has ended, and a
    // pid reused by another program is not a run.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray fields = stat.readAll();
    const qsizetype afterName = fields.lastIndexOf(')');
    if (afterName >= 0 && fields.mid(afterName + 2, 1) == "Z")
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return !cmdline.open(QIODevice::ReadOnly) || cmdline.readAll().contains("sentry-members");
}

journal::PlannedRow plannedFrom(const Verdict &verdict, const QJsonObject &source)
{
    journal::PlannedRow row;
    row.row = verdict.row;
    row.line = verdict.line;
    row.source = source;
    row.rowClass = className(verdict.rowClass);
    row.reason = verdict.reason;
    row.operation = verdict.operation;
    row.before = verdict.before;
    return row;
}

// The file back from the journal's rows, to judge again what is still to be sent.
File fileFrom(Kind kind, const QList<journal::JournalRow> &rows)
{
    File file;
    file.kind = kind;
    file.header = columns(kind);
    for (const journal::JournalRow &journaled : rows) {
        Row row;
        row.row = journaled.row;
        row.line = journaled.line;
        for (const QString &column : std::as_const(file.header)) {
            const QString cell = journaled.source.value(column).toString();
            row.cells.insert(column, cell);
            row.raw.append(cell);
        }
        file.rows.append(row);
    }
    return file;
}

} // namespace

InviteQuota quotaFromJournal(const journal::RunJournal &journal, const QDate &day)
{
    InviteQuota quota;
    quota.organizationUsed = journal.invitesAttemptedOn(day);
    quota.inviterUsed = quota.organizationUsed;
    quota.addressUsed = journal.inviteAddressesOn(day);
    return quota;
}

std::optional<QString> createRun(journal::RunJournal &journal, const QString &fileName,
                                 const File &file, const Preview &preview)
{
    QList<journal::PlannedRow> rows;
    for (qsizetype i = 0; i < preview.rows.size() && i < file.rows.size(); ++i) {
        QJsonObject source;
        const Row &row = file.rows.at(i);
        for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it)
            source.insert(it.key(), it.value());
        rows.append(plannedFrom(preview.rows.at(i), source));
    }
    return journal.createRun(fileName, kindName(file.kind), rows);
}

Preview replanRun(journal::RunJournal &journal, const QString &run, Kind kind, const Snapshot &org,
                  const QDate &today)
{
    const QList<journal::JournalRow> rows = journal.rows(run);
    // Every row is judged, so that duplicates are still found; only planned ones change.
    Preview preview = judge(fileFrom(kind, rows), org, quotaFromJournal(journal, today), today);
    QList<Verdict> planned;
    for (qsizetype i = 0; i < rows.size() && i < preview.rows.size(); ++i) {
        if (rows.at(i).state != journal::JournalRow::State::Planned)
            continue;
        journal.replan(run, plannedFrom(preview.rows.at(i), rows.at(i).source));
        planned.append(preview.rows.at(i));
    }
    preview.rows = planned;
    return preview;
}

QString effectiveState(const journal::JournalRun &run)
{
    if (run.state == QLatin1String("running") && !processAlive(run.pid))
        return QStringLiteral("interrupted");
    return run.state;
}

} // namespace sm::bulk
