// SPDX-License-Identifier: MIT
#pragma once

#include "directory/membersmodel.h"

#include <QByteArray>

namespace sm::directory {

// What an admin wants to know about a list of members at a glance.
struct Hygiene
{
    int members = 0;
    int pending = 0; // invitations not accepted, expired ones included
    int expired = 0;
    int without2fa = 0;     // joined members only
    int withoutTeam = 0;    // joined members only
    bool teamsKnown = true; // false: a team's members could not be read, withoutTeam unknown
    int idpManaged = 0;
    int unlinked = 0; // joined members with no linked account

    static Hygiene of(const QList<const DirectoryMember *> &members, bool teamsKnown = true);
    // "12 pending invitations (3 expired), 40 without 2FA, ..." (the count of members is said
    // where the list is, not again here).
    QString summary() const;
};

// The rows as shown (all columns, the table's words), RFC 4180 CSV with a header line.
// A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading
// apostrophe.
QByteArray toCsv(const MembersModel &model, const QList<const DirectoryMember *> &members);
// The same rows as JSON with raw values (ids, role ids, ISO dates, booleans, links).
QByteArray toJson(const QList<const DirectoryMember *> &members);

} // namespace sm::directory
