// SPDX-License-Identifier: MIT
#pragma once

#include "operations/operation.h"
#include "operations/targetstate.h"

#include <functional>
#include <optional>

// What a read of the target says about one operation: whether *this* change is there (the
// state it asked for, which was not there before), and what Sentry has, in words.
namespace sm::ops {

// A role id as the user reads it ("manager" -> "Manager"): the caller's role list when
// known, else the id capitalized.
using RoleNamer = std::function<QString(const QString &roleId)>;

struct Judgement
{
    enum class Finding
    {
        Made,
        NotMade,
        PartlyMade, // a refused role change whose teams were saved first
    };
    Finding finding = Finding::NotMade;
    QString sentence; // what Sentry has, e.g. "ada@example.com is invited as Member."
};

// nullopt when the read cannot tell (a resend without the audit log, an invitation that is
// gone).
std::optional<Judgement> judge(const Operation &operation, const TargetState &before,
                               const TargetState &now, const RoleNamer &roleName);

// What Sentry has of the target now, in one sentence: for a change that was answered.
QString describeState(const Operation &operation, const TargetState &now,
                      const RoleNamer &roleName);

// The state an answered change leaves, from its answer (a member, a SCIM user, a link, or
// nothing for a DELETE) and the state before.
TargetState stateAfter(const Operation &operation, const TargetState &before,
                       const QJsonObject &answer);

} // namespace sm::ops
