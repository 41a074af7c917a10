// SPDX-License-Identifier: MIT
// Members: list, invite, get, update, delete (index.py and details.py of
// src/sentry/api/endpoints/organization_member/) and a team's members
// (src/sentry/core/endpoints/team_members.py).
#include "sandbox/memberrules.h"
#include "sandbox/roles.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/serialize.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace sm::sandbox {

namespace {

// Splits Sentry's search syntax: `key:value key:"quoted value" free text`.
QMap<QString, QStringList> tokenizeQuery(const QString &query)
{
    QMap<QString, QStringList> tokens;
    QStringList freeText;
    static const QRegularExpression token(QStringLiteral(R"((\S+?):(\"[^\"]*\"|\S+)|(\S+))"));
    auto it = token.globalMatch(query);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(3).isEmpty()) {
            QString value = m.captured(2);
            if (value.startsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            tokens[m.captured(1)] += value.split(QLatin1Char(','));
        } else {
            freeText.append(m.captured(3));
        }
    }
    if (!freeText.isEmpty())
        tokens[QStringLiteral("query")] = {freeText.join(QLatin1Char(' '))};
    return tokens;
}

} // namespace

Response SandboxApi::listMembers(const Requester &, const Request &request)
{
    const auto tokens =
        tokenizeQuery(request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded));
    const bool expandExternal = request.query.allQueryItemValues(QStringLiteral("expand"))
                                    .contains(QStringLiteral("externalUsers"));

    auto matches = [&](const MemberRecord *m) {
        bool keep = true;
        for (auto it = tokens.cbegin(); it != tokens.cend() && keep; ++it) {
            const QString &key = it.key();
            const QStringList &values = it.value();
            const bool wantsTrue = values.contains(QStringLiteral("true"));
            if (key == QLatin1String("email")) {
                keep = std::any_of(values.cbegin(), values.cend(), [&](const QString &email) {
                    return m_org.memberHasEmail(*m, email);
                });
            } else if (key == QLatin1String("id")) {
                keep = values.contains(QString::number(m->id));
            } else if (key == QLatin1String("user.id")) {
                keep = m->userId && values.contains(QString::number(*m->userId));
            } else if (key == QLatin1String("role")) {
                keep = values.contains(m->role);
            } else if (key == QLatin1String("scope")) {
                const QStringList roleScopes = orgRole(m->role)->scopes;
                keep = std::any_of(values.cbegin(), values.cend(),
                                   [&](const QString &s) { return roleScopes.contains(s); });
            } else if (key == QLatin1String("isInvited")) {
                keep = m->isPending() == wantsTrue;
            } else if (key == QLatin1String("ssoLinked")) {
                keep = m->flags.value(QStringLiteral("sso:linked")) == wantsTrue;
            } else if (key == QLatin1String("has2fa")) {
                const UserRecord *u = m->userId ? m_org.user(*m->userId) : nullptr;
                keep = u && u->has2fa == wantsTrue;
            } else if (key == QLatin1String("hasExternalUsers")) {
                const bool linked = m->userId && m_org.hasExternalUsers(*m->userId);
                keep = linked == wantsTrue;
            } else if (key == QLatin1String("query")) {
                const QString text = values.join(QLatin1Char(' '));
                const UserRecord *u = m->userId ? m_org.user(*m->userId) : nullptr;
                keep = m->email.contains(text, Qt::CaseInsensitive) ||
                       (u && (u->name.contains(text, Qt::CaseInsensitive) ||
                              u->email.contains(text, Qt::CaseInsensitive)));
            } else {
                keep = false; // unknown keys match nothing
            }
        }
        return keep;
    };

    // Rows are found in id order and serialized only for the page asked for: without a
    // query a page costs its own rows; with one, the scan stops once the page is full.
    const QList<qsizetype> &order = m_org.approvedMembersById();
    return paginate(request, [&](qsizetype from, qsizetype to) {
        QJsonArray rows;
        if (tokens.isEmpty()) {
            for (qsizetype i = from; i < to && i < order.size(); ++i)
                rows.append(
                    serialize::member(m_org, m_org.members.at(order.at(i)), expandExternal));
            return rows;
        }
        qsizetype found = 0;
        for (qsizetype i = 0; i < order.size() && found < to; ++i) {
            const MemberRecord &m = m_org.members.at(order.at(i));
            if (!matches(&m))
                continue;
            if (found >= from)
                rows.append(serialize::member(m_org, m, expandExternal));
            ++found;
        }
        return rows;
    });
}

