// SPDX-License-Identifier: MIT
#include "bulk/bulkrun.h"

#include "api/sentryclient.h"
#include "api/session.h"
#include "bulk/preview.h"
#include "operations/operationrun.h"

#include <QCoreApplication>
#include <QTimer>

namespace sm::bulk {

namespace {

// Invitations and resends: both spend Sentry's daily invitation quota.
bool isInvite(const journal::JournalRow &row)
{
    return row.operation && row.operation->spendsInvitation();
}

QString address(const journal::JournalRow &row)
{
    return row.operation ? row.operation->invitationAddress() : QString();
}

// Sentry's invitation limit answers 429 with its own words; any other 429 is the API's rate
// limit, which ends with its window.
bool isInviteQuota(const ApiError &error)
{
    return error.kind == ApiError::Kind::RateLimited &&
           error.sentryMessage.contains(QLatin1String("too many invitations"));
}

} // namespace

QString rowStatus(const ops::RunOutcome &outcome)
{
    using Outcome = ops::RunOutcome::Kind;
    switch (outcome.kind) {
    case Outcome::Done:
    case Outcome::MadeAfterAll:
        return QStringLiteral("done");
    case Outcome::Refused:
        if (outcome.error.kind == ApiError::Kind::RateLimited ||
            (outcome.error.isCancelled() && !outcome.sent))
            return QStringLiteral("planned");
        // Sentry's own refusals (4xx) are refused; a server error is a failure.
        if (outcome.error.kind == ApiError::Kind::Server ||
            outcome.error.kind == ApiError::Kind::Network ||
            outcome.error.kind == ApiError::Kind::Timeout)
            return QStringLiteral("failed");
        return QStringLiteral("refused");
    case Outcome::PartlyMade:
        return QStringLiteral("refused");
    case Outcome::NotMade:
        // Cancelled before it left, or a 429 checked: nothing made, it may go again.
        if (outcome.error.isCancelled() || outcome.error.kind == ApiError::Kind::RateLimited)
            return QStringLiteral("planned");
        return QStringLiteral("failed");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("failed");
}

BulkRun::BulkRun(Session *session, journal::RunJournal *journal, QString runId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_journal(journal)
    , m_runId(std::move(runId))
{
    connect(m_session->client(), &SentryClient::waitingForRateLimit, this, &BulkRun::waiting);
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        requeueWaiting();
        fill();
    });
}

void BulkRun::requeueWaiting()
{
    m_waitTimer.stop();
    for (auto it = m_waiting.rbegin(); it != m_waiting.rend(); ++it)
        m_queue.prepend(std::move(*it));
    m_waiting.clear();
}

BulkRun::~BulkRun()
{
    // Answers that came in this turn of the event loop still go into the journal.
    for (const auto &[row, outcome] : std::as_const(m_answered))
        m_journal->recordOutcome(m_runId, row.row, outcome, rowStatus(outcome));
    for (const auto &run : std::as_const(m_inFlight)) {
        if (run)
            run->cancel();
    }
    // Gone before its end (the window closed, the app quit): the journal says so, and rows
    // sent without an answer stay attempted, to be checked when the run is resumed.
    if (m_state != State::Idle && m_state != State::Finished)
        m_journal->setRunState(m_runId, QStringLiteral("interrupted"), 0);
}

void BulkRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void BulkRun::check()
{
    QList<journal::JournalRow> rows = m_journal->unanswered(m_runId);
    rows.removeIf([](const journal::JournalRow &row) { return !row.operation; });
    setState(State::Checking);
    m_checking = int(rows.size());
    if (rows.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            setState(State::Idle);
            emit checked();
        });
        return;
    }
    for (const journal::JournalRow &row : rows)
        verifyRow(row);
}

void BulkRun::verifyRow(const journal::JournalRow &row)
{
    auto *run = ops::OperationRun::forSession(m_session, *row.operation, this);
    if (row.before.known)
        run->setBefore(row.before);
    connect(run, &ops::OperationRun::finished, this, [this, row](const ops::RunOutcome &outcome) {
        // Made: done. Not made: it may go now. Still unknown: never sent again by us.
        const QString status = outcome.changed() ? QStringLiteral("done")
                               : outcome.kind == ops::RunOutcome::Kind::NotMade
                                   ? QStringLiteral("planned")
                                   : QStringLiteral("unknown");
        m_journal->recordOutcome(m_runId, row.row, outcome, status);
        if (status != QLatin1String("planned")) {
            journal::JournalRow after = row;
            after.status = status;
            after.message = outcome.message;
            after.state = journal::JournalRow::State::Done;
            emit rowFinished(after);
        }
        if (--m_checking == 0) {
            setState(State::Idle);
            emit checked();
        }
    });
    run->verify();
}

