// SPDX-License-Identifier: MIT
#pragma once

#include "operations/operation.h"
#include "operations/runoutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sm::journal {

// One row of a bulk run as the journal holds it.
struct JournalRow
{
    enum class State
    {
        Planned,   // not sent yet
        Attempted, // its request may have gone out; no answer recorded
        Done,      // an outcome was recorded
    };

    int row = 0; // the input's row number (1 = the first data row)
    ops::Operation operation;
    State state = State::Planned;
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
    int rows = 0;
    int done = 0;
    int attempted = 0; // answer never recorded
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

    // A new run with its rows planned; its id, or nothing when it could not be written.
    std::optional<QString> createRun(const QString &file, const QString &kind,
                                     const QList<ops::Operation> &operations);
    // Committed before the request is sent: from now on the row counts as possibly made.
    bool markAttempted(const QString &run, int row, const QString &runId);
    bool recordOutcome(const QString &run, int row, const ops::RunOutcome &outcome);

    QList<JournalRun> runs() const;
    QList<JournalRow> rows(const QString &run) const;
    // Rows whose request may have gone out with no answer recorded: check these first.
    QList<JournalRow> unanswered(const QString &run) const;
    bool removeRun(const QString &run);
    // Invitations and resends attempted on the UTC day `day`, in every run: what Sentry's
    // daily invite quota has already counted.
    int invitesAttemptedOn(const QDate &day) const;

private:
    bool exec(const QString &statement);

    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace sm::journal
