// SPDX-License-Identifier: MIT
// The sandbox's rules for what the member directory reads and does: removing members,
// a team's members, the teams and integrations lists, SCIM deprovisioning, external-user
// deletion, and the rules Sentry's current server changed (see the notes on its API).
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace sm;
using namespace sm::test;

class TestSandboxDirectory : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    const sandbox::MemberRecord *
    find(const std::function<bool(const sandbox::MemberRecord &)> &pred)
    {
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.isApproved() && pred(m))
                return &m;
        }
        QTest::qFail("the demo organization has no such member", __FILE__, __LINE__);
        return nullptr;
    }
    qint64 memberIdOf(const QString &tokenLabel)
    {
        for (const sandbox::TokenRecord &t : m_sandbox->org().tokens) {
            if (t.label == tokenLabel && t.userId)
                return m_sandbox->org().memberByUser(*t.userId)->id;
        }
        return 0;
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(120); }
    void cleanup() { m_sandbox.reset(); }

    void deleteMember_removesAndAnswers204()
    {
        const qint64 id = find([](const sandbox::MemberRecord &m) {
                              return m.role == QLatin1String("member") && !m.isPending() &&
                                     !m.flags.value(QStringLiteral("idp:provisioned"));
                          })->id;
        const sandbox::Response response =
            m_sandbox->call("DELETE", QStringLiteral("members/%1/").arg(id));
        QCOMPARE(response.status, 204);
        QVERIFY(response.body.isEmpty());
        QVERIFY(!m_sandbox->org().member(id));
        QCOMPARE(m_sandbox->call("GET", QStringLiteral("members/%1/").arg(id)).status, 404);
    }

    void deleteMember_refusals()
    {
        const qint64 owner = memberIdOf(QStringLiteral("owner"));
        const qint64 otherOwner =
            find([&](const sandbox::MemberRecord &m) {
                return m.role == QLatin1String("owner") && m.id != owner && !m.isPending();
            })->id;
        // A manager cannot remove an owner.
        sandbox::Response response = m_sandbox->call(
            "DELETE", QStringLiteral("members/%1/").arg(otherOwner), {}, QStringLiteral("manager"));
        QCOMPARE(response.status, 400);
        QCOMPARE(detailOf(response),
                 QStringLiteral("You cannot remove a member who has more access than you."));
        // A member cannot remove anyone else.
        response = m_sandbox->call("DELETE", QStringLiteral("members/%1/").arg(otherOwner), {},
                                   QStringLiteral("member"));
        QCOMPARE(response.status, 400);
        QCOMPARE(detailOf(response), QStringLiteral("You are missing the member:admin scope."));
        // Identity-provider members are removed through SCIM.
        const qint64 provisioned = find([](const sandbox::MemberRecord &m) {
                                       return m.flags.value(QStringLiteral("idp:provisioned"));
                                   })->id;
        response = m_sandbox->call("DELETE", QStringLiteral("members/%1/").arg(provisioned));
        QCOMPARE(response.status, 403);
        QCOMPARE(detailOf(response), QStringLiteral("This user is managed through your "
                                                    "organization's identity provider."));
        // The last member with org:write (owner or manager) cannot be removed: with the other
        // owner and every manager gone, the owner is that member (organization_member_details.py
        // delete(), is_only_member_with_org_write; test_cannot_delete_only_owner).
        QCOMPARE(m_sandbox->call("DELETE", QStringLiteral("members/%1/").arg(otherOwner)).status,
                 204);
        m_sandbox->org().members.removeIf([](const sandbox::MemberRecord &m) {
            return m.role == QLatin1String("manager") && !m.isPending();
        });
        response = m_sandbox->call("DELETE", QStringLiteral("members/me/"));
        QCOMPARE(response.status, 403);
        QCOMPARE(detailOf(response), QStringLiteral("You cannot remove the only remaining owner "
                                                    "or manager of the organization."));
        QVERIFY(m_sandbox->org().member(owner));
    }

    void teamMembers_carryTeamRoleAndSlug()
    {
        const sandbox::TeamRecord team = m_sandbox->org().teams.first();
        int expected = 0;
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            for (const sandbox::TeamMembership &t : m.teams)
                expected += m.isApproved() && t.teamSlug == team.slug ? 1 : 0;
        }
        QVERIFY(expected > 0);
        const sandbox::Response response =
            m_sandbox->call("GET", QStringLiteral("/api/0/teams/demo/%1/members/").arg(team.slug),
                            {}, QStringLiteral("member"), QStringLiteral("per_page=100"));
        QCOMPARE(response.status, 200);
        const QJsonArray rows = arrayOf(response);
        QCOMPARE(rows.size(), qMin(expected, 100));
        for (const QJsonValue &row : rows) {
            QCOMPARE(row.toObject().value("teamSlug").toString(), team.slug);
            QVERIFY(row.toObject().contains("teamRole"));
            QVERIFY(row.toObject().contains("orgRole"));
        }
        QCOMPARE(m_sandbox->call("GET", QStringLiteral("/api/0/teams/demo/no-such-team/members/"))
                     .status,
                 404);
        // Only reachable under /api/0/teams/.
        QCOMPARE(m_sandbox->call("GET", QStringLiteral("team-members/%1/").arg(team.slug)).status,
                 404);
    }

    // Sentry's order (invitations by email, then joined members), kept by the index across
    // a change of someone's teams.
    void teamMembers_inSentrysOrderAfterAChange()
    {
        const QString slug = m_sandbox->org().teams.first().slug;
        const auto listed = [&] {
            QStringList ids;
            for (QString cursor = QStringLiteral("100:0:0");;) {
                const sandbox::Response page = m_sandbox->call(
                    "GET", QStringLiteral("/api/0/teams/demo/%1/members/").arg(slug), {},
                    QStringLiteral("owner"), QStringLiteral("cursor=") + cursor);
                if (page.status != 200 || arrayOf(page).isEmpty())
                    return ids;
                for (const QJsonValue &row : arrayOf(page))
                    ids.append(row.toObject().value("id").toString());
                cursor = QStringLiteral("100:%1:0").arg(cursor.section(':', 1, 1).toInt() + 1);
            }
        };
        const auto expected = [&] {
            QList<const sandbox::MemberRecord *> rows;
            for (qsizetype at : m_sandbox->org().approvedMembersById()) {
                const sandbox::MemberRecord &m = m_sandbox->org().members.at(at);
                if (std::any_of(m.teams.cbegin(), m.teams.cend(),
                                [&](const auto &t) { return t.teamSlug == slug; }))
                    rows.append(&m);
            }
            std::stable_sort(rows.begin(), rows.end(), [](auto *a, auto *b) {
                if (a->isPending() != b->isPending())
                    return a->isPending();
                return a->isPending() && a->email < b->email;
            });
            QStringList ids;
            for (const sandbox::MemberRecord *m : rows)
                ids.append(QString::number(m->id));
            return ids;
        };
        QCOMPARE(listed(), expected());
        const sandbox::MemberRecord *outsider = find([&](const sandbox::MemberRecord &m) {
            return !m.isPending() && m.role == QLatin1String("member") &&
                   std::none_of(m.teams.cbegin(), m.teams.cend(),
                                [&](const auto &t) { return t.teamSlug == slug; });
        });
        QVERIFY(outsider);
        const qint64 id = outsider->id;
        const QByteArray body =
            QStringLiteral(R"({"teamRoles":[{"teamSlug":"%1","role":"admin"}]})")
                .arg(slug)
                .toUtf8();
        QCOMPARE(m_sandbox->call("PUT", QStringLiteral("members/%1/").arg(id), body).status, 200);
        const QStringList after = listed();
        QVERIFY(after.contains(QString::number(id)));
        QCOMPARE(after, expected());
    }

    void teams_detailedCarriesProjectsAndExternalTeams()
    {
        QJsonObject first =
            arrayOf(m_sandbox->call("GET", QStringLiteral("teams/"))).first().toObject();
        QVERIFY(first.value("projects").isArray());
        QVERIFY(first.value("externalTeams").isArray());
        QVERIFY(first.contains("memberCount"));
        first = arrayOf(m_sandbox->call("GET", QStringLiteral("teams/"), {},
                                        QStringLiteral("owner"), QStringLiteral("detailed=0")))
                    .first()
                    .toObject();
        QVERIFY(!first.contains("projects"));
        QVERIFY(!first.contains("externalTeams"));
    }

    void integrations_providerKeyIgnoresCaseAndListIsByName()
    {
        for (const QString &query :
             {QStringLiteral("providerKey=GitHub"), QStringLiteral("provider_key=github")}) {
            const QJsonArray rows = arrayOf(m_sandbox->call("GET", QStringLiteral("integrations/"),
                                                            {}, QStringLiteral("owner"), query));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first()["provider"]["key"].toString(), QStringLiteral("github"));
        }
        const QJsonArray all = arrayOf(m_sandbox->call("GET", QStringLiteral("integrations/")));
        QVERIFY(all.size() > 1);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1)["name"].toString() <= all.at(i)["name"].toString());
    }

    void scim_countZeroIsTheDefaultPage()
    {
        const QJsonObject page =
            QJsonDocument::fromJson(m_sandbox
                                        ->call("GET", QStringLiteral("scim/v2/Users"), {},
                                               QStringLiteral("owner"), QStringLiteral("count=0"))
                                        .body)
                .object();
        QCOMPARE(page.value("itemsPerPage").toInt(), 100);
        QCOMPARE(page.value("Resources").toArray().size(), 100);
    }

    void scim_errorsCarryStatus()
    {
        const sandbox::Response response =
            m_sandbox->call("GET", QStringLiteral("scim/v2/Users/99999999"));
        QCOMPARE(response.status, 404);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value("status").toString(), QStringLiteral("404"));
        QCOMPARE(body.value("schemas").toArray().first().toString(),
                 QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
    }

    void scim_patchActiveFalseDeletesTheMember()
    {
        const qint64 id = find([](const sandbox::MemberRecord &m) {
                              return m.flags.value(QStringLiteral("idp:provisioned"));
                          })->id;
        QCOMPARE(m_sandbox->call("GET", QStringLiteral("scim/v2/Users/%1").arg(id)).status, 200);
        sandbox::Response response =
            m_sandbox->call("PATCH", QStringLiteral("scim/v2/Users/%1").arg(id),
                            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],)"
                            R"("Operations":[{"op":"add","path":"active","value":false}]})");
        QCOMPARE(response.status, 400);
        QCOMPARE(QJsonDocument::fromJson(response.body)["detail"].toString(),
                 QStringLiteral("Invalid Patch Operation."));
        QVERIFY(m_sandbox->org().member(id));
        response =
            m_sandbox->call("PATCH", QStringLiteral("scim/v2/Users/%1").arg(id),
                            R"({"Operations":[{"op":"Replace","value":{"active":"false"}}]})");
        QCOMPARE(response.status, 204);
        QVERIFY(!m_sandbox->org().member(id));
    }

    void scim_deleteNeedsMemberAdmin()
    {
        const qint64 id = find([](const sandbox::MemberRecord &m) {
                              return m.flags.value(QStringLiteral("idp:provisioned"));
                          })->id;
        QCOMPARE(m_sandbox
                     ->call("DELETE", QStringLiteral("scim/v2/Users/%1").arg(id), {},
                            QStringLiteral("member"))
                     .status,
                 403);
        QCOMPARE(m_sandbox->call("DELETE", QStringLiteral("scim/v2/Users/%1").arg(id)).status, 204);
        QVERIFY(!m_sandbox->org().member(id));
    }

    void externalUsers_uniquePerUser()
    {
        const sandbox::ExternalUserRecord existing = m_sandbox->org().externalUsers.first();
        const qint64 otherUser = *find([&](const sandbox::MemberRecord &m) {
                                      return m.userId && *m.userId != existing.userId;
                                  })->userId;
        const QByteArray body = QStringLiteral(R"({"user_id":%1,"external_name":"%2",)"
                                               R"("provider":"%3","integration_id":%4})")
                                    .arg(otherUser)
                                    .arg(existing.externalName, existing.provider)
                                    .arg(existing.integrationId)
                                    .toUtf8();
        sandbox::Response response =
            m_sandbox->call("POST", QStringLiteral("external-users/"), body);
        QCOMPARE(response.status, 201); // another user may use the same name
        response = m_sandbox->call("POST", QStringLiteral("external-users/"), body);
        QCOMPARE(response.status, 200); // get-or-create: the same link again
    }

    void externalUsers_updateAnswerHasNoUserId()
    {
        const sandbox::ExternalUserRecord existing = m_sandbox->org().externalUsers.first();
        const sandbox::Response response =
            m_sandbox->call("PUT", QStringLiteral("external-users/%1/").arg(existing.id),
                            R"({"external_name":"@renamed-handle"})");
        QCOMPARE(response.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value("externalName").toString(), QStringLiteral("@renamed-handle"));
        QVERIFY(!body.contains("userId"));
    }

    void externalUsers_delete()
    {
        const qint64 id = m_sandbox->org().externalUsers.first().id;
        QCOMPARE(m_sandbox
                     ->call("DELETE", QStringLiteral("external-users/%1/").arg(id), {},
                            QStringLiteral("member"))
                     .status,
                 403);
        QCOMPARE(m_sandbox->call("DELETE", QStringLiteral("external-users/%1/").arg(id)).status,
                 204);
        const sandbox::Response again =
            m_sandbox->call("DELETE", QStringLiteral("external-users/%1/").arg(id));
        QCOMPARE(again.status, 404);
        QCOMPARE(detailOf(again), QStringLiteral("Not found."));
    }

    // Current servers take an omitted role from an integration token as the member role.
    void integrationInvite_withoutRoleIsMember()
    {
        const sandbox::Response response = m_sandbox->call(
            "POST", QStringLiteral("members/"), R"({"email":"robot-invite@example.com"})",
            QStringLiteral("integration"));
        QCOMPARE(response.status, 201);
        QCOMPARE(QJsonDocument::fromJson(response.body)["orgRole"].toString(),
                 QStringLiteral("member"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDirectory)
#include "tst_sandboxdirectory.moc"
