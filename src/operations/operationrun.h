// SPDX-License-Identifier: MIT
#pragma once

#include "api/result.h"
#include "api/session.h"
#include "operations/judgement.h"
#include "operations/operation.h"
#include "operations/runoutcome.h"
#include "operations/targetstate.h"

#include <QObject>
#include <QPointer>

namespace sm {
class SentryClient;
class ApiJob;
} // namespace sm

namespace sm::ops {

// Runs one operation: reads the target (unless its state is already known), sends the
// change once, and ends with one RunOutcome. When the answer is lost it reads the target
// again and says what Sentry has; after any refused role change it re-reads the member,
// whose teams Sentry saves before it checks the role. Nothing here is ever sent twice, and
// every exchange carries the run's id. The run deletes itself after `finished`.
class OperationRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationRun)

public:
    enum class Stage
    {
        Idle,
        ReadingBefore,
        Sending,
        Checking,
        Finished
    };
    Q_ENUM(Stage)

    OperationRun(SentryClient *client, Operation operation, QObject *parent = nullptr);
    ~OperationRun() override;
    // A run on the session's connection, with its role names for sentences and, for the
    // record, who acts (the caller's email, or an integration) with what kind of token.
    static OperationRun *forSession(Session *session, Operation operation,
                                    QObject *parent = nullptr);

    const QString &id() const { return m_id; }
    const Operation &operation() const { return m_operation; }
    Stage stage() const { return m_stage; }

    void setContext(const RunContext &context) { m_context = context; }
    void setRoleNamer(RoleNamer roleName) { m_roleName = std::move(roleName); }
    // The target's state as the caller already knows it: no read before sending.
    void setBefore(const TargetState &before) { m_outcome.before = before; }

    // Validates, reads the target, sends the change once and checks a lost answer.
    void start();
    // Sends nothing: reads the target and judges whether the change is there, against the
    // state before (setBefore). For a change cancelled after it was sent, or a journal's
    // row whose answer never came.
    void verify();
    // Stops waiting. Before the change is sent, nothing is; after, the outcome is Unknown
    // and settling, and no check is made at once.
    void cancel();

signals:
    void stageChanged(sm::ops::OperationRun::Stage stage);
    void finished(const sm::ops::RunOutcome &outcome);
    // The same end as data (emitted just before finished).
    void recorded(const sm::ops::OutcomeRecord &record);

private:
    void setStage(Stage stage);
    void readBefore();
    void send();
    void onSent(const Outcome &outcome);
    void check(const ApiError &lost);
    void recheckRefusedRoles(const ApiError &refused);
    void startRead(const std::function<void(const TargetState &, const ApiError &)> &then);
    void finish(RunOutcome::Kind kind, const QString &message, const ApiError &error = {});

    SentryClient *m_client;
    Operation m_operation;
    QString m_id;
    Stage m_stage = Stage::Idle;
    RunContext m_context;
    RoleNamer m_roleName;
    RunOutcome m_outcome;
    std::optional<Exchange> m_exchange;
    QPointer<ApiJob> m_job;
    QPointer<QObject> m_read;
    bool m_cancelled = false;
};

} // namespace sm::ops
