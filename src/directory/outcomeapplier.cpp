// SPDX-License-Identifier: MIT
#include "directory/outcomeapplier.h"

#include "directory/membersmodel.h"

#include <algorithm>

namespace sm::directory {

namespace {

using Kind = ops::Operation::Kind;

// `teamsAnswered`: the member's teams are the answer's, even when it has none (a role
// change replaces them); otherwise an answer without teams keeps those the table knows.
bool applyMember(MembersModel *model, const Member &member, bool teamsAnswered)
{
    const DirectoryMember *existing = model->memberById(member.id);
    if (!existing) {
        model->appendMembers({member});
        return true;
    }
    // A member's detail answer has teams but no links; a list answer has links but no
    // teams. Keep what the answer does not carry.
    DirectoryMember row = DirectoryMember::from(member);
    if (!teamsAnswered && member.teams.isEmpty() && member.teamRoles.isEmpty())
        row.teams = existing->teams;
    if (member.externalUsers.isEmpty())
        row.externalUsers = existing->externalUsers;
    if (row.name.isEmpty())
        row.name = existing->name;
    if (row.dateCreated.isEmpty())
        row.dateCreated = existing->dateCreated;
    if (row.inviterName.isEmpty())
        row.inviterName = existing->inviterName;
    row.has2fa = row.has2fa || (existing->has2fa && !member.pending);
    row.refreshSearchText();
    model->updateMember(row);
    return true;
}

bool applyLinks(MembersModel *model, const QString &linkId, const QString &userId,
                const ops::TargetState &after)
{
    bool changed = false;
    // A relinked account leaves its former owner's row.
    if (!linkId.isEmpty()) {
        for (const DirectoryMember &m : model->members()) {
            if (m.userId == userId)
                continue;
            auto has = [&](const ExternalUser &l) { return l.id == linkId; };
            if (std::none_of(m.externalUsers.cbegin(), m.externalUsers.cend(), has))
                continue;
            DirectoryMember updated = m;
            updated.externalUsers.removeIf(has);
            model->updateMember(updated);
            changed = true;
            break;
        }
    }
    for (const Member &owner : after.members) {
        if (owner.userId != userId)
            continue;
        for (const DirectoryMember &m : model->members()) {
            if (m.userId != userId)
                continue;
            DirectoryMember updated = m;
            updated.externalUsers = owner.externalUsers;
            updated.unconfirmed.clear();
            model->updateMember(updated);
            return true;
        }
    }
    return changed;
}

QString linkIdOf(const ops::Operation &operation)
{
    if (const auto *update = operation.as<ops::UpdateLink>())
        return update->link.id;
    if (const auto *remove = operation.as<ops::DeleteLink>())
        return remove->id;
    return {};
}

} // namespace

bool applyOutcome(MembersModel *model, const ops::Operation &operation,
                  const ops::RunOutcome &outcome)
{
    if (!outcome.changed() || !outcome.after.known)
        return false;
    const ops::TargetState &after = outcome.after;
    switch (operation.kind()) {
    case Kind::Invite:
        if (const Member *m = after.memberByEmail(operation.as<InviteMember>()->email)) {
            Member invited = *m;
            if (invited.teamRoles.isEmpty() && invited.teams.isEmpty())
                invited.teamRoles = operation.as<InviteMember>()->teamRoles;
            return applyMember(model, invited, false);
        }
        return false;
    case Kind::UpdateRoles:
    case Kind::ResendInvite:
        if (const Member *m = after.member(operation.memberId()))
            return applyMember(model, *m, operation.kind() == Kind::UpdateRoles);
        return false;
    case Kind::RemoveMember:
    case Kind::ScimDeprovision:
        if (!model->memberById(operation.memberId()))
            return false;
        model->removeMember(operation.memberId());
        return true;
    case Kind::ScimProvision:
        for (const ScimUser &user : after.scimUsers) {
            if (user.userName.compare(operation.as<ProvisionScimUser>()->userName,
                                      Qt::CaseInsensitive) != 0 ||
                model->memberById(user.id))
                continue;
            Member invited;
            invited.id = user.id;
            invited.email = user.userName;
            invited.orgRole = user.sentryOrgRole;
            invited.pending = true;
            invited.flags.insert(QStringLiteral("idp:provisioned"), true);
            model->appendMembers({invited});
            return true;
        }
        return false;
    case Kind::LinkCreate:
    case Kind::LinkUpdate:
    case Kind::LinkDelete:
        return applyLinks(model, linkIdOf(operation), operation.linkUserId(), after);
    }
    return false;
}

bool markUnconfirmed(MembersModel *model, const ops::Operation &operation, const QString &note)
{
    QString email;
    if (const auto *invite = operation.as<InviteMember>())
        email = invite->email;
    else if (const auto *provision = operation.as<ProvisionScimUser>())
        email = provision->userName;
    const QString memberId = operation.memberId();
    const QString userId = operation.linkUserId();
    QList<DirectoryMember> marked;
    for (const DirectoryMember &m : model->members()) {
        const bool concerned =
            (!memberId.isEmpty() && m.id == memberId) ||
            (!userId.isEmpty() && m.userId == userId) ||
            (!email.isEmpty() && m.email.compare(email, Qt::CaseInsensitive) == 0);
        if (concerned && m.unconfirmed != note) {
            marked.append(m);
            marked.last().unconfirmed = note;
        }
    }
    for (const DirectoryMember &m : std::as_const(marked))
        model->updateMember(m);
    return !marked.isEmpty();
}

} // namespace sm::directory