Response SandboxApi::inviteMember(const Requester &caller, const Request &request)
{
    Response failure;
    const auto data = parseBody(request, &failure);
    if (!data)
        return failure;

    const QJsonValue orgRoleValue = data->value(QLatin1String("orgRole"));
    const QString assigned = !orgRoleValue.toString().isEmpty()
                                 ? orgRoleValue.toString()
                                 : data->value(QLatin1String("role")).toString();
    const bool billingBypass =
        assigned == QLatin1String("billing") && m_org.hasFeature("organizations:invite-billing");
    if (!billingBypass && !m_org.hasFeature("organizations:invite-members")) {
        return Response::json(403, QJsonObject{{QStringLiteral("organization"),
                                                QStringLiteral("Your organization is not allowed "
                                                               "to invite members")}});
    }

    QStringList allowed = allowedOrgRoles(caller, true);
    if (allowed.isEmpty() && caller.isIntegration()) {
        // Current servers take an omitted role as the member role here.
        if (!assigned.isEmpty() && assigned != QLatin1String("member")) {
            return Response::json(
                400, QJsonArray{QStringLiteral("Integration tokens are restricted to inviting new "
                                               "members with the member role only.")});
        }
        allowed = {QStringLiteral("member")};
    }

    MemberRequest input;
    MemberRequestContext context;
    context.org = &m_org;
    context.allowedRoles = allowed;
    context.allowExistingInviteRequest = true;
    context.allowRetiredRoles = !m_org.hasFeature("organizations:team-roles");
    const QJsonObject errors = validateMemberRequest(*data, context, input);
    if (!errors.isEmpty())
        return Response::json(400, errors);

    // The invitation limits count every request that passed the serializer, also those
    // refused below for their teams (organization_member_index.py, post()).
    if (invitationOverLimit(caller, input.email))
        return Response::detail(
            429, QStringLiteral("You are being rate limited for too many invitations."));

    const bool isMember = !caller.hasScope(QStringLiteral("member:admin")) &&
                          caller.hasScope(QStringLiteral("member:invite"));
    const bool restrictTeams = !m_org.allowJoinLeave && !m_org.disableMemberInvite;
    if (isMember && restrictTeams && !input.teamRoles.isEmpty()) {
        const MemberRecord *me = caller.memberId ? m_org.member(*caller.memberId) : nullptr;
        for (const TeamMembership &wanted : input.teamRoles) {
            const bool mine = me && std::any_of(me->teams.cbegin(), me->teams.cend(),
                                                [&](const TeamMembership &t) {
                                                    return t.teamSlug == wanted.teamSlug;
                                                });
            if (!mine) {
                return Response::detail(
                    400,
                    QStringLiteral("You cannot assign members to teams you are not a member of."));
            }
        }
    }

    const QString effectiveRole = assigned.isEmpty() ? m_org.defaultRole : assigned;
    if ((!input.teamRoles.isEmpty() || !input.teams.isEmpty()) &&
        !orgRole(effectiveRole)->isTeamRolesAllowed) {
        return Response::json(
            400, QJsonObject{{QStringLiteral("email"),
                              QStringLiteral("The user with a '%1' role cannot have team-level "
                                             "permissions.")
                                  .arg(effectiveRole)}});
    }

    // Invite requests for the same address are replaced by the invitation.
    const qsizetype replaced = m_org.members.removeIf([&](const MemberRecord &m) {
        return !m.isApproved() && m.email.compare(input.email, Qt::CaseInsensitive) == 0;
    });

    MemberRecord member;
    member.id = m_org.allocateId();
    member.email = input.email;
    member.role = input.orgRole; // current servers create the member with orgRole
    member.inviterUserId = caller.userId;
    member.dateCreated = now().toString(Qt::ISODateWithMs);
    // Team roles are not applied on invite: teams are stored with no role.
    const QList<TeamMembership> requested =
        !input.teamRoles.isEmpty() ? input.teamRoles : QList<TeamMembership>();
    for (const TeamMembership &t : requested)
        member.teams.append({t.teamSlug, QString(), m_org.nextMembershipId++});
    for (const QString &slug : input.teams)
        member.teams.append({slug, QString(), m_org.nextMembershipId++});
    m_org.members.append(member);
    if (replaced > 0)
        m_org.markChanged(); // the members after a replaced request moved
    else
        m_org.markMemberAppended();
    audit(caller, QStringLiteral("member.invite"), member.id, std::nullopt, auditData(member));
    return Response::json(201, serialize::member(m_org, member, false));
}

