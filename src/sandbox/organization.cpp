#include "sandbox/organization.h"

namespace sm::sandbox {

const UserRecord *Organization::user(qint64 userId) const
{
    for (const UserRecord &u : users) {
        if (u.id == userId)
            return &u;
    }
    return nullptr;
}

const UserRecord *Organization::userByEmail(const QString &email) const
{
    for (const UserRecord &u : users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

MemberRecord *Organization::member(qint64 memberId)
{
    for (MemberRecord &m : members) {
        if (m.id == memberId)
            return &m;
    }
    return nullptr;
}

MemberRecord *Organization::memberByUser(qint64 userId)
{
    for (MemberRecord &m : members) {
        if (m.userId == userId)
            return &m;
    }
    return nullptr;
}

const TeamRecord *Organization::team(const QString &teamSlug) const
{
    for (const TeamRecord &t : teams) {
        if (t.slug == teamSlug)
            return &t;
    }
    return nullptr;
}

const IntegrationRecord *Organization::integration(qint64 integrationId) const
{
    for (const IntegrationRecord &i : integrations) {
        if (i.id == integrationId)
            return &i;
    }
    return nullptr;
}

ExternalUserRecord *Organization::externalUser(qint64 externalUserId)
{
    for (ExternalUserRecord &e : externalUsers) {
        if (e.id == externalUserId)
            return &e;
    }
    return nullptr;
}

const TokenRecord *Organization::token(const QString &value) const
{
    for (const TokenRecord &t : tokens) {
        if (t.token == value)
            return &t;
    }
    return nullptr;
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
