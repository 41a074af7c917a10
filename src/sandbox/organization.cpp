#include "sandbox/organization.h"

namespace sm::sandbox {

const UserRecord *Organization::user(qint64 id) const
{
    for (const UserRecord &u : users) {
        if (u.id == id)
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

MemberRecord *Organization::member(qint64 id)
{
    for (MemberRecord &m : members) {
        if (m.id == id)
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

const TeamRecord *Organization::team(const QString &slug) const
{
    for (const TeamRecord &t : teams) {
        if (t.slug == slug)
            return &t;
    }
    return nullptr;
}

const IntegrationRecord *Organization::integration(qint64 id) const
{
    for (const IntegrationRecord &i : integrations) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

ExternalUserRecord *Organization::externalUser(qint64 id)
{
    for (ExternalUserRecord &e : externalUsers) {
        if (e.id == id)
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