void BulkRun::start(const QList<journal::JournalRow> &rows)
{
    m_queue.clear();
    m_total = 0;
    m_finishedRows = 0;
    m_anyNotDone = false;
    m_cancelled = false;
    m_heldUntil.reset();
    for (const journal::JournalRow &row : rows) {
        ++m_total;
        if (row.state == journal::JournalRow::State::Planned)
            m_queue.append(row);
        else {
            ++m_finishedRows;
            if (row.status != QLatin1String("done"))
                m_anyNotDone = true;
        }
    }
    m_journal->setRunState(m_runId, QStringLiteral("running"), QCoreApplication::applicationPid());
    setState(State::Running);
    fill();
}

bool BulkRun::inviteAllowedToday(const journal::JournalRow &row)
{
    const QDateTime now = m_session->client()->serverNow();
    if (now.date() != m_quotaDay) {
        m_quotaDay = now.date();
        m_invitesToday = m_journal->invitesAttemptedOn(m_quotaDay);
        m_addressToday = m_journal->inviteAddressesOn(m_quotaDay);
        m_heldUntil.reset();
    }
    const int dayLimit = std::min(InviteQuota::perOrganization, InviteQuota::perInviter);
    const QString to = address(row);
    if (m_invitesToday >= dayLimit || m_addressToday.value(to) >= InviteQuota::perAddress) {
        m_heldUntil = QDateTime(m_quotaDay.addDays(1), QTime(0, 0), Qt::UTC);
        return false;
    }
    ++m_invitesToday;
    ++m_addressToday[to];
    return true;
}

void BulkRun::fill()
{
    QList<journal::JournalRow> held;
    QList<journal::JournalRow> sending;
    while (m_state == State::Running && m_inFlight.size() + sending.size() < m_concurrency &&
           !m_queue.isEmpty()) {
        const journal::JournalRow row = m_queue.takeFirst();
        if (isInvite(row) && !inviteAllowedToday(row)) {
            held.append(row); // stays planned in the journal: it goes on another day
            continue;
        }
        sending.append(row);
    }
    // Back to the front, without copying the queue (fill runs once per answer).
    for (auto it = held.rbegin(); it != held.rend(); ++it)
        m_queue.prepend(std::move(*it));
    if (!sending.isEmpty())
        send(sending);
    finishIfDone();
}

void BulkRun::send(const QList<journal::JournalRow> &rows)
{
    QList<ops::OperationRun *> runs;
    const QDateTime now = m_session->client()->serverNow();
    const bool begun = m_journal->begin();
    for (const journal::JournalRow &row : rows) {
        auto *run = ops::OperationRun::forSession(m_session, *row.operation, this);
        if (row.before.known)
            run->setBefore(row.before);
        runs.append(run);
        if (begun)
            m_journal->markAttempted(m_runId, row.row, run->id(), now);
    }
    // In the journal before anything can leave: a crash from here on leaves rows to check.
    // commit() fails (and rolls back) when any of the writes failed.
    if (!begun || !m_journal->commit()) {
        qDeleteAll(runs);
        m_queue = rows + m_queue;
        m_journalError = m_journal->lastError();
        m_cancelled = true;
        setState(State::Pausing);
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const journal::JournalRow &row = rows.at(i);
        ops::OperationRun *run = runs.at(i);
        m_inFlight.insert(row.row, run);
        connect(run, &ops::OperationRun::finished, this,
                [this, row](const ops::RunOutcome &outcome) { onRowDone(row, outcome); });
        emit rowStarted(row.row);
        run->start();
    }
}

void BulkRun::onRowDone(const journal::JournalRow &row, const ops::RunOutcome &outcome)
{
    m_inFlight.remove(row.row);
    if (m_answered.isEmpty())
        QTimer::singleShot(0, this, &BulkRun::recordAnswers);
    m_answered.append({row, outcome});
}

