// SPDX-License-Identifier: MIT
// Rules of Sentry's current member, SCIM and organization endpoints that the sandbox must
// answer as Sentry does (notes on Sentry's API, revision 2026-12-02), each checked on the
// sandbox directly with the Sentry source and test it follows.
#include "support/testsupport.h"

using namespace sm;
using namespace sm::test;

class TestSandboxMembers : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    const sandbox::MemberRecord *pendingInvitation()
    {
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.isApproved() && m.isPending() && !m.tokenExpired &&
                !m.flags.value(QStringLiteral("idp:provisioned")))
                return &m;
        }
        return found<sandbox::MemberRecord>(nullptr, "the demo has no pending invitation");
    }
    // A joined member with the member role, on at least one team, as the sandbox holds it.
    sandbox::MemberRecord *plainMemberOnATeam()
    {
        for (sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.isApproved() && !m.isPending() && m.role == QLatin1String("member") &&
                !m.teams.isEmpty() && !m.flags.value(QStringLiteral("idp:provisioned")) &&
                !m.flags.value(QStringLiteral("partnership:restricted")))
                return &m;
        }
        return found<sandbox::MemberRecord>(nullptr, "the demo has no member on a team");
    }
    QStringList teamsOf(qint64 memberId)
    {
        QStringList slugs;
        for (const sandbox::TeamMembership &t : m_sandbox->org().member(memberId)->teams)
            slugs.append(t.teamSlug);
        slugs.sort();
        return slugs;
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(120); }
    void cleanup() { m_sandbox.reset(); }

    // organization_member_details.py delete(): the acting member is looked up for any
    // authenticated user, and an integration's proxy user is none, so even an invitation is
    // "more access than you" (ERR_INSUFFICIENT_ROLE).
    void delete_byIntegrationToken_isMoreAccess()
    {
        const qint64 id = pendingInvitation()->id;
        const sandbox::Response response = m_sandbox->call(
            "DELETE", QStringLiteral("members/%1/").arg(id), {}, QStringLiteral("integration"));
        QCOMPARE(response.status, 400);
        QCOMPARE(detailOf(response),
                 QStringLiteral("You cannot remove a member who has more access than you."));
        QVERIFY(m_sandbox->org().member(id));
    }

    // organization_member_index.py post(): an invitation replaces the invite requests for its
    // address. The members after a replaced request move up in the sandbox's list, and each of
    // them is still found by id.
    void invitation_replacesRequests_everyMemberStillFound()
    {
        sandbox::Organization &org = m_sandbox->org();
        sandbox::MemberRecord request;
        request.id = org.allocateId();
        request.email = QStringLiteral("asked@example.com");
        request.role = QStringLiteral("member");
        request.inviteStatus = QStringLiteral("requested_to_be_invited");
        org.members.prepend(request);
        org.markChanged();
        const auto approved =
            std::find_if(org.members.crbegin(), org.members.crend(),
                         [](const sandbox::MemberRecord &m) { return m.isApproved(); });
        QVERIFY(approved != org.members.crend());
        const qint64 last = approved->id;
        QCOMPARE(org.member(last)->id, last); // indexed with the request in front

        const sandbox::Response invited =
            m_sandbox->call("POST", QStringLiteral("members/"),
                            R"({"email":"asked@example.com","orgRole":"member"})");
        QCOMPARE(invited.status, 201);
        QVERIFY(!org.member(request.id));
        const qint64 invitation =
            objectOf(invited).value(QStringLiteral("id")).toString().toLongLong();
        QCOMPARE(org.member(invitation)->email, QStringLiteral("asked@example.com"));
        QCOMPARE(std::count_if(org.members.cbegin(), org.members.cend(),
                               [](const sandbox::MemberRecord &m) {
                                   return m.email == QLatin1String("asked@example.com");
                               }),
                 1);
        QCOMPARE(org.member(last)->id, last);
        QCOMPARE(m_sandbox->call("GET", QStringLiteral("members/%1/").arg(last)).status, 200);
    }

    // Invitations join the member lists in place (no rebuild of 10,000 members each time);
    // the lists and counts read exactly as if rebuilt from scratch.
    void invitations_listedAsIfRebuilt()
    {
        sandbox::Organization &org = m_sandbox->org();
        QVERIFY(org.teams.size() >= 2);
        const QString first = org.teams.at(0).slug, second = org.teams.at(1).slug;
        const QList<QPair<QString, QString>> invitations{
            {QStringLiteral("zz-last@example.com"), first},
            {QStringLiteral("aa-first@example.com"), first},
            {QStringLiteral("mm-middle@example.com"), second},
            {QStringLiteral("no-team@example.com"), QString()}};
        QList<sandbox::Request> requests;
        for (const auto &[email, team] : invitations) {
            const QString teams =
                team.isEmpty() ? QStringLiteral("[]") : QStringLiteral("[\"%1\"]").arg(team);
            requests.append(
                m_sandbox->request("POST", QStringLiteral("members/"),
                                   QStringLiteral(R"({"email":"%1","orgRole":"member","teams":%2})")
                                       .arg(email, teams)
                                       .toUtf8()));
        }
        // Built first: the test's own accessors mark the organization changed.
        QVERIFY(!org.approvedMembersById().isEmpty()); // built before the invitations
        for (const sandbox::Request &request : std::as_const(requests))
            QCOMPARE(m_sandbox->api().handle(request).status, 201);

        sandbox::Organization rebuilt = org;
        rebuilt.markChanged();
        QCOMPARE(org.approvedMembersById(), rebuilt.approvedMembersById());
        for (const sandbox::TeamRecord &team : org.teams) {
            QCOMPARE(org.teamMembersInListOrder(team.slug),
                     rebuilt.teamMembersInListOrder(team.slug));
            QCOMPARE(org.teamMemberCount(team.slug), rebuilt.teamMemberCount(team.slug));
        }
        const QList<qsizetype> listed = org.teamMembersInListOrder(first);
        QVERIFY(std::any_of(listed.cbegin(), listed.cend(), [&](qsizetype at) {
            return org.members.at(at).email == QLatin1String("aa-first@example.com");
        }));
    }

    // OrganizationMemberWithRolesSerializer: a caller who may see users' details (member:admin)
    // gets "user": {} for an invitation, others null; the list keeps null
    // (test_organization_member_details.py reads response.data["user"] for joined members).
    void invitationDetail_userIsAnEmptyObjectForAdmins()
    {
        const qint64 id = pendingInvitation()->id;
        const QJsonObject asOwner =
            objectOf(m_sandbox->call("GET", QStringLiteral("members/%1/").arg(id)));
        QVERIFY(asOwner.value("user").isObject());
        QVERIFY(asOwner.value("user").toObject().isEmpty());
        QVERIFY(asOwner.value("pending").toBool());
        const QJsonObject asMember = objectOf(m_sandbox->call(
            "GET", QStringLiteral("members/%1/").arg(id), {}, QStringLiteral("member")));
        QVERIFY(asMember.value("user").isNull());
        // A joined member's user is the full user either way.
        const qint64 joined = plainMemberOnATeam()->id;
        const QJsonObject user =
            objectOf(m_sandbox->call("GET", QStringLiteral("members/%1/").arg(joined)))
                .value("user")
                .toObject();
        QVERIFY(!user.value("id").toString().isEmpty());
        QVERIFY(user.contains("avatarUrl"));
    }

    // scim/members.py get(): filter=userName eq "x" is email__iexact (or a user with that
    // address), so the case of the filter does not matter (test_scim_user_index.py).
    void scimFilter_ignoresCase()
    {
        for (const char *typed : {"ada.lovelace@example.com", "ADA.Lovelace@Example.COM"}) {
            const QJsonObject page = objectOf(m_sandbox->call(
                "GET", QStringLiteral("scim/v2/Users"), {}, QStringLiteral("owner"),
                QStringLiteral("filter=userName%20eq%20%22%1%22").arg(QLatin1String(typed))));
            QCOMPARE(page.value("totalResults").toInt(), 1);
            QCOMPARE(page.value("Resources").toArray().at(0)["userName"].toString(),
                     QStringLiteral("ada.lovelace@example.com"));
        }
        // An invitation's address too.
        const sandbox::MemberRecord *invited = pendingInvitation();
        const QJsonObject page = objectOf(m_sandbox->call(
            "GET", QStringLiteral("scim/v2/Users"), {}, QStringLiteral("owner"),
            QStringLiteral("filter=userName%20eq%20%22%1%22").arg(invited->email.toUpper())));
        QCOMPARE(page.value("totalResults").toInt(), 1);
    }

    // SCIMPatchRequestSerializer (Operations max_length=100); patch() raises
    // SCIMApiError(detail=json.dumps(serializer.errors)) with sentry.utils.json, whose
    // encoder is compact (separators "," and ":").
    void scimPatch_over100Operations_isCompactSerializerError()
    {
        const qint64 id = pendingInvitation()->id;
        QByteArray operations;
        for (int i = 0; i < 101; ++i)
            operations +=
                QByteArray(i ? "," : "") + R"({"op":"replace","path":"active","value":false})";
        const sandbox::Response response = m_sandbox->call(
            "PATCH", QStringLiteral("scim/v2/Users/%1").arg(id),
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[)" +
                operations + "]}");
        QCOMPARE(response.status, 400);
        QCOMPARE(detailOf(response),
                 QStringLiteral(
                     R"({"Operations":["Ensure this field has no more than 100 elements."]})"));
        QCOMPARE(objectOf(response).value("schemas").toArray().at(0).toString(),
                 QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
        QVERIFY(m_sandbox->org().member(id)); // nothing was deleted
    }

    // OrganizationSCIMMemberDetails.convert_args turns ResourceDoesNotExist into
    // SCIMApiError(status_code=404, detail="The requested resource does not exist").
    void scimGet_removedUser_isScim404()
    {
        const qint64 id = pendingInvitation()->id;
        QCOMPARE(m_sandbox->call("DELETE", QStringLiteral("scim/v2/Users/%1").arg(id)).status, 204);
        for (const QByteArray method : {"GET", "DELETE", "PATCH"}) {
            const sandbox::Response response = m_sandbox->call(
                method, QStringLiteral("scim/v2/Users/%1").arg(id),
                method == "PATCH" ? QByteArray(R"({"Operations":[]})") : QByteArray());
            QCOMPARE(response.status, 404);
            const QJsonObject body = objectOf(response);
            QCOMPARE(body.value("detail").toString(),
                     QStringLiteral("The requested resource does not exist"));
            QCOMPARE(body.value("schemas").toArray().at(0).toString(),
                     QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
            QCOMPARE(body.value("status").toString(), QStringLiteral("404"));
        }
    }

    // scim/members.py post(): only "is already a member" becomes 409; the serializer's
    // "has already been invited" for an invitation falls through as a 400 whose detail is the
    // JSON of the serializer errors.
    void scimProvision_pendingAddressIs400_memberIs409()
    {
        const QString invited = pendingInvitation()->email;
        sandbox::Response response = m_sandbox->call(
            "POST", QStringLiteral("scim/v2/Users"),
            QStringLiteral(R"({"userName":"%1","sentryOrgRole":"member"})").arg(invited).toUtf8());
        QCOMPARE(response.status, 400);
        QCOMPARE(
            detailOf(response),
            QStringLiteral(R"({"email":["The user %1 has already been invited"]})").arg(invited));
        response =
            m_sandbox->call("POST", QStringLiteral("scim/v2/Users"),
                            R"({"userName":"ada.lovelace@example.com","sentryOrgRole":"member"})");
        QCOMPARE(response.status, 409);
        QCOMPARE(detailOf(response), QStringLiteral("User already exists in the database."));
    }

    // Members DELETE says "owner or manager" (ERR_ONLY_OWNER_OR_MANAGER, getsentry/sentry#98364;
    // test_cannot_delete_only_owner_or_manager: an organization whose only member is a
    // manager); SCIM keeps ERR_ONLY_OWNER ("only remaining owner").
    void onlyOwnerOrManager_wordingPerEndpoint()
    {
        sandbox::MemberRecord *manager = found(m_sandbox->memberOfToken(QStringLiteral("manager")),
                                               "the manager token's member");
        const qint64 managerId = manager->id;
        // Leave the manager as the only member with org:write.
        for (sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.id != managerId &&
                (m.role == QLatin1String("owner") || m.role == QLatin1String("manager")))
                m.role = QStringLiteral("member");
        }
        const sandbox::Response response =
            m_sandbox->call("DELETE", QStringLiteral("members/me/"), {}, QStringLiteral("manager"));
        QCOMPARE(response.status, 403);
        QCOMPARE(detailOf(response), QStringLiteral("You cannot remove the only remaining owner "
                                                    "or manager of the organization."));
        QVERIFY(m_sandbox->org().member(managerId));

        // SCIM's only-owner check (is_only_owner) with its older words.
        sandbox::MemberRecord *owner =
            found(m_sandbox->memberOfToken(QStringLiteral("owner")), "the owner token's member");
        owner->role = QStringLiteral("owner");
        const sandbox::Response scim =
            m_sandbox->call("DELETE", QStringLiteral("scim/v2/Users/%1").arg(owner->id));
        QCOMPARE(scim.status, 403);
        QCOMPARE(detailOf(scim),
                 QStringLiteral("You cannot remove the only remaining owner of the organization."));
    }

    // organization_member_details.py put(): save_team_assignments runs after the team-level
    // check and before every org-role check, so a refused role change has replaced the teams.
    void refusedRoleChange_hasAlreadyReplacedTheTeams_data()
    {
        QTest::addColumn<QString>("as");
        QTest::addColumn<QString>("target"); // "owner" (a superior), "self"
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("demote a superior")
            << QStringLiteral("manager") << QStringLiteral("owner") << QStringLiteral("member")
            << 403
            << QStringLiteral("You do not have permission to assign a role to the given user.");
        QTest::newRow("own role") << QStringLiteral("manager") << QStringLiteral("self")
                                  << QStringLiteral("member") << 400
                                  << QStringLiteral("You cannot make changes to your own role.");
        QTest::newRow("retired role")
            << QStringLiteral("owner") << QStringLiteral("member") << QStringLiteral("admin") << 400
            << QStringLiteral("The role 'admin' is deprecated and may no longer be assigned.");
    }
    void refusedRoleChange_hasAlreadyReplacedTheTeams()
    {
        QFETCH(QString, as);
        QFETCH(QString, target);
        QFETCH(QString, role);
        QFETCH(int, status);
        QFETCH(QString, message);
        const sandbox::MemberRecord *member =
            target == QLatin1String("self")    ? m_sandbox->memberOfToken(as)
            : target == QLatin1String("owner") ? m_sandbox->memberOfToken(QStringLiteral("owner"))
                                               : plainMemberOnATeam();
        QVERIFY(member);
        const qint64 id = member->id;
        const QString oldRole = member->role;
        const bool wasOnMobile = std::any_of(
            member->teams.cbegin(), member->teams.cend(),
            [](const sandbox::TeamMembership &t) { return t.teamSlug == QLatin1String("mobile"); });
        const qsizetype auditBefore = m_sandbox->org().auditLog.size();
        const sandbox::Response response = m_sandbox->call(
            "PUT", QStringLiteral("members/%1/").arg(id),
            QStringLiteral(R"({"orgRole":"%1","teamRoles":[{"teamSlug":"mobile","role":null}]})")
                .arg(role)
                .toUtf8(),
            as);
        QCOMPARE(response.status, status);
        const QJsonObject body = objectOf(response);
        QCOMPARE(body.contains("role") ? body.value("role").toString() : detailOf(response),
                 message);
        QCOMPARE(m_sandbox->org().member(id)->role, oldRole);
        QCOMPARE(teamsOf(id), QStringList{QStringLiteral("mobile")});
        // The team changes were audited; the role change (member.edit) was not.
        bool joined = false;
        for (qsizetype i = auditBefore; i < m_sandbox->org().auditLog.size(); ++i) {
            const sandbox::AuditEntry &entry = m_sandbox->org().auditLog.at(i);
            QVERIFY(entry.event != QLatin1String("member.edit"));
            joined =
                joined || (entry.event == QLatin1String("member.join-team") &&
                           entry.data.value("team_slug").toString() == QLatin1String("mobile"));
        }
        QCOMPARE(joined, !wasOnMobile);
    }

    // A role refused by the serializer (allowed roles) changes nothing at all.
    void serializerRefusal_changesNothing()
    {
        sandbox::MemberRecord *member = plainMemberOnATeam();
        const qint64 id = member->id;
        const QStringList before = teamsOf(id);
        const sandbox::Response response = m_sandbox->call(
            "PUT", QStringLiteral("members/%1/").arg(id),
            R"({"orgRole":"owner","teamRoles":[{"teamSlug":"mobile","role":null}]})",
            QStringLiteral("manager"));
        QCOMPARE(response.status, 400);
        QCOMPARE(objectOf(response).value("orgRole").toArray().at(0).toString(),
                 QStringLiteral("You do not have permission to set that org-level role"));
        QCOMPARE(teamsOf(id), before);
    }

    // put(): a caller with member:invite only may send nothing but a reinvite of an
    // invitation it sent (test_member_can_only_reinvite).
    void memberCaller_canOnlyReinvite()
    {
        sandbox::MemberRecord *me =
            found(m_sandbox->memberOfToken(QStringLiteral("member")), "the member token's member");
        sandbox::MemberRecord *invite = const_cast<sandbox::MemberRecord *>(pendingInvitation());
        invite->inviterUserId = me->userId;
        const sandbox::Response response =
            m_sandbox->call("PUT", QStringLiteral("members/%1/").arg(invite->id),
                            R"({"teams":["mobile"]})", QStringLiteral("member"));
        QCOMPARE(response.status, 403);
        QCOMPARE(detailOf(response),
                 QStringLiteral("You do not have permission to perform this action."));
    }

    // organization_details.py with the detailed serializer (test_organization_details.py
    // test_simple, test_include_feature_flag_query_param): links, the caller's role and
    // effective scopes, role lists, features only on request, teams unless detailed=0.
    void organizationDetails_asSentrySerializesThem()
    {
        const QJsonObject owner = objectOf(m_sandbox->call("GET", QString()));
        QCOMPARE(owner.value("role").toString(), QStringLiteral("owner"));
        QCOMPARE(owner.value("orgRole").toString(), QStringLiteral("owner"));
        const QJsonArray access = owner.value("access").toArray();
        QVERIFY(access.contains(QStringLiteral("member:admin")));
        QVERIFY(access.contains(QStringLiteral("org:write")));
        QStringList sorted;
        for (const QJsonValue &scope : access)
            sorted.append(scope.toString());
        QVERIFY(std::is_sorted(sorted.cbegin(), sorted.cend()));
        const QJsonObject links = owner.value("links").toObject();
        QCOMPARE(links.value("organizationUrl").toString(), m_sandbox->server().url().toString());
        QCOMPARE(links.value("regionUrl").toString(), m_sandbox->server().url().toString());
        QVERIFY(!owner.contains("features"));
        QCOMPARE(owner.value("teams").toArray().size(), m_sandbox->org().teams.size());
        QVERIFY(owner.value("orgRoleList").toArray().size() >= 4);

        const QJsonObject flagged =
            objectOf(m_sandbox->call("GET", QString(), {}, QStringLiteral("owner"),
                                     QStringLiteral("include_feature_flags=1")));
        QVERIFY(flagged.value("features").toArray().contains(QStringLiteral("team-roles")));
        QVERIFY(!objectOf(m_sandbox->call("GET", QString(), {}, QStringLiteral("owner"),
                                          QStringLiteral("detailed=0")))
                     .contains("teams"));

        const QJsonObject member =
            objectOf(m_sandbox->call("GET", QString(), {}, QStringLiteral("member")));
        QCOMPARE(member.value("role").toString(), QStringLiteral("member"));
        QVERIFY(!member.value("access").toArray().contains(QStringLiteral("member:admin")));
        const QJsonObject integration =
            objectOf(m_sandbox->call("GET", QString(), {}, QStringLiteral("integration")));
        QVERIFY(integration.value("role").isNull());
        QVERIFY(integration.value("access").toArray().contains(QStringLiteral("member:admin")));
    }

    // Endpoint.permission_denied: a token lacking every scope of the endpoint's scope_map
    // gets RFC 6750's challenge; a role-based refusal does not
    // (test_permissions.py InsufficientScopeResponseTest).
    void tokenScopeRefusal_namesTheScopes()
    {
        auto narrowMemberToken = [&](const QStringList &scopes) {
            for (sandbox::TokenRecord &t : m_sandbox->org().tokens) {
                if (t.label == QLatin1String("member"))
                    t.scopes = scopes;
            }
        };
        narrowMemberToken({QStringLiteral("member:read")});
        const sandbox::Response invite =
            m_sandbox->call("POST", QStringLiteral("members/"), R"({"email":"x@example.com"})",
                            QStringLiteral("member"));
        QCOMPARE(invite.status, 403);
        QCOMPARE(
            headerOf(invite, "WWW-Authenticate"),
            QByteArray(
                R"(Bearer error="insufficient_scope", scope="member:admin member:invite member:write")"));
        // The token has org:write, the member role behind it does not: no challenge.
        narrowMemberToken({QStringLiteral("member:read"), QStringLiteral("org:write")});
        const sandbox::Response audit =
            m_sandbox->call("GET", QStringLiteral("audit-logs/"), {}, QStringLiteral("member"));
        QCOMPARE(audit.status, 403);
        QVERIFY(headerOf(audit, "WWW-Authenticate").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxMembers)
#include "tst_sandboxmembers.moc"
