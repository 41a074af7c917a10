// SPDX-License-Identifier: MIT
#include "operations/judgement.h"

#include "api/wireformat.h"
#include "core/roles.h"
#include "core/sentryvocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace sm::ops {

namespace {

// lupdate files the free functions of a namespace under the namespace's name.
QString tr(const char *text)
{
    return QCoreApplication::translate("sm::ops", text);
}

using Finding = Judgement::Finding;

QString who(const Member &member)
{
    return member.name.isEmpty() ? member.email : member.name;
}

QString label(const Operation &operation)
{
    return operation.target().isEmpty() ? tr("member %1").arg(operation.memberId())
                                        : operation.target();
}

QString memberSentence(const Member &member, const RoleNamer &roleName)
{
    return member.pending ? tr("%1 is invited as %2.").arg(member.email, roleName(member.orgRole))
                          : tr("%1 is a member as %2.").arg(member.email, roleName(member.orgRole));
}

QString rolesSentence(const Member &member, const RoleNamer &roleName)
{
    if (member.teamRoles.isEmpty())
        return tr("%1 is %2 and on no team.").arg(who(member), roleName(member.orgRole));
    return tr("%1 is %2, on %3.")
        .arg(who(member), roleName(member.orgRole), roles::describeTeams(member.teamRoles));
}

QString linkSentence(const ExternalUser &link)
{
    return tr("Link %1 connects %2 account %3 to user %4.")
        .arg(link.id, vocabulary::providerDisplayName(link.provider), link.externalName,
             link.userId);
}

bool sameTeams(const QList<TeamRoleAssignment> &a, const QList<TeamRoleAssignment> &b)
{
    auto sorted = [](QList<TeamRoleAssignment> teams) {
        std::sort(teams.begin(), teams.end(),
                  [](const auto &x, const auto &y) { return x.teamSlug < y.teamSlug; });
        return teams;
    };
    return sorted(a) == sorted(b);
}

// The teams asked for are exactly the member's: a team role sent as the default may come
// back filled in, so only roles that were asked for are compared.
bool hasTeamsAsked(const Member &member, const QList<TeamRoleAssignment> &asked)
{
    if (member.teamRoles.size() != asked.size())
        return false;
    return std::all_of(asked.cbegin(), asked.cend(), [&](const TeamRoleAssignment &wanted) {
        return std::any_of(member.teamRoles.cbegin(), member.teamRoles.cend(),
                           [&](const TeamRoleAssignment &has) {
                               return has.teamSlug == wanted.teamSlug &&
                                      (wanted.role.isEmpty() || has.role == wanted.role);
                           });
    });
}

bool sameLink(const ExternalUser &link, const ExternalUserLink &asked)
{
    return link.provider == asked.provider && link.externalName == asked.externalName &&
           link.userId == asked.userId && link.integrationId == asked.integrationId;
}

const ExternalUser *linkById(const QList<ExternalUser> &links, const QString &id)
{
    auto it = std::find_if(links.cbegin(), links.cend(),
                           [&](const ExternalUser &link) { return link.id == id; });
    return it == links.cend() ? nullptr : &*it;
}

std::optional<Judgement> judgeInvite(const InviteMember &invite, const TargetState &before,
                                     const TargetState &now, const RoleNamer &roleName)
{
    const Member *found = now.memberByEmail(invite.email);
    if (!found)
        return Judgement{Finding::NotMade,
                         tr("Sentry has no member or invitation for %1.").arg(invite.email)};
    // The same member as before the request: this change did not make it.
    if (before.known && before.member(found->id))
        return Judgement{
            Finding::NotMade,
            tr("%1 It was so before this request.").arg(memberSentence(*found, roleName))};
    return Judgement{Finding::Made, memberSentence(*found, roleName)};
}

std::optional<Judgement> judgeRoles(const Operation &operation, const UpdateMemberRoles &update,
                                    const TargetState &before, const TargetState &now,
                                    const RoleNamer &roleName)
{
    const Member *member = now.member(update.memberId);
    if (!member)
        return Judgement{Finding::NotMade,
                         tr("Sentry has no member %1 any more.").arg(label(operation))};
    const bool roleDone = !update.orgRole || member->orgRole == *update.orgRole;
    const bool teamsDone = hasTeamsAsked(*member, update.teamRoles);
    const QString sentence = rolesSentence(*member, roleName);
    if (roleDone && teamsDone)
        return Judgement{Finding::Made, sentence};
    const Member *old = before.member(update.memberId);
    // Sentry saves the teams before it checks the role: a refused role change may have
    // replaced them.
    if (teamsDone && old && !sameTeams(old->teamRoles, member->teamRoles))
        return Judgement{Finding::PartlyMade, sentence};
    return Judgement{Finding::NotMade, sentence};
}

std::optional<Judgement> judgeResend(const Operation &operation, const TargetState &before,
                                     const TargetState &now)
{
    if (!now.member(operation.memberId()) || !now.reinvites || !before.reinvites)
        return std::nullopt;
    for (const QString &id : *now.reinvites) {
        if (!before.reinvites->contains(id))
            return Judgement{Finding::Made,
                             tr("Sentry's audit log shows the invitation to %1 sent again.")
                                 .arg(label(operation))};
    }
    return Judgement{Finding::NotMade,
                     tr("Sentry's audit log shows no new invitation to %1.").arg(label(operation))};
}

std::optional<Judgement> judgeRemoval(const Operation &operation, const TargetState &now,
                                      const RoleNamer &roleName)
{
    if (const Member *member = now.member(operation.memberId()))
        return Judgement{Finding::NotMade, memberSentence(*member, roleName)};
    return Judgement{Finding::Made,
                     tr("%1 is no longer in the organization.").arg(label(operation))};
}

std::optional<Judgement> judgeProvision(const ProvisionScimUser &provision,
                                        const TargetState &before, const TargetState &now)
{
    auto has = [&](const TargetState &state) {
        return std::any_of(
            state.scimUsers.cbegin(), state.scimUsers.cend(), [&](const ScimUser &user) {
                return user.userName.compare(provision.userName, Qt::CaseInsensitive) == 0;
            });
    };
    if (!has(now))
        return Judgement{Finding::NotMade,
                         tr("%1 is not among the SCIM users.").arg(provision.userName)};
    if (before.known && has(before))
        return Judgement{
            Finding::NotMade,
            tr("%1 was among the SCIM users before this request.").arg(provision.userName)};
    return Judgement{Finding::Made, tr("%1 is among the SCIM users.").arg(provision.userName)};
}

std::optional<Judgement> judgeLink(const Operation &operation, const TargetState &before,
                                   const TargetState &now)
{
    // Held here: linkById points into the list it is given.
    const QList<ExternalUser> links = now.links();
    const QList<ExternalUser> linksBefore = before.links();
    if (const auto *create = operation.as<CreateLink>()) {
        for (const ExternalUser &link : links) {
            if (!sameLink(link, create->link))
                continue;
            if (before.known && linkById(linksBefore, link.id))
                return Judgement{Finding::NotMade,
                                 tr("%1 It was so before this request.").arg(linkSentence(link))};
            return Judgement{Finding::Made, linkSentence(link)};
        }
        return Judgement{Finding::NotMade,
                         tr("No link connects %1 account %2 to user %3.")
                             .arg(vocabulary::providerDisplayName(create->link.provider),
                                  create->link.externalName, create->link.userId)};
    }
    if (const auto *update = operation.as<UpdateLink>()) {
        const ExternalUser *link = linkById(links, update->link.id);
        if (!link)
            return Judgement{Finding::NotMade,
                             tr("Sentry has no link %1 any more.").arg(update->link.id)};
        const ExternalUser *old = linkById(linksBefore, update->link.id);
        const bool asked =
            sameLink(*link, update->link) && link->externalId == update->link.externalId;
        const bool wasAsked =
            old && sameLink(*old, update->link) && old->externalId == update->link.externalId;
        return Judgement{asked && !wasAsked ? Finding::Made : Finding::NotMade,
                         linkSentence(*link)};
    }
    const auto *remove = operation.as<DeleteLink>();
    if (const ExternalUser *link = linkById(links, remove->id))
        return Judgement{Finding::NotMade, linkSentence(*link)};
    return Judgement{Finding::Made, tr("Sentry has no link %1.").arg(remove->id)};
}

} // namespace