void BulkRun::recordAnswers()
{
    if (m_answered.isEmpty())
        return;
    const auto answered = std::exchange(m_answered, {});
    const bool begun = m_journal->begin();
    for (const auto &[row, outcome] : answered) {
        if (begun)
            m_journal->recordOutcome(m_runId, row.row, outcome, rowStatus(outcome));
    }
    if (!begun || !m_journal->commit()) {
        // The rows stay attempted: a resumed run checks them before sending anything.
        m_journalError = m_journal->lastError();
        m_cancelled = true;
        setState(State::Pausing);
        requeueWaiting();
        finishIfDone();
        return;
    }
    for (const auto &[row, outcome] : answered)
        afterAnswer(row, outcome, rowStatus(outcome));
    fill();
}

void BulkRun::afterAnswer(const journal::JournalRow &row, const ops::RunOutcome &outcome,
                          const QString &status)
{
    if (status == QLatin1String("planned")) {
        // Not made: it goes again, after Sentry's window or on the next day for invitations.
        journal::JournalRow again = row;
        again.state = journal::JournalRow::State::Planned;
        if (isInviteQuota(outcome.error)) {
            m_invitesToday = InviteQuota::perOrganization;
            m_queue.prepend(again);
        } else if (outcome.error.kind == ApiError::Kind::RateLimited) {
            const QDateTime until = outcome.error.retryAt.isValid()
                                        ? outcome.error.retryAt
                                        : QDateTime::currentDateTimeUtc().addSecs(1);
            emit waiting(until);
            // The row waits outside the queue until the window ends; the run does not end
            // without it.
            m_waiting.append(again);
            if (!m_waitTimer.isActive() ||
                m_waitTimer.remainingTime() < QDateTime::currentDateTimeUtc().msecsTo(until))
                m_waitTimer.start(int(std::clamp<qint64>(
                    QDateTime::currentDateTimeUtc().msecsTo(until), 0, qint64(3600) * 1000)));
        } else {
            m_queue.prepend(again);
        }
    } else {
        ++m_finishedRows;
        if (status != QLatin1String("done"))
            m_anyNotDone = true;
        journal::JournalRow after = row;
        after.state = journal::JournalRow::State::Done;
        after.status = status;
        after.outcome = outcome.kind;
        after.message = outcome.message;
        after.runId = outcome.runId;
        emit rowFinished(after);
    }
}

void BulkRun::pause()
{
    if (m_state != State::Running)
        return;
    setState(State::Pausing);
    requeueWaiting();
    finishIfDone();
}

void BulkRun::resume()
{
    if (m_state != State::Paused && m_state != State::Pausing)
        return;
    m_journal->setRunState(m_runId, QStringLiteral("running"), QCoreApplication::applicationPid());
    setState(State::Running);
    fill();
}

void BulkRun::cancel()
{
    m_cancelled = true;
    setState(State::Pausing);
    requeueWaiting();
    for (const auto &run : std::as_const(m_inFlight)) {
        if (run)
            run->cancel();
    }
    finishIfDone();
}

QString BulkRun::summaryState() const
{
    if (m_cancelled && (!m_queue.isEmpty() || !m_inFlight.isEmpty() || !m_waiting.isEmpty()))
        return QStringLiteral("interrupted");
    if (!m_queue.isEmpty() || !m_waiting.isEmpty())
        return QStringLiteral("paused");
    return m_anyNotDone ? QStringLiteral("partial") : QStringLiteral("done");
}

void BulkRun::finishIfDone()
{
    if (!m_inFlight.isEmpty() || !m_waiting.isEmpty() || !m_answered.isEmpty())
        return;
    // The rows still queued are all held for another day (or the run was paused/cancelled).
    const bool onlyHeld =
        m_state == State::Running &&
        std::all_of(m_queue.cbegin(), m_queue.cend(), [](const auto &r) { return isInvite(r); }) &&
        m_heldUntil.has_value();
    if (m_state == State::Running && !m_queue.isEmpty() && !onlyHeld)
        return;
    if (m_state == State::Pausing && !m_cancelled) {
        m_journal->setRunState(m_runId, QStringLiteral("paused"), 0);
        setState(State::Paused);
        return;
    }
    if (m_state == State::Finished)
        return;
    m_journal->setRunState(m_runId, summaryState(), 0);
    setState(State::Finished);
    emit finished();
}

} // namespace sm::bulk
