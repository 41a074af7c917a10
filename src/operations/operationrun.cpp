// SPDX-License-Identifier: MIT
#include "operations/operationrun.h"

#include "api/requestbuilder.h"
#include "api/sentryclient.h"
#include "core/roles.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

namespace sm::ops {

namespace {

using Kind = RunOutcome::Kind;

// A failure with an answer from Sentry (or its rules checked first) is a refusal; one
// without (no connection) changed nothing either, but nobody refused it.
bool isAnswered(const ApiError &error)
{
    return error.httpStatus > 0 || error.kind == ApiError::Kind::Validation;
}

} // namespace

OperationRun::OperationRun(SentryClient *client, Operation operation, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_operation(std::move(operation))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_roleName([](const QString &id) { return roles::displayName({}, id); })
{
    m_outcome.runId = m_id;
    const ConnectionSettings &connection = client->connection();
    m_context.instance = connection.baseUrl.toString();
    m_context.organization = connection.organization;
    connect(client, &SentryClient::exchangeFinished, this, [this](const Exchange &exchange) {
        if (exchange.runId == m_id && changesSomething(exchange.method))
            m_exchange = exchange;
    });
}

OperationRun *OperationRun::forSession(Session *session, Operation operation, QObject *parent)
{
    auto *run = new OperationRun(session->client(), std::move(operation), parent);
    run->setRoleNamer([session](const QString &id) { return session->roleName(id); });
    const bool integration = session->isIntegrationToken();
    run->m_context.actingUser = integration ? QStringLiteral("integration") : session->me().email;
    run->m_context.tokenKind = session->tokenKind();
    return run;
}

OperationRun::~OperationRun()
{
    if (m_job)
        m_job->cancel();
}

void OperationRun::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged(stage);
}

void OperationRun::start()
{
    if (m_stage != Stage::Idle)
        return;
    const FieldErrors problems = m_operation.validate();
    if (!problems.isEmpty()) {
        const ApiError error = ApiError::validation(problems);
        m_outcome.maySendAgain = true;
        // From the event loop, as every other end: the caller connects after start().
        QTimer::singleShot(0, this, [this, error] { finish(Kind::Refused, error.message, error); });
        return;
    }
    if (m_outcome.before.known)
        QTimer::singleShot(0, this, &OperationRun::send);
    else
        readBefore();
}

void OperationRun::readBefore()
{
    setStage(Stage::ReadingBefore);
    startRead([this](const TargetState &state, const ApiError &error) {
        if (error.isError()) {
            // Without the state before, a lost answer could not be checked: send nothing.
            m_outcome.maySendAgain = true;
            finish(Kind::NotMade,
                   error.isCancelled()
                       ? tr("Cancelled. Nothing was sent.")
                       : tr("Nothing was sent: reading what Sentry has first failed: %1")
                             .arg(error.reasonText()),
                   error);
            return;
        }
        m_outcome.before = state;
        send();
    });
}

void OperationRun::send()
{
    if (m_cancelled) {
        m_outcome.maySendAgain = true;
        finish(Kind::NotMade, tr("Cancelled. Nothing was sent."), ApiError::cancelled());
        return;
    }
    setStage(Stage::Sending);
    m_outcome.sent = true;
    SentryClient::RunScope scope(m_client, m_id);
    // The operation's own request and rules: the same bytes its preview shows.
    ApiJob *job = m_client->sendChange(m_operation.request(), m_operation.validate());
    m_job = job;
    connect(job, &ApiJob::ended, this, &OperationRun::onSent);
}

void OperationRun::onSent(const Outcome &outcome)
{
    m_job = nullptr;
    m_outcome.rawBody = outcome.rawBody;
    m_outcome.httpStatus = outcome.httpStatus;
    const ApiError &error = outcome.error;
    if (outcome.ok()) {
        const QJsonObject answer = QJsonDocument::fromJson(outcome.rawBody).object();
        m_outcome.after = stateAfter(m_operation, m_outcome.before, answer);
        finish(Kind::Done, describeState(m_operation, m_outcome.after, m_roleName));
        return;
    }
    if (error.isCancelled()) {
        if (!error.outcomeUnknown) {
            m_outcome.sent = false;
            m_outcome.maySendAgain = true;
            finish(Kind::NotMade, tr("Cancelled. Nothing was sent."), error);
            return;
        }
        // Sentry may still be working on it: a check now could find it not made and invite
        // a second send that repeats it.
        m_outcome.settling = true;
        finish(Kind::Unknown,
               tr("Cancelled after the request was sent: Sentry may still make the change. "
                  "Check what Sentry has before sending it again."),
               error);
        return;
    }
    if (error.outcomeUnknown) {
        check(error);
        return;
    }
    if (m_operation.kind() == Operation::Kind::UpdateRoles && error.httpStatus >= 400 &&
        error.httpStatus < 500 && error.httpStatus != 429) {
        recheckRefusedRoles(error);
        return;
    }
    m_outcome.maySendAgain = true;
    if (!isAnswered(error))
        m_outcome.sent = false;
    finish(isAnswered(error) ? Kind::Refused : Kind::NotMade, error.message, error);
}

void OperationRun::check(const ApiError &lost)
{
    setStage(Stage::Checking);
    startRead([this, lost](const TargetState &now, const ApiError &readError) {
        const QString why =
            lost.isCancelled()
                ? QString()
                : tr("Sentry's answer was lost: %1").arg(lost.reasonText()) + QLatin1Char(' ');
        if (readError.isError()) {
            finish(Kind::Unknown,
                   tr("%1Checking what Sentry has failed too: %2 The change may or may not have "
                      "been made; look in Sentry before sending it again.")
                       .arg(why, readError.reasonText()),
                   lost);
            return;
        }
        m_outcome.after = now;
        const auto judgement = judge(m_operation, m_outcome.before, now, m_roleName);
        if (!judgement) {
            finish(Kind::Unknown,
                   tr("%1A check cannot tell whether the change was made. Look in Sentry before "
                      "sending it again.")
                       .arg(why),
                   lost);
            return;
        }
        switch (judgement->finding) {
        case Judgement::Finding::Made:
            finish(Kind::MadeAfterAll,
                   tr("The change was made. %1A check found: %2").arg(why, judgement->sentence));
            return;
        case Judgement::Finding::PartlyMade:
            finish(Kind::PartlyMade,
                   tr("The teams were changed, the organization role was not. %1A check "
                      "found: %2")
                       .arg(why, judgement->sentence),
                   lost);
            return;
        case Judgement::Finding::NotMade:
            m_outcome.maySendAgain = true;
            finish(Kind::NotMade,
                   tr("Nothing was changed. %1A check found: %2 You can send it again.")
                       .arg(why, judgement->sentence),
                   lost);
            return;
        }
    });
}

void OperationRun::recheckRefusedRoles(const ApiError &refused)
{
    setStage(Stage::Checking);
    startRead([this, refused](const TargetState &now, const ApiError &readError) {
        if (readError.isError()) {
            finish(Kind::Refused,
                   tr("%1 Sentry saves the teams before it checks the role, and reading the "
                      "member again failed: %2 Look at the member's teams before changing them "
                      "again.")
                       .arg(refused.message, readError.reasonText()),
                   refused);
            return;
        }
        m_outcome.after = now;
        const auto judgement = judge(m_operation, m_outcome.before, now, m_roleName);
        if (judgement && judgement->finding == Judgement::Finding::PartlyMade) {
            finish(Kind::PartlyMade,
                   tr("Sentry refused the role change: %1 It had already replaced the teams: %2")
                       .arg(refused.message, judgement->sentence),
                   refused);
            return;
        }
        m_outcome.maySendAgain = true;
        finish(Kind::Refused, refused.message, refused);
    });
}

void OperationRun::verify()
{
    if (m_stage != Stage::Idle)
        return;
    QTimer::singleShot(0, this, [this] {
        m_outcome.sent = true;
        ApiError none;
        none.kind = ApiError::Kind::Cancelled; // no lost answer to quote
        check(none);
    });
}

void OperationRun::startRead(const std::function<void(const TargetState &, const ApiError &)> &then)
{
    SentryClient::RunScope scope(m_client, m_id);
    auto *read = new TargetRead(m_client, m_operation, this);
    m_read = read;
    connect(read, &TargetRead::finished, this,
            [this, read, then](const TargetState &state, const ApiError &error) {
                read->deleteLater();
                then(state, error);
            });
    read->start();
}

void OperationRun::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
    else if (auto *read = qobject_cast<TargetRead *>(m_read.data()))
        read->cancel();
}

void OperationRun::finish(RunOutcome::Kind kind, const QString &message, const ApiError &error)
{
    if (m_stage == Stage::Finished)
        return;
    m_outcome.kind = kind;
    m_outcome.message = message;
    m_outcome.error = error;
    setStage(Stage::Finished);
    OutcomeRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.context = m_context;
    record.operation = m_operation.toJson();
    record.request = m_exchange;
    record.outcome = m_outcome;
    emit recorded(record);
    emit finished(m_outcome);
    deleteLater();
}

} // namespace sm::ops