Response SandboxApi::getMember(const Requester &caller, const Request &, const QString &memberId)
{
    const MemberRecord *member = findMember(caller, memberId);
    if (!member)
        return Response::detail(404, QStringLiteral("The requested resource does not exist"));
    // Sentry computes the allowed roles from the requested member's role.
    return Response::json(
        200, serialize::memberWithRoles(m_org, *member, allowedOrgRoles(caller, false, member),
                                        caller.hasScope(QStringLiteral("member:admin"))));
}

Response SandboxApi::updateMember(const Requester &caller, const Request &request,
                                  const QString &memberId)
{
    // organization_member_details.py, put().
    MemberRecord *member = findMember(caller, memberId);
    if (!member)
        return Response::detail(404, QStringLiteral("The requested resource does not exist"));
    Response failure;
    const auto data = parseBody(request, &failure);
    if (!data)
        return failure;

    const QStringList allowed = allowedOrgRoles(caller, false);
    MemberRequest input;
    MemberRequestContext context;
    context.org = &m_org;
    context.allowedRoles = allowed;
    context.partial = true;
    const QJsonObject errors = validateMemberRequest(*data, context, input);
    if (!errors.isEmpty())
        return Response::json(400, errors);

    if (member->flags.value(QStringLiteral("partnership:restricted"))) {
        return Response::detail(403,
                                QStringLiteral("This member is managed by an active partnership "
                                               "and cannot be modified until the end of the "
                                               "partnership."));
    }

    const bool isMember = !caller.hasScope(QStringLiteral("member:admin")) &&
                          caller.hasScope(QStringLiteral("member:invite"));
    const QSet<QString> reinviteKeys{QStringLiteral("reinvite"), QStringLiteral("regenerate")};
    QSet<QString> otherFields = input.present;
    const bool reinviteOnly = otherFields.subtract(reinviteKeys).isEmpty();
    if (isMember) {
        if (m_org.disableMemberInvite || !member->isPending() || !reinviteOnly)
            return Response::permissionDenied();
        if (member->inviterUserId != caller.userId || !caller.userId)
            return Response::detail(
                403, QStringLiteral("You cannot modify invitations sent by someone else."));
    }

    if (input.reinvite)
        return reinviteMember(caller, *member, input, allowed, reinviteOnly);

    const QString assigned = !input.orgRole.isEmpty() ? input.orgRole : input.role;
    const bool hasTeamRoles = input.present.contains(QStringLiteral("teamRoles"));
    const bool hasTeams = !hasTeamRoles && input.present.contains(QStringLiteral("teams"));
    QList<TeamMembership> target;
    if (hasTeamRoles) {
        const bool teamRolesOn = m_org.hasFeature("organizations:team-roles");
        for (const TeamMembership &t : input.teamRoles)
            target.append({t.teamSlug, teamRolesOn ? t.role : QString()});
    } else if (hasTeams) {
        for (const QString &slug : input.teams)
            target.append({slug, QString()});
    }
    if (!target.isEmpty() || (!hasTeamRoles && !hasTeams && !member->teams.isEmpty())) {
        const QString newRole = assigned.isEmpty() ? member->role : assigned;
        if (!orgRole(newRole)->isTeamRolesAllowed) {
            return Response::detail(400, QStringLiteral("The user with a '%1' role cannot have "
                                                        "team-level permissions.")
                                             .arg(newRole));
        }
    }
    // save_team_assignments replaces the whole list (a PUT without teams clears them), with
    // an audit entry per team joined or left, before any check of the organization role:
    // a role change refused below has already changed the teams.
    saveTeamAssignments(caller, *member, target);

    if (!assigned.isEmpty() && assigned != member->role) {
        if (!allowed.contains(assigned)) {
            return Response::json(403, QJsonObject{{QStringLiteral("role"),
                                                    QStringLiteral("You do not have permission to "
                                                                   "assign the given role.")}});
        }
        if (!allowed.contains(member->role)) {
            return Response::json(403, QJsonObject{{QStringLiteral("role"),
                                                    QStringLiteral("You do not have permission to "
                                                                   "assign a role to the given "
                                                                   "user.")}});
        }
        if (member->userId && member->userId == caller.userId)
            return Response::detail(400,
                                    QStringLiteral("You cannot make changes to your own role."));
        if (m_org.hasFeature("organizations:team-roles") && orgRole(assigned)->isRetired) {
            return Response::detail(400, QStringLiteral("The role '%1' is deprecated and may no "
                                                        "longer be assigned.")
                                             .arg(assigned));
        }
        // _change_org_role means to clear team roles the new role makes redundant, but the
        // list it updates stays empty: the team roles are kept as they are.
        member->role = assigned;
    }
    audit(caller, QStringLiteral("member.edit"), member->id, member->userId, auditData(*member));
    return Response::json(
        200, serialize::memberWithRoles(m_org, *member, allowed,
                                        caller.hasScope(QStringLiteral("member:admin"))));
}

