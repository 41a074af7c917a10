// SPDX-License-Identifier: MIT
#pragma once

#include "journal/runjournal.h"
#include "operations/runoutcome.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sm {
class Session;
namespace ops {
class OperationRun;
}
} // namespace sm

namespace sm::bulk {

// What a row's outcome is called in results: "done", "refused", "failed", "unknown";
// "planned" for a change Sentry did not make and that may go again (a 429, a cancel).
QString rowStatus(const ops::RunOutcome &outcome);

// Runs the rows of one journaled bulk run through OperationRun on the session's pacing
// client, a bounded number at a time. Each row's attempt is in the journal before its
// request leaves, its outcome as soon as the answer comes (the rows leaving together and the
// answers of one event-loop turn share a commit: one sync to disk, not one per row); rows whose
// answer never came (a crash, a kill) are checked with the operation's read before anything is
// sent. Sentry's daily invitation limits are kept from the journal: at the limit, invitations wait
// for the next UTC day (by the server's clock) while the other rows go on.
class BulkRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRun)

public:
    enum class State
    {
        Idle,
        Checking, // reading what became of rows whose answer never came
        Running,
        Pausing, // no new rows; those sent finish
        Paused,
        Finished,
    };
    Q_ENUM(State)

    static constexpr int defaultConcurrency = 4;

    // `journal` must outlive the run.
    BulkRun(Session *session, journal::RunJournal *journal, QString runId,
            QObject *parent = nullptr);
    ~BulkRun() override;

    const QString &runId() const { return m_runId; }
    State state() const { return m_state; }
    void setConcurrency(int rows) { m_concurrency = std::max(1, rows); }

    // Checks the unanswered rows; `checked` follows (at once when there are none).
    void check();
    // Sends the planned rows of `rows`, the run's rows as the journal has them now (after
    // check(), when there were unanswered ones).
    void start(const QList<journal::JournalRow> &rows);
    void pause();
    void resume();
    // No new rows; those in flight are cancelled (a change already sent is then unknown).
    void cancel();

    int total() const { return m_total; }
    int finishedRows() const { return m_finishedRows; }
    // Invitations held for Sentry's daily limit: they may go after this time (UTC).
    std::optional<QDateTime> heldUntil() const { return m_heldUntil; }
    // The run's state as `bulk runs` reports it: done, partial, paused, interrupted.
    QString summaryState() const;
    // Why the run stopped when the journal could not be written (then nothing more was sent).
    const QString &journalError() const { return m_journalError; }

signals:
    void stateChanged(sm::bulk::BulkRun::State state);
    void checked();
    void rowStarted(int row);
    void rowFinished(const sm::journal::JournalRow &row);
    // Requests wait for Sentry's rate-limit window: until when.
    void waiting(const QDateTime &until);
    void finished();

private:
    void setState(State state);
    void fill();
    // Every row's attempt in one commit, then their requests.
    void send(const QList<journal::JournalRow> &rows);
    void onRowDone(const journal::JournalRow &row, const ops::RunOutcome &outcome);
    // The answers of one turn of the event loop in one commit, then what each means.
    void recordAnswers();
    void afterAnswer(const journal::JournalRow &row, const ops::RunOutcome &outcome,
                     const QString &status);
    void verifyRow(const journal::JournalRow &row);
    bool inviteAllowedToday(const journal::JournalRow &row);
    void finishIfDone();
    // The rows waiting for a rate-limit window go back to the front of the queue.
    void requeueWaiting();

    Session *m_session;
    journal::RunJournal *m_journal;
    QString m_runId;
    State m_state = State::Idle;
    int m_concurrency = defaultConcurrency;
    QList<journal::JournalRow> m_queue;
    QHash<int, QPointer<ops::OperationRun>> m_inFlight;
    QList<journal::JournalRow> m_waiting; // refused with 429: they go once the window ends
    // Answered, not yet in the journal: written together at the end of the event-loop turn.
    QList<std::pair<journal::JournalRow, ops::RunOutcome>> m_answered;
    QTimer m_waitTimer;
    int m_checking = 0;
    int m_total = 0;
    int m_finishedRows = 0;
    bool m_cancelled = false;
    bool m_anyNotDone = false;
    std::optional<QDateTime> m_heldUntil;
    QString m_journalError;
    QDate m_quotaDay;
    int m_invitesToday = 0;
    QHash<QString, int> m_addressToday;
};

} // namespace sm::bulk
