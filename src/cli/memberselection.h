// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sm::cli {

// The directory's filters for `members list`, applied to each member record as it arrives.
// `--no-2fa` and `--unlinked` select joined members only: an invitation has no account yet.
struct MemberSelection
{
    QString role;   // orgRole, exactly
    QString status; // active, invited (pending, not expired) or expired
    QString team;   // a team slug the member is on
    bool noTeam = false;
    bool no2fa = false;
    bool idpManaged = false;
    bool unlinked = false;

    // Whether the records need their teams (read from the teams' member lists).
    bool needsTeams() const { return !team.isEmpty() || noTeam; }
    bool accepts(const QJsonObject &member) const;
    // A reason the selection cannot be used, e.g. an unknown status; nothing when usable.
    std::optional<QString> problem() const;
};

} // namespace sm::cli