Response SandboxApi::reinviteMember(const Requester &caller, MemberRecord &member,
                                    const MemberRequest &input, const QStringList &allowed,
                                    bool reinviteOnly)
{
    if (!reinviteOnly) {
        return Response::detail(403, QStringLiteral("You cannot modify member details when "
                                                    "resending an invitation. Separate "
                                                    "requests are required."));
    }
    if (member.isPending()) {
        // Every resend of a pending invitation counts, before the regenerate and expiry
        // checks: one refused as expired has used quota too.
        if (invitationOverLimit(caller, member.email))
            return Response::detail(
                429, QStringLiteral("You are being rate limited for too many invitations."));
        if (input.regenerate) {
            if (!caller.hasScope(QStringLiteral("member:admin")))
                return Response::detail(400,
                                        QStringLiteral("You are missing the member:admin scope."));
            member.tokenExpired = false;
        }
        if (member.tokenExpired) {
            return Response::detail(400, QStringLiteral("You cannot resend an expired "
                                                        "invitation without regenerating "
                                                        "the token."));
        }
    } else if (m_org.authProvider.isEmpty() || member.flags.value(QStringLiteral("sso:linked"))) {
        return Response::detail(400, QStringLiteral("You cannot send an invitation to a user "
                                                    "who is already a full member."));
    }
    audit(caller, QStringLiteral("member.reinvite"), member.id, member.userId, auditData(member));
    return Response::json(
        200, serialize::memberWithRoles(m_org, member, allowed,
                                        caller.hasScope(QStringLiteral("member:admin"))));
}

void SandboxApi::saveTeamAssignments(const Requester &caller, MemberRecord &member,
                                     QList<TeamMembership> target)
{
    const UserRecord *user = member.userId ? m_org.user(*member.userId) : nullptr;
    const QString email = user ? user->email : member.email;
    auto teamEntry = [&](const char *event, const TeamMembership &t) {
        audit(caller, QLatin1String(event), t.id, member.userId,
              QJsonObject{{QStringLiteral("email"), email},
                          {QStringLiteral("team_slug"), t.teamSlug}});
    };
    for (TeamMembership &wanted : target) {
        const auto kept =
            std::find_if(member.teams.cbegin(), member.teams.cend(),
                         [&](const TeamMembership &t) { return t.teamSlug == wanted.teamSlug; });
        if (kept != member.teams.cend()) {
            wanted.id = kept->id;
        } else {
            wanted.id = m_org.nextMembershipId++;
            teamEntry("member.join-team", wanted);
        }
    }
    for (const TeamMembership &had : std::as_const(member.teams)) {
        const bool stays =
            std::any_of(target.cbegin(), target.cend(),
                        [&](const TeamMembership &t) { return t.teamSlug == had.teamSlug; });
        if (!stays)
            teamEntry("member.leave-team", had);
    }
    member.teams = target;
}

