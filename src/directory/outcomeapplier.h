// SPDX-License-Identifier: MIT
#pragma once

#include "operations/operation.h"
#include "operations/runoutcome.h"

namespace sm::directory {

class MembersModel;

// Brings the members model up to date with a change Sentry confirmed (done, found made
// after a lost answer, or partly made), from the state the run saw after it: the table shows
// the new role, teams, status, link or removal at once, without a reload. An outcome that
// changed nothing leaves it alone. Returns true when a row changed.
bool applyOutcome(MembersModel *model, const ops::Operation &operation,
                  const ops::RunOutcome &outcome);

// Marks the rows an operation concerns (the member, the invited address, the user whose
// links it changes) as holding an unconfirmed change, with `note` saying so; an empty note
// clears the mark. Returns true when a row changed.
bool markUnconfirmed(MembersModel *model, const ops::Operation &operation, const QString &note);

} // namespace sm::directory
