// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/bulkfile.h"

#include <QString>
#include <QStringList>

// Members chosen in a list, and one change for all of them, written as the bulk file that
// makes it: a selection goes through the same preview, quota plan, journal and runner as a
// file, and its run can be exported, resumed and listed like any other.
namespace sm::bulk {

struct SelectionChange
{
    enum class What
    {
        SetRole,    // the organization role `role`
        AddTeam,    // to `team`, as `teamRole` ("" for the team's default)
        RemoveTeam, // from `team`
        Resend,     // the pending invitation, again (spends the invitation limit)
        Remove,     // from the organization
    };
    What what = What::SetRole;
    QString role;
    QString team;
    QString teamRole;

    Kind kind() const;
};

// The file: its version line (which names the kind: a resend's lone member column would
// otherwise read as a removal), the kind's header and one row per member. `members` are
// emails, or ids for members without one.
QString selectionFile(const SelectionChange &change, const QStringList &members);

} // namespace sm::bulk