std::optional<Judgement> judge(const Operation &operation, const TargetState &before,
                               const TargetState &now, const RoleNamer &roleName)
{
    using Kind = Operation::Kind;
    switch (operation.kind()) {
    case Kind::Invite:
        return judgeInvite(*operation.as<InviteMember>(), before, now, roleName);
    case Kind::UpdateRoles:
        return judgeRoles(operation, *operation.as<UpdateMemberRoles>(), before, now, roleName);
    case Kind::ResendInvite:
        return judgeResend(operation, before, now);
    case Kind::RemoveMember:
    case Kind::ScimDeprovision:
        return judgeRemoval(operation, now, roleName);
    case Kind::ScimProvision:
        return judgeProvision(*operation.as<ProvisionScimUser>(), before, now);
    case Kind::LinkCreate:
    case Kind::LinkUpdate:
    case Kind::LinkDelete:
        return judgeLink(operation, before, now);
    }
    return std::nullopt;
}

QString describeState(const Operation &operation, const TargetState &now, const RoleNamer &roleName)
{
    using Kind = Operation::Kind;
    switch (operation.kind()) {
    case Kind::Invite:
        if (const Member *m = now.memberByEmail(operation.as<InviteMember>()->email))
            return memberSentence(*m, roleName);
        break;
    case Kind::UpdateRoles:
        if (const Member *m = now.member(operation.memberId()))
            return rolesSentence(*m, roleName);
        break;
    case Kind::ResendInvite:
        if (const Member *m = now.member(operation.memberId()))
            return tr("The invitation to %1 was sent again.").arg(m->email);
        return tr("The invitation to %1 was sent again.").arg(label(operation));
    case Kind::RemoveMember:
    case Kind::ScimDeprovision:
        return tr("%1 is no longer in the organization.").arg(label(operation));
    case Kind::ScimProvision:
        return tr("%1 is among the SCIM users.").arg(operation.as<ProvisionScimUser>()->userName);
    case Kind::LinkCreate:
    case Kind::LinkUpdate: {
        const ExternalUserLink &asked = operation.as<CreateLink>()
                                            ? operation.as<CreateLink>()->link
                                            : operation.as<UpdateLink>()->link;
        for (const ExternalUser &link : now.links()) {
            if (sameLink(link, asked))
                return linkSentence(link);
        }
        break;
    }
    case Kind::LinkDelete:
        return tr("Sentry has no link %1.").arg(operation.as<DeleteLink>()->id);
    }
    return operation.describe() + QLatin1Char('.');
}

