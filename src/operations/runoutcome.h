// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/exchange.h"
#include "operations/operation.h"
#include "operations/targetstate.h"

#include <QDateTime>
#include <QJsonObject>

namespace sm::ops {

// How one run of an operation ended: one kind, one message.
struct RunOutcome
{
    enum class Kind
    {
        Done,         // Sentry answered that it made the change
        Refused,      // Sentry (or the rules checked first) refused it: `error` says why
        NotMade,      // nothing was changed: not sent, or a check found it not made
        MadeAfterAll, // the answer was lost, and a check found the change made
        PartlyMade,   // a refused role change whose teams Sentry had already replaced
        Unknown,      // the answer was lost and no check could tell (yet)
    };

    QString runId;
    Kind kind = Kind::Unknown;
    // One message for the user that never contradicts itself: what happened and, where it
    // matters, what Sentry has now.
    QString message;
    // The failure behind a Refused, PartlyMade, NotMade or Unknown outcome (fields for the
    // form, Sentry's own words, the retry time of a 429); none for Done and MadeAfterAll.
    ApiError error;
    QByteArray rawBody; // the last answer's body, for a details view
    int httpStatus = 0; // the change's answer (200 for a link that existed, 201 created)
    bool sent = false;  // the change request left the client
    // Sending it again cannot repeat a change: Sentry made none (NotMade, Refused).
    bool maySendAgain = false;
    // Cancelled after it was sent: Sentry may still make the change. A later check
    // (OperationRun::verify) can tell.
    bool settling = false;
    TargetState before;
    TargetState after; // what Sentry has now, when known

    bool changed() const
    {
        return kind == Kind::Done || kind == Kind::MadeAfterAll || kind == Kind::PartlyMade;
    }
};

QString outcomeName(RunOutcome::Kind kind); // "done", "refused", "not-made", ...
// The five words a script reads: "done", "not-made" (a refused change too),
// "made-after-check", "partly-made", "unknown".
QString changeOutcomeName(RunOutcome::Kind kind);

// Who made a change where, for the record (never the token).
struct RunContext
{
    QString instance;     // the Sentry URL
    QString organization; // its slug
    QString actingUser;   // the caller's email, or the integration's name
    QString tokenKind;    // "user", "integration", ...
};

// One finished run as data, for a journal, an audit trail or a command line's output:
// time, who and where, the operation, the request as sent (token redacted), the answer's
// status and Sentry's words, and the target before and after.
struct OutcomeRecord
{
    QDateTime time;
    RunContext context;
    QJsonObject operation;
    std::optional<Exchange> request; // the change's exchange; unset when nothing was sent
    RunOutcome outcome;

    QJsonObject toJson() const;
};

} // namespace sm::ops
