// SPDX-License-Identifier: MIT
#include "sandbox/organization.h"

#include <algorithm>

namespace sm::sandbox {

namespace {

// Every lookup: the first record that matches, or nullptr.
template<typename Records, typename Matches> auto find(Records &records, Matches matches)
{
    const auto it = std::find_if(records.begin(), records.end(), matches);
    return it == records.end() ? nullptr : &*it;
}

} // namespace

const UserRecord *Organization::user(qint64 userId) const
{
    return find(users, [&](const UserRecord &u) { return u.id == userId; });
}

const UserRecord *Organization::userByEmail(const QString &email) const
{
    return find(users, [&](const UserRecord &u) {
        return u.email.compare(email, Qt::CaseInsensitive) == 0;
    });
}

MemberRecord *Organization::member(qint64 memberId)
{
    return find(members, [&](const MemberRecord &m) { return m.id == memberId; });
}

MemberRecord *Organization::memberByUser(qint64 userId)
{
    return find(members, [&](const MemberRecord &m) { return m.userId == userId; });
}

const TeamRecord *Organization::team(const QString &teamSlug) const
{
    return find(teams, [&](const TeamRecord &t) { return t.slug == teamSlug; });
}

const IntegrationRecord *Organization::integration(qint64 integrationId) const
{
    return find(integrations, [&](const IntegrationRecord &i) { return i.id == integrationId; });
}

ExternalUserRecord *Organization::externalUser(qint64 externalUserId)
{
    return find(externalUsers, [&](const ExternalUserRecord &e) { return e.id == externalUserId; });
}

const TokenRecord *Organization::token(const QString &value) const
{
    return find(tokens, [&](const TokenRecord &t) { return t.token == value; });
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
    if (m.email.compare(email, Qt::CaseInsensitive) == 0)
        return true;
    if (m.userId) {
        if (const UserRecord *u = user(*m.userId))
            return u->email.compare(email, Qt::CaseInsensitive) == 0;
    }
    return false;
}

} // namespace sm::sandbox
