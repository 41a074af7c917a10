// SPDX-License-Identifier: MIT
#pragma once

#include "operations/operation.h"
#include "operations/runoutcome.h"
#include "operations/targetstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sm::journal {

// A row as a run starts with it: what the file said and what the preview made of it.
struct PlannedRow
{
    int row = 0;        // the input's row number (1 = the first data row)
    int line = 0;       // where it starts in the file
    QJsonObject source; // the file's cells by column
    QString rowClass;   // the preview's class key ("ready", "over-quota", "malformed", ...)
    QString reason;
    std::optional<ops::Operation> operation; // none: the row is not sent (status "skipped")
    ops::TargetState before; // the target as the preview read it (unknown: read it first)
};

// One row of a bulk run as the journal holds it.
struct JournalRow : PlannedRow
{
    enum class State
    {
        Planned,   // not sent yet
        Attempted, // its request may have gone out; no answer recorded
        Done,      // an outcome was recorded, or the row is not to be sent
    };

    State state = State::Planned;
    // "planned", "done", "refused", "failed", "unknown", "skipped": what a script reads.
    QString status;
    QString runId;         // the operation run's id, set with the attempt
    QDateTime attemptedAt; // UTC
    std::optional<ops::RunOutcome::Kind> outcome;
    QString message;
};

struct JournalRun
{
    QString id;
    QString file;
    QString kind; // invites, scim, roles, removals, links
    QDateTime created;
    QString state;  // as last written: running, paused, done, partial, interrupted
    qint64 pid = 0; // the process that wrote "running"
    int rows = 0;
    int unanswered = 0;        // attempted, no answer recorded
    QMap<QString, int> counts; // rows by status
};

// The bulk runs of one instance and organization, in SQLite (WAL): a row's attempt is
// committed before its request goes out and its outcome after the answer, so after a quit, a
// crash or a power cut the rows whose answer never came are known and can be checked before
// anything is sent again. One database per instance and organization under the app's data
// directory.
class RunJournal
{
public:
    // `path`: the database file; created with its tables when missing.
    explicit RunJournal(const QString &path);
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    // The database for `instance` and `organization` under QStandardPaths::AppDataLocation.
    static QString pathFor(const QString &instance, const QString &organization);

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }

    // A new run with its rows; its id, or nothing when it could not be written.
    std::optional<QString> createRun(const QString &file, const QString &kind,
                                     const QList<PlannedRow> &rows);
    // Committed before the request is sent: from now on the row counts as possibly made.
    // `at`: the time as the server counts its days (its clock may differ from ours).
    bool markAttempted(const QString &run, int row, const QString &runId,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());
    bool recordOutcome(const QString &run, int row, const ops::RunOutcome &outcome,
                       const QString &status);
    // A row judged again before it was sent (a resumed run): what it is now.
    bool replan(const QString &run, const PlannedRow &row);
    // Several of the writes above in one commit, so one sync to disk: begin(), the writes,
    // then commit(), which rolls back and returns false when any write or the commit failed.
    bool begin();
    bool commit();
    bool setRunState(const QString &run, const QString &state, qint64 pid);

    QList<JournalRun> runs() const;
    std::optional<JournalRun> run(const QString &id) const;
    QList<JournalRow> rows(const QString &run) const;
    // Rows whose request may have gone out with no answer recorded: check these first.
    QList<JournalRow> unanswered(const QString &run) const;
    bool removeRun(const QString &run);
    // Invitations and resends attempted on the UTC day `day`, in every run: what Sentry's
    // daily invite quota has already counted (refused attempts count there too).
    int invitesAttemptedOn(const QDate &day) const;
    // The same by address (case-folded), for the limit of ten a day per address.
    QHash<QString, int> inviteAddressesOn(const QDate &day) const;

private:
    bool exec(const QString &statement);
    QList<JournalRun> selectRuns(const QString &where, const QString &id) const;

    QString m_connection;
    QString m_error;
    bool m_open = false;
    bool m_batchFailed = false; // a write inside begin()/commit() failed
};

} // namespace sm::journal