Response SandboxApi::deleteMember(const Requester &caller, const Request &, const QString &memberId)
{
    // organization_member_details.py, delete().
    MemberRecord *member = findMember(caller, memberId);
    if (!member)
        return Response::detail(404, QStringLiteral("The requested resource does not exist"));
    const QString moreAccess =
        QStringLiteral("You cannot remove a member who has more access than you.");
    // The acting member: an integration token acts as its proxy user, which is no member of
    // the organization, so Sentry refuses it like any outsider.
    const MemberRecord *acting = caller.memberId ? m_org.member(*caller.memberId) : nullptr;
    if (!acting)
        return Response::detail(400, moreAccess);
    if (acting->id != member->id) {
        if (!caller.hasScope(QStringLiteral("member:admin"))) {
            const bool mayDeleteOwnInvites =
                !m_org.disableMemberInvite && caller.hasScope(QStringLiteral("member:invite"));
            if (!mayDeleteOwnInvites || !member->isPending())
                return Response::detail(400,
                                        QStringLiteral("You are missing the member:admin scope."));
            if (member->inviterUserId != caller.userId)
                return Response::detail(
                    400, QStringLiteral("You cannot modify invitations sent by someone else."));
            // _handle_deletion_by_member: no further checks.
            return removeAndAudit(caller, *member);
        }
        if (!canManage(acting->role, member->role))
            return Response::detail(400, moreAccess);
    }
    if (m_org.isOnlyMemberWithOrgWrite(*member))
        return Response::detail(403, QStringLiteral("You cannot remove the only remaining owner "
                                                    "or manager of the organization."));
    if (member->flags.value(QStringLiteral("idp:provisioned")))
        return Response::detail(403, QStringLiteral("This user is managed through your "
                                                    "organization's identity provider."));
    if (member->flags.value(QStringLiteral("partnership:restricted"))) {
        return Response::detail(403,
                                QStringLiteral("This member is managed by an active partnership "
                                               "and cannot be modified until the end of the "
                                               "partnership."));
    }
    return removeAndAudit(caller, *member);
}

Response SandboxApi::removeAndAudit(const Requester &caller, const MemberRecord &member)
{
    const QJsonObject data = auditData(member);
    const qint64 id = member.id;
    const std::optional<qint64> userId = member.userId;
    removeMember(id);
    audit(caller, QStringLiteral("member.remove"), id, userId, data);
    return Response::empty(204);
}

Response SandboxApi::listTeamMembers(const Requester &, const Request &request,
                                     const QString &teamSlug)
{
    const TeamRecord *team = m_org.team(teamSlug);
    if (!team)
        return Response::detail(404, QStringLiteral("The requested resource does not exist"));
    // Indexed: a page costs its own rows, whatever the team's or the organization's size.
    const QList<qsizetype> rows = m_org.teamMembersInListOrder(team->slug);
    return paginate(request, [&](qsizetype from, qsizetype to) {
        QJsonArray page;
        for (qsizetype i = from; i < to && i < rows.size(); ++i) {
            const MemberRecord &member = m_org.members.at(rows.at(i));
            QString role;
            for (const TeamMembership &t : member.teams) {
                if (t.teamSlug == team->slug)
                    role = t.role;
            }
            QJsonObject json = serialize::member(m_org, member, false);
            json.insert(QStringLiteral("teamRole"),
                        role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(role));
            json.insert(QStringLiteral("teamSlug"), team->slug);
            page.append(json);
        }
        return page;
    });
}

} // namespace sm::sandbox
