// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/bulkfile.h"
#include "core/entities.h"
#include "operations/operation.h"
#include "operations/targetstate.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace sm::bulk {

// What a preview judges rows against: the organization as read just before.
struct Snapshot
{
    // members/me/: the caller's role and the roles it may give (no id: an integration token)
    Member me;
    QList<Member> members; // every member with links (and teams, for role changes)
    QList<Team> teams;
    QList<Integration> integrations; // read for links only
    std::optional<bool> scimEnabled; // read for invites only
    QDateTime readAt;                // UTC
};

// Sentry's daily invitation limits (src/sentry/ratelimits/utils.py,
// for_organization_member_invite): per UTC day, every attempt counted, refused ones too.
struct InviteQuota
{
    static constexpr int perOrganization = 100;
    static constexpr int perInviter = 100;
    static constexpr int perAddress = 10;

    // What the day has used already, from the journal: this profile's invitations and
    // resends in this organization (the journal cannot see other people's).
    int organizationUsed = 0;
    int inviterUsed = 0;
    QHash<QString, int> addressUsed; // by case-folded address
};

// Stable keys, in JSON and in the journal.
enum class RowClass
{
    Ready,
    Malformed,
    Duplicate,
    AlreadyMember,
    AlreadyInvited,
    RoleNotAllowed,
    UnknownTeam,
    IdpManaged,
    UnknownIntegration,
    NameTaken,
    NoChange,
    OverQuota,
};
QString className(RowClass rowClass); // "ready", "malformed", ...
const QList<RowClass> &allClasses();

struct Verdict
{
    int row = 0;
    int line = 0;
    RowClass rowClass = RowClass::Ready;
    QString column; // the cell concerned, when one is
    QString reason; // why, in Sentry's words where Sentry has them
    // The change the row asks for: set for ready and over-quota rows.
    std::optional<ops::Operation> operation;
    ops::TargetState before; // the member as judged (no read again before sending)
    int day = 0;             // invitations: days after today it may go (over-quota: >= 1)

    bool willSend() const { return operation.has_value(); }
};

struct Preview
{
    Kind kind = Kind::Invites;
    QDate today; // the UTC day the quota plan counts
    QDateTime judgedAt;
    QList<Verdict> rows;
    // Invitations by day from today: {today's, tomorrow's, ...}; empty for other kinds.
    QList<int> invitesByDay;
    InviteQuota quota;
    std::optional<bool> scimEnabled;

    int count(RowClass rowClass) const;
    bool allReady() const { return count(RowClass::Ready) == rows.size(); }
    int toSend() const; // ready and over-quota rows
};

// Classifies every row of `file` against `org`, and spreads the ready invitations over the
// days Sentry's limits allow, from `today` on.
Preview judge(const File &file, const Snapshot &org, const InviteQuota &quota, const QDate &today);

} // namespace sm::bulk
