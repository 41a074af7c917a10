// SPDX-License-Identifier: MIT
// Invite, read and update members through the api layer against the sandbox: success and
// each server rule, with Sentry's status and words.
#include "support/testsupport.h"

#include <QJsonArray>

using namespace sm;
using namespace sm::test;
using Kind = ApiError::Kind;

class TestMemberApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    Sandbox &sb() { return *m_sandbox; }

    sandbox::MemberRecord *
    firstMember(const std::function<bool(const sandbox::MemberRecord &)> &pred)
    {
        for (sandbox::MemberRecord &m : sb().org().members) {
            if (m.isApproved() && pred(m))
                return &m;
        }
        return found<sandbox::MemberRecord>(nullptr, "no such member in the demo organization");
    }
    sandbox::MemberRecord *memberWithRole(const QString &role, bool pending = false)
    {
        return firstMember([&](const sandbox::MemberRecord &m) {
            return m.role == role && m.isPending() == pending && m.id > 3;
        });
    }

    MemberResult invite(const QString &as, const QString &email, const QString &role,
                        QList<TeamRoleAssignment> teams = {})
    {
        auto client = sb().client(as);
        InviteMember invite;
        invite.email = email;
        invite.orgRole = role;
        invite.teamRoles = std::move(teams);
        return await<MemberResult>(client->inviteMember(invite));
    }

    MemberResult update(const QString &as, qint64 memberId, std::optional<QString> role,
                        QList<TeamRoleAssignment> teams)
    {
        auto client = sb().client(as);
        UpdateMemberRoles update;
        update.memberId = QString::number(memberId);
        update.orgRole = std::move(role);
        update.teamRoles = std::move(teams);
        return await<MemberResult>(client->updateMemberRoles(update));
    }

    MemberResult resend(const QString &as, qint64 memberId, bool regenerate = false)
    {
        auto client = sb().client(as);
        return await<MemberResult>(client->resendInvite({QString::number(memberId), regenerate}));
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(); }
    void cleanup() { m_sandbox.reset(); }

    // --- invite

    void invite_createsPendingMemberWithTeams()
    {
        int deliveries = 0;
        auto client = sb().client(QStringLiteral("owner"));
        InviteMember in;
        in.email = QStringLiteral("new.person@example.com");
        in.orgRole = QStringLiteral("manager");
        in.teamRoles = {{QStringLiteral("backend"), QStringLiteral("admin")}};
        const MemberResult result = await<MemberResult>(client->inviteMember(in), &deliveries);
        QCOMPARE(deliveries, 1);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.httpStatus, 201);
        QCOMPARE(result.value.email, QStringLiteral("new.person@example.com"));
        QCOMPARE(result.value.orgRole, QStringLiteral("manager"));
        QVERIFY(result.value.pending);
        QVERIFY(result.value.userId.isEmpty());
        QCOMPARE(result.value.inviterName, QStringLiteral("Ada Lovelace"));

        const sandbox::MemberRecord *stored = sb().memberByEmail(in.email);
        QVERIFY(stored);
        QCOMPARE(stored->role, QStringLiteral("manager"));
        QCOMPARE(stored->teams.size(), 1);
        QCOMPARE(stored->teams.at(0).teamSlug, QStringLiteral("backend"));
        QVERIFY2(stored->teams.at(0).role.isEmpty(), "Sentry does not apply team roles on invite");
    }

    void invite_invalidInputIsNotSent()
    {
        const qsizetype before = sb().requestCount();
        const MemberResult result = invite(QStringLiteral("owner"), QStringLiteral("not-an-email"),
                                           QStringLiteral("member"));
        QCOMPARE(result.error.kind, Kind::Validation);
        QCOMPARE(result.error.fieldErrors.value("email"),
                 QStringList{"Enter a valid email address."});
        QCOMPARE(sb().requestCount(), before);
    }

    void invite_existingMemberIsRejected()
    {
        const MemberResult result =
            invite(QStringLiteral("owner"), QStringLiteral("grace.hopper@example.com"),
                   QStringLiteral("member"));
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.kind, Kind::Validation);
        QCOMPARE(result.error.fieldErrors.value("email"),
                 QStringList{"The user grace.hopper@example.com is already a member"});
        QCOMPARE(result.error.message,
                 QStringLiteral("The user grace.hopper@example.com is already a member"));
    }

    void invite_pendingInviteIsAlreadyInvited()
    {
        const sandbox::MemberRecord *pending = memberWithRole(QStringLiteral("member"), true);
        const MemberResult result =
            invite(QStringLiteral("owner"), pending->email, QStringLiteral("member"));
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.fieldErrors.value("email"),
                 QStringList{
                     QStringLiteral("The user %1 has already been invited").arg(pending->email)});
    }

    // Sentry keeps an invitation's address as typed and matches it exactly.
    void invite_emailCaseIsKept()
    {
        const sandbox::MemberRecord *pending = memberWithRole(QStringLiteral("member"), true);
        const QString shouted = pending->email.toUpper();
        const MemberResult result =
            invite(QStringLiteral("owner"), shouted, QStringLiteral("member"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.email, shouted);
    }

    void invite_roleAboveCallerIsRefused()
    {
        const MemberResult result = invite(
            QStringLiteral("manager"), QStringLiteral("x@example.com"), QStringLiteral("owner"));
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.fieldErrors.value("orgRole"),
                 QStringList{"You do not have permission to set that org-level role"});
        QVERIFY(!sb().memberByEmail(QStringLiteral("x@example.com")));
    }

    void invite_managerMayInviteManager()
    {
        const MemberResult result = invite(
            QStringLiteral("manager"), QStringLiteral("m2@example.com"), QStringLiteral("manager"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
    }

    void invite_integrationTokenOnlyMembers()
    {
        MemberResult result = invite(QStringLiteral("integration"),
                                     QStringLiteral("i1@example.com"), QStringLiteral("manager"));
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(
            result.error.message,
            QStringLiteral("Integration tokens are restricted to inviting new members with the "
                           "member role only."));
        result = invite(QStringLiteral("integration"), QStringLiteral("i1@example.com"),
                        QStringLiteral("member"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.inviterName, QString());
    }

    void invite_memberMayInviteMembersOnly()
    {
        MemberResult result = invite(QStringLiteral("member"), QStringLiteral("q@example.com"),
                                     QStringLiteral("manager"));
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.fieldErrors.value("orgRole"),
                 QStringList{"You do not have permission to set that org-level role"});
        result = invite(QStringLiteral("member"), QStringLiteral("q@example.com"),
                        QStringLiteral("member"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
    }

    void invite_memberTeamsRestrictedWithoutOpenMembership()
    {
        sb().org().allowJoinLeave = false;
        const MemberResult result =
            invite(QStringLiteral("member"), QStringLiteral("q@example.com"),
                   QStringLiteral("member"), {{QStringLiteral("design"), QString()}});
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.message,
                 QStringLiteral("You cannot assign members to teams you are not a member of."));
    }

    void invite_memberInvitesDisabled()
    {
        sb().org().disableMemberInvite = true;
        const MemberResult result = invite(
            QStringLiteral("member"), QStringLiteral("q@example.com"), QStringLiteral("member"));
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.kind, Kind::Permission);
        QCOMPARE(result.error.message,
                 QStringLiteral("You do not have permission to perform this action."));
    }

    void invite_unknownTeam()
    {
        const MemberResult result =
            invite(QStringLiteral("owner"), QStringLiteral("t@example.com"),
                   QStringLiteral("member"), {{QStringLiteral("no-such-team"), QString()}});
        QCOMPARE(result.error.fieldErrors.value("teamRoles"), QStringList{"Invalid teams"});
    }

    void invite_billingCannotHaveTeams()
    {
        const MemberResult result =
            invite(QStringLiteral("owner"), QStringLiteral("b@example.com"),
                   QStringLiteral("billing"), {{QStringLiteral("backend"), QString()}});
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.fieldErrors.value("email"),
                 QStringList{"The user with a 'billing' role cannot have team-level permissions."});
        QVERIFY(invite(QStringLiteral("owner"), QStringLiteral("b@example.com"),
                       QStringLiteral("billing"))
                    .ok());
    }

    void invite_retiredAdminRole()
    {
        const MemberResult result = invite(QStringLiteral("owner"), QStringLiteral("a@example.com"),
                                           QStringLiteral("admin"));
        QCOMPARE(result.error.fieldErrors.value("orgRole"),
                 QStringList{"The role 'admin' is deprecated and may no longer be assigned."});
    }

    void invite_featureOff()
    {
        sb().org().features.remove(QStringLiteral("organizations:invite-members"));
        const MemberResult result = invite(QStringLiteral("owner"), QStringLiteral("f@example.com"),
                                           QStringLiteral("member"));
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.message,
                 QStringLiteral("Your organization is not allowed to invite members"));
    }

    void invite_replacesInviteRequest()
    {
        const auto request = std::find_if(sb().org().members.cbegin(), sb().org().members.cend(),
                                          [](const auto &m) { return !m.isApproved(); });
        QVERIFY(request != sb().org().members.cend());
        const QString email = request->email;
        const qint64 requestId = request->id;
        const MemberResult result =
            invite(QStringLiteral("owner"), email, QStringLiteral("member"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(!sb().org().member(requestId));
        QVERIFY(sb().memberByEmail(email)->isApproved());
    }

    void auth_badTokenAndUnknownOrg()
    {
        SentryClient client;
        ConnectionSettings settings = sb().connectionAs(QStringLiteral("owner"));
        settings.token = QStringLiteral("sntryu_wrong");
        client.setConnection(settings);
        MemberResult result = await<MemberResult>(client.me());
        QCOMPARE(result.httpStatus, 401);
        QCOMPARE(result.error.kind, Kind::Authentication);
        QCOMPARE(result.error.message, QStringLiteral("Invalid token"));

        settings = sb().connectionAs(QStringLiteral("owner"));
        settings.organization = QStringLiteral("elsewhere");
        client.setConnection(settings);
        result = await<MemberResult>(client.me());
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.error.kind, Kind::NotFound);
        QCOMPARE(result.error.message, QStringLiteral("The requested resource does not exist"));
    }

    // --- get

    void me_listsTheRolesTheCallerMayAssign()
    {
        auto client = sb().client(QStringLiteral("manager"));
        const MemberResult result = await<MemberResult>(client->me());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.orgRole, QStringLiteral("manager"));
        QStringList allowed;
        for (const RoleInfo &role : result.value.orgRoleList) {
            if (role.allowed)
                allowed.append(role.id);
        }
        QCOMPARE(allowed, (QStringList{"billing", "member", "admin", "manager"}));
        QStringList assignable;
        for (const RoleInfo &role : result.value.assignableOrgRoles())
            assignable.append(role.id);
        QCOMPARE(assignable, (QStringList{"billing", "member", "manager"}));
        QCOMPARE(result.value.teamRoleList.size(), 2);
        QVERIFY(!result.value.orgRoleList.first().desc.isEmpty());
    }

    void me_memberTokenMayAssignNothing()
    {
        auto client = sb().client(QStringLiteral("member"));
        const MemberResult result = await<MemberResult>(client->me());
        QVERIFY(result.ok());
        QVERIFY(result.value.assignableOrgRoles().isEmpty());
    }

    void get_byIdWithTeams()
    {
        const sandbox::MemberRecord *target =
            firstMember([](const auto &m) { return m.teams.size() > 1 && !m.isPending(); });
        auto client = sb().client(QStringLiteral("owner"));
        const MemberResult result =
            await<MemberResult>(client->getMember(QString::number(target->id)));
        QVERIFY(result.ok());
        QCOMPARE(result.value.id, QString::number(target->id));
        QCOMPARE(result.value.teamRoles.size(), target->teams.size());
        QCOMPARE(result.value.userId, QString::number(*target->userId));
    }

    void get_unknownAndNotApprovedAre404()
    {
        auto client = sb().client(QStringLiteral("owner"));
        MemberResult result = await<MemberResult>(client->getMember(QStringLiteral("999999")));
        QCOMPARE(result.httpStatus, 404);
        const auto request = std::find_if(sb().org().members.cbegin(), sb().org().members.cend(),
                                          [](const auto &m) { return !m.isApproved(); });
        result = await<MemberResult>(client->getMember(QString::number(request->id)));
        QCOMPARE(result.httpStatus, 404);
        const qsizetype before = sb().requestCount();
        result = await<MemberResult>(client->getMember(QStringLiteral("abc")));
        QCOMPARE(result.error.kind, Kind::Validation);
        QCOMPARE(sb().requestCount(), before);
    }

    // --- update

    void update_changesRoleAndReplacesTeams()
    {
        sandbox::MemberRecord *target = memberWithRole(QStringLiteral("member"));
        const qint64 id = target->id;
        const MemberResult result =
            update(QStringLiteral("owner"), id, QStringLiteral("manager"),
                   {{QStringLiteral("backend"), QStringLiteral("admin")},
                    {QStringLiteral("data"), QStringLiteral("contributor")}});
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.orgRole, QStringLiteral("manager"));
        const sandbox::MemberRecord *stored = sb().org().member(id);
        QCOMPARE(stored->role, QStringLiteral("manager"));
        QCOMPARE(stored->teams.size(), 2);
        // _change_org_role (organization_member_details.py) means to clear team roles the new
        // role makes redundant, but the list it updates stays empty: the roles sent are kept.
        QCOMPARE(stored->teams.at(0).role, QStringLiteral("admin"));
        QCOMPARE(stored->teams.at(1).role, QStringLiteral("contributor"));
        const QJsonObject sent = jsonBody(sb().lastRequest());
        QCOMPARE(sent.value("teamRoles").toArray().size(), 2);
    }

    void update_teamRolesOnlyKeepsOrgRole()
    {
        sandbox::MemberRecord *target = memberWithRole(QStringLiteral("member"));
        const qint64 id = target->id;
        const MemberResult result = update(QStringLiteral("manager"), id, std::nullopt,
                                           {{QStringLiteral("security"), QStringLiteral("admin")}});
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.teamRoles, (QList<TeamRoleAssignment>{{QStringLiteral("security"),
                                                                     QStringLiteral("admin")}}));
        QCOMPARE(sb().org().member(id)->role, QStringLiteral("member"));
        QVERIFY(!jsonBody(sb().lastRequest()).contains("orgRole"));
    }

    void update_managerCannotDemoteOwner()
    {
        const qint64 ownerId = 2; // Grace Hopper, the second owner
        const MemberResult result =
            update(QStringLiteral("manager"), ownerId, QStringLiteral("member"), {});
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.kind, Kind::Permission);
        QCOMPARE(result.error.message,
                 QStringLiteral("You do not have permission to assign a role to the given user."));
        QCOMPARE(result.error.fieldMessage("orgRole"), result.error.message);
        QCOMPARE(sb().org().member(ownerId)->role, QStringLiteral("owner"));
    }

    void update_managerCannotPromoteToOwner()
    {
        const qint64 id = memberWithRole(QStringLiteral("member"))->id;
        const MemberResult result =
            update(QStringLiteral("manager"), id, QStringLiteral("owner"), {});
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.fieldErrors.value("orgRole"),
                 QStringList{"You do not have permission to set that org-level role"});
        QCOMPARE(sb().org().member(id)->role, QStringLiteral("member"));
    }

    void update_ownRoleIsLocked()
    {
        const MemberResult result =
            update(QStringLiteral("owner"), 1, QStringLiteral("manager"), {});
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.message, QStringLiteral("You cannot make changes to your own role."));
    }

    void update_retiredRole()
    {
        const qint64 id = memberWithRole(QStringLiteral("member"))->id;
        const MemberResult result =
            update(QStringLiteral("owner"), id, QStringLiteral("admin"), {});
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.message,
                 QStringLiteral("The role 'admin' is deprecated and may no longer be assigned."));
    }

    void update_billingWithTeams()
    {
        const qint64 id = memberWithRole(QStringLiteral("member"))->id;
        MemberResult result = update(QStringLiteral("owner"), id, QStringLiteral("billing"),
                                     {{QStringLiteral("backend"), QString()}});
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(
            result.error.message,
            QStringLiteral("The user with a 'billing' role cannot have team-level permissions."));
        result = update(QStringLiteral("owner"), id, QStringLiteral("billing"), {});
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(sb().org().member(id)->teams.isEmpty());
    }

    void update_integrationTokenCannotSetOrgRole()
    {
        const qint64 id = memberWithRole(QStringLiteral("member"))->id;
        const QString current = sb().org().member(id)->role;
        MemberResult result = update(QStringLiteral("integration"), id, current, {});
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.fieldErrors.value("orgRole"),
                 QStringList{"You do not have permission to set that org-level role"});
        result = update(QStringLiteral("integration"), id, std::nullopt,
                        {{QStringLiteral("backend"), QString()}});
        QVERIFY2(result.ok(), qPrintable(result.error.message));
    }

    void update_memberTokenIsRefused()
    {
        const qint64 id = memberWithRole(QStringLiteral("member"))->id;
        const MemberResult result = update(QStringLiteral("member"), id, std::nullopt, {});
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.message,
                 QStringLiteral("You do not have permission to perform this action."));
    }

    void update_partnershipRestricted()
    {
        sandbox::MemberRecord *target = memberWithRole(QStringLiteral("member"));
        target->flags.insert(QStringLiteral("partnership:restricted"), true);
        const MemberResult result =
            update(QStringLiteral("owner"), target->id, QStringLiteral("manager"), {});
        QCOMPARE(result.httpStatus, 403);
        QVERIFY(result.error.message.startsWith(
            QLatin1String("This member is managed by an active partnership")));
    }

    void update_unknownMember()
    {
        const MemberResult result = update(QStringLiteral("owner"), 987654, std::nullopt, {});
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.error.message, QStringLiteral("The requested resource does not exist"));
    }

    // --- resend invite

    void resend_pendingInvite()
    {
        const sandbox::MemberRecord *pending =
            firstMember([](const auto &m) { return m.isPending() && !m.tokenExpired; });
        const MemberResult result = resend(QStringLiteral("owner"), pending->id);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(jsonBody(sb().lastRequest()), (QJsonObject{{"reinvite", true}}));
    }

    void resend_expiredNeedsRegenerate()
    {
        sandbox::MemberRecord *expired =
            firstMember([](const auto &m) { return m.isPending() && m.tokenExpired; });
        const qint64 id = expired->id;
        MemberResult result = resend(QStringLiteral("owner"), id);
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.message, QStringLiteral("You cannot resend an expired invitation "
                                                      "without regenerating the token."));
        result = resend(QStringLiteral("owner"), id, true);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(!result.value.expired);
        QVERIFY(!sb().org().member(id)->tokenExpired);
    }

    void resend_fullMember()
    {
        const sandbox::MemberRecord *linked = firstMember([](const auto &m) {
            return !m.isPending() && m.flags.value(QStringLiteral("sso:linked"));
        });
        const MemberResult result = resend(QStringLiteral("owner"), linked->id);
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.message,
                 QStringLiteral(
                     "You cannot send an invitation to a user who is already a full member."));
    }

    void resend_memberCannotResendOthersInvites()
    {
        const sandbox::MemberRecord *pending =
            firstMember([](const auto &m) { return m.isPending(); });
        const MemberResult result = resend(QStringLiteral("member"), pending->id);
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.message,
                 QStringLiteral("You cannot modify invitations sent by someone else."));
    }
};

QTEST_GUILESS_MAIN(TestMemberApi)
#include "tst_memberapi.moc"