TargetState stateAfter(const Operation &operation, const TargetState &before,
                       const QJsonObject &answer)
{
    TargetState after = before;
    after.known = true;
    using Kind = Operation::Kind;
    switch (operation.kind()) {
    case Kind::Invite:
        after.members.append(wire::member(answer));
        break;
    case Kind::UpdateRoles:
    case Kind::ResendInvite: {
        const Member member = wire::member(answer);
        if (member.id.isEmpty()) // 204 from an older server: the state before stands
            break;
        after.members.removeIf([&](const Member &m) { return m.id == member.id; });
        after.members.append(member);
        break;
    }
    case Kind::RemoveMember:
    case Kind::ScimDeprovision:
        after.members.removeIf([&](const Member &m) { return m.id == operation.memberId(); });
        break;
    case Kind::ScimProvision:
        after.scimUsers.append(wire::scimUser(answer));
        break;
    case Kind::LinkCreate:
    case Kind::LinkUpdate: {
        ExternalUser link = wire::externalUser(answer);
        // Sentry's update answer has no userId (its serializer adds it on create only).
        if (link.userId.isEmpty())
            link.userId = operation.linkUserId();
        for (Member &m : after.members) {
            m.externalUsers.removeIf([&](const ExternalUser &l) { return l.id == link.id; });
            if (m.userId == link.userId)
                m.externalUsers.append(link);
        }
        break;
    }
    case Kind::LinkDelete:
        for (Member &m : after.members) {
            m.externalUsers.removeIf(
                [&](const ExternalUser &l) { return l.id == operation.as<DeleteLink>()->id; });
        }
        break;
    }
    return after;
}

} // namespace sm::ops
