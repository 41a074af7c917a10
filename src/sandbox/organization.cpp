// SPDX-License-Identifier: MIT
#include "sandbox/organization.h"

#include "sandbox/roles.h"

#include <algorithm>

namespace sm::sandbox {

namespace {

// Every lookup: the indexed record if it still matches, else the first record that matches
// (or nullptr).
template<typename Records, typename Matches>
auto find(Records &records, const QHash<qint64, qsizetype> &index, qint64 key, Matches matches)
{
    const qsizetype at = index.value(key, -1);
    if (at >= 0 && at < records.size() && matches(records[at]))
        return &records[at];
    const auto it = std::find_if(records.begin(), records.end(), matches);
    return it == records.end() ? nullptr : &*it;
}

} // namespace

const UserRecord *Organization::user(qint64 userId) const
{
    ensureIndexed();
    return find(users, m_index.users, userId, [&](const UserRecord &u) { return u.id == userId; });
}

const UserRecord *Organization::userByEmail(const QString &email) const
{
    const auto it = std::find_if(users.cbegin(), users.cend(), [&](const UserRecord &u) {
        return u.email.compare(email, Qt::CaseInsensitive) == 0;
    });
    return it == users.cend() ? nullptr : &*it;
}

MemberRecord *Organization::member(qint64 memberId)
{
    ensureIndexed();
    return find(members, m_index.members, memberId,
                [&](const MemberRecord &m) { return m.id == memberId; });
}

MemberRecord *Organization::memberByUser(qint64 userId)
{
    return const_cast<MemberRecord *>(std::as_const(*this).memberByUser(userId));
}

const MemberRecord *Organization::memberByUser(qint64 userId) const
{
    ensureIndexed();
    return find(members, m_index.memberByUser, userId,
                [&](const MemberRecord &m) { return m.userId == userId; });
}

const TeamRecord *Organization::team(const QString &teamSlug) const
{
    const auto it = std::find_if(teams.cbegin(), teams.cend(),
                                 [&](const TeamRecord &t) { return t.slug == teamSlug; });
    return it == teams.cend() ? nullptr : &*it;
}

const IntegrationRecord *Organization::integration(qint64 integrationId) const
{
    const auto it = std::find_if(integrations.cbegin(), integrations.cend(),
                                 [&](const IntegrationRecord &i) { return i.id == integrationId; });
    return it == integrations.cend() ? nullptr : &*it;
}

ExternalUserRecord *Organization::externalUser(qint64 externalUserId)
{
    ensureIndexed();
    return find(externalUsers, m_index.externalUsers, externalUserId,
                [&](const ExternalUserRecord &e) { return e.id == externalUserId; });
}

const TokenRecord *Organization::token(const QString &value) const
{
    ensureIndexed();
    const qsizetype at = m_index.tokens.value(value, -1);
    if (at >= 0 && at < tokens.size() && tokens.at(at).token == value)
        return &tokens.at(at);
    const auto it = std::find_if(tokens.cbegin(), tokens.cend(),
                                 [&](const TokenRecord &t) { return t.token == value; });
    return it == tokens.cend() ? nullptr : &*it;
}

QString Organization::memberName(const MemberRecord &m) const
{
    if (m.userId) {
        if (const UserRecord *u = user(*m.userId))
            return u->name.isEmpty() ? u->email : u->name;
    }
    return m.email;
}

bool Organization::memberHasEmail(const MemberRecord &m, const QString &email) const
{
    // An invitation keeps the address as typed (Sentry matches it exactly: Ada@x.io and
    // ada@x.io are two invitations); a user's address is matched without case.
    if (m.userId) {
        if (const UserRecord *u = user(*m.userId))
            return u->email.compare(email, Qt::CaseInsensitive) == 0;
    }
    return m.email == email;
}

void Organization::ensureIndexed() const
{
    if (m_indexed)
        return;
    m_index = {};
    for (qsizetype i = 0; i < users.size(); ++i)
        m_index.users.insert(users.at(i).id, i);
    for (qsizetype i = 0; i < tokens.size(); ++i)
        m_index.tokens.insert(tokens.at(i).token, i);
    for (qsizetype i = 0; i < externalUsers.size(); ++i) {
        m_index.externalUsers.insert(externalUsers.at(i).id, i);
        m_index.externalUsersByUser.insert(externalUsers.at(i).userId, i);
    }
    for (qsizetype i = 0; i < members.size(); ++i) {
        const MemberRecord &m = members.at(i);
        m_index.members.insert(m.id, i);
        if (m.userId)
            m_index.memberByUser.insert(*m.userId, i);
    }
    m_indexed = true;
}

void Organization::ensureListed() const
{
    if (m_listed)
        return;
    m_lists = {};
    for (qsizetype i = 0; i < members.size(); ++i) {
        const MemberRecord &m = members.at(i);
        if (!m.isApproved())
            continue;
        m_lists.approvedById.append(i);
        if (m.isPending())
            continue;
        for (const TeamMembership &t : m.teams)
            ++m_lists.teamMemberCounts[t.teamSlug];
    }
    std::sort(m_lists.approvedById.begin(), m_lists.approvedById.end(),
              [this](qsizetype a, qsizetype b) { return members.at(a).id < members.at(b).id; });
    for (qsizetype at : std::as_const(m_lists.approvedById)) {
        for (const TeamMembership &t : members.at(at).teams)
            m_lists.teamListOrder[t.teamSlug].append(at);
    }
    for (QList<qsizetype> &rows : m_lists.teamListOrder) {
        std::stable_sort(rows.begin(), rows.end(), [this](qsizetype a, qsizetype b) {
            const MemberRecord &ma = members.at(a);
            const MemberRecord &mb = members.at(b);
            if (ma.isPending() != mb.isPending())
                return ma.isPending();
            return ma.isPending() && ma.email < mb.email;
        });
    }
    m_listed = true;
}

void Organization::markMemberAppended()
{
    if (!m_listed || members.isEmpty())
        return;
    const qsizetype at = members.size() - 1;
    const MemberRecord &added = members.at(at);
    if (!added.isApproved())
        return; // in no list
    if (!m_lists.approvedById.isEmpty() &&
        members.at(m_lists.approvedById.constLast()).id >= added.id) {
        m_listed = false;
        return;
    }
    m_lists.approvedById.append(at);
    for (const TeamMembership &t : added.teams) {
        QList<qsizetype> &rows = m_lists.teamListOrder[t.teamSlug];
        if (!added.isPending()) { // joined members follow the invitations, by id
            ++m_lists.teamMemberCounts[t.teamSlug];
            rows.append(at);
            continue;
        }
        // After the invitations whose email sorts before or equal (the sort is stable and
        // this one has the highest id), before the joined members.
        const auto place = std::find_if(rows.begin(), rows.end(), [&](qsizetype row) {
            const MemberRecord &m = members.at(row);
            return !m.isPending() || added.email < m.email;
        });
        rows.insert(place, at);
    }
}

QList<qsizetype> Organization::teamMembersInListOrder(const QString &teamSlug) const
{
    ensureListed();
    return m_lists.teamListOrder.value(teamSlug);
}

const QList<qsizetype> &Organization::approvedMembersById() const
{
    ensureListed();
    return m_lists.approvedById;
}

QList<const ExternalUserRecord *> Organization::externalUsersOf(qint64 userId) const
{
    ensureIndexed();
    QList<const ExternalUserRecord *> links;
    for (qsizetype at : m_index.externalUsersByUser.values(userId)) {
        if (at < externalUsers.size() && externalUsers.at(at).userId == userId)
            links.append(&externalUsers.at(at));
    }
    // QMultiHash gives the newest first; Sentry lists links in creation order.
    std::sort(
        links.begin(), links.end(),
        [](const ExternalUserRecord *a, const ExternalUserRecord *b) { return a->id < b->id; });
    return links;
}

bool Organization::hasExternalUsers(qint64 userId) const
{
    return !externalUsersOf(userId).isEmpty();
}

int Organization::teamMemberCount(const QString &teamSlug) const
{
    ensureListed();
    return m_lists.teamMemberCounts.value(teamSlug);
}

bool Organization::isOnlyOwner(const MemberRecord &member) const
{
    if (member.role != QLatin1String("owner") || member.isPending())
        return false;
    for (const MemberRecord &other : members) {
        if (other.id != member.id && other.role == QLatin1String("owner") && other.isApproved() &&
            !other.isPending())
            return false;
    }
    return true;
}

bool Organization::isOnlyMemberWithOrgWrite(const MemberRecord &member) const
{
    auto writes = [](const MemberRecord &m) {
        return m.isApproved() && !m.isPending() &&
               expandScopes(orgRole(m.role)->scopes).contains(QStringLiteral("org:write"));
    };
    if (!writes(member))
        return false;
    return std::none_of(members.cbegin(), members.cend(), [&](const MemberRecord &other) {
        return other.id != member.id && writes(other);
    });
}

} // namespace sm::sandbox
