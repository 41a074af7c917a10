// SPDX-License-Identifier: MIT
#pragma once

// One operation of each kind on the demo organization, with the path its change request
// takes, for the tests that run every kind (tst_operations, tst_transports).
#include "operations/operation.h"
#include "sandbox/organization.h"

#include <algorithm>
#include <functional>

namespace sm::test {

struct Prepared
{
    ops::Operation operation;
    QByteArray method;
    QString path; // after /api/0/organizations/demo/
};

inline bool unflagged(const sandbox::MemberRecord &m)
{
    return std::none_of(m.flags.cbegin(), m.flags.cend(), [](bool set) { return set; });
}

inline const sandbox::MemberRecord *
firstMember(const sandbox::Organization &org,
            const std::function<bool(const sandbox::MemberRecord &)> &test)
{
    for (const sandbox::MemberRecord &m : org.members) {
        if (test(m))
            return &m;
    }
    return nullptr;
}

// A joined member with the plain member role and no flags; `skip` picks a later one, so
// each kind has a member of its own.
inline const sandbox::MemberRecord &plainMember(const sandbox::Organization &org, int skip)
{
    const sandbox::MemberRecord *m = firstMember(org, [&skip](const sandbox::MemberRecord &r) {
        return !r.isPending() && r.role == QLatin1String("member") && unflagged(r) && skip-- == 0;
    });
    static const sandbox::MemberRecord none;
    return m ? *m : none;
}

inline Prepared operationCase(const sandbox::Organization &org, ops::Operation::Kind kind)
{
    using K = ops::Operation::Kind;
    using ops::Operation;
    switch (kind) {
    case K::Invite:
        return {Operation(InviteMember{
                    QStringLiteral("op.invite@example.com"), QStringLiteral("member"), {}, true}),
                "POST", QStringLiteral("members/")};
    case K::UpdateRoles: {
        const auto &m = plainMember(org, 0);
        const QString slug = org.teams.constFirst().slug;
        return {Operation(UpdateMemberRoles{QString::number(m.id),
                                            QStringLiteral("manager"),
                                            {{slug, QStringLiteral("admin")}}},
                          m.email),
                "PUT", QStringLiteral("members/%1/").arg(m.id)};
    }
    case K::ResendInvite: {
        const sandbox::MemberRecord *m = firstMember(org, [](const sandbox::MemberRecord &r) {
            return r.isPending() && r.isApproved() && !r.tokenExpired && unflagged(r);
        });
        if (!m)
            return {};
        return {Operation(ResendInvite{QString::number(m->id), false}, m->email), "PUT",
                QStringLiteral("members/%1/").arg(m->id)};
    }
    case K::RemoveMember: {
        const auto &m = plainMember(org, 1);
        return {Operation(ops::RemoveMember{QString::number(m.id)}, m.email), "DELETE",
                QStringLiteral("members/%1/").arg(m.id)};
    }
    case K::ScimProvision:
        return {Operation(ProvisionScimUser{QStringLiteral("op.scim@example.com"), {}}), "POST",
                QStringLiteral("scim/v2/Users")};
    case K::ScimDeprovision: {
        const auto &m = plainMember(org, 2);
        return {Operation(ops::DeprovisionScimUser{QString::number(m.id)}, m.email), "DELETE",
                QStringLiteral("scim/v2/Users/%1").arg(m.id)};
    }
    case K::LinkCreate: {
        const auto &m = plainMember(org, 3);
        ExternalUserLink link{{},
                              QString::number(m.userId.value_or(0)),
                              QStringLiteral("@op-link"),
                              QStringLiteral("github"),
                              QStringLiteral("301"),
                              {}};
        return {Operation(ops::CreateLink{link}), "POST", QStringLiteral("external-users/")};
    }
    case K::LinkUpdate: {
        const auto &e = org.externalUsers.constFirst();
        ExternalUserLink link{QString::number(e.id),
                              QString::number(e.userId),
                              e.externalName + QStringLiteral("-renamed"),
                              e.provider,
                              QString::number(e.integrationId),
                              e.externalId};
        return {Operation(ops::UpdateLink{link}), "PUT",
                QStringLiteral("external-users/%1/").arg(e.id)};
    }
    case K::LinkDelete: {
        const auto &e = org.externalUsers.constFirst();
        return {Operation(ops::DeleteLink{QString::number(e.id), QString::number(e.userId)}),
                "DELETE", QStringLiteral("external-users/%1/").arg(e.id)};
    }
    }
    return {};
}

} // namespace sm::test
