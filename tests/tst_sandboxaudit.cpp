// SPDX-License-Identifier: MIT
// The audit log as Sentry keeps and serves it (notes 10): the rows the member endpoints
// write (src/sentry/core/endpoints/organization_member_*.py, scim/members.py; event names in
// src/sentry/audit_log/register.py), and GET organizations/{org}/audit-logs/
// (organization_auditlogs.py, test_organization_auditlogs.py): org:write, the event and
// actor filters, newest first, DateTimePaginator cursors.
#include "support/testsupport.h"

#include "api/linkheader.h"

using namespace sm;
using namespace sm::test;

class TestSandboxAudit : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    const QDateTime m_noon = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

    QJsonArray rows(const QString &query = {}, const QString &as = QStringLiteral("owner"))
    {
        const sandbox::Response response =
            m_sandbox->call("GET", QStringLiteral("audit-logs/"), {}, as, query);
        [&] { QCOMPARE(response.status, 200); }();
        return objectOf(response).value("rows").toArray();
    }
    QStringList events(const QString &query = {})
    {
        QStringList names;
        for (const QJsonValue &row : rows(query))
            names.append(row["event"].toString());
        return names;
    }
    qint64 userOf(const QString &label)
    {
        return *found(m_sandbox->memberOfToken(label), "a token's member")->userId;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>(60);
        m_sandbox->api().inviteLimits().setEnabled(false);
    }
    void cleanup() { m_sandbox.reset(); }

    void memberEndpoints_writeSentrysRows()
    {
        QCOMPARE(events(), QStringList());
        // Invite (with a team), edit (team change and role), reinvite, remove.
        QCOMPARE(
            m_sandbox
                ->call(
                    "POST", QStringLiteral("members/"),
                    R"({"email":"audit.ada@example.com","orgRole":"member","teamRoles":[{"teamSlug":"mobile","role":null}]})")
                .status,
            201);
        const qint64 invited =
            m_sandbox->memberByEmail(QStringLiteral("audit.ada@example.com"))->id;
        QCOMPARE(
            m_sandbox
                ->call("PUT", QStringLiteral("members/%1/").arg(invited),
                       R"({"orgRole":"manager","teamRoles":[{"teamSlug":"data","role":null}]})")
                .status,
            200);
        QCOMPARE(
            m_sandbox
                ->call("PUT", QStringLiteral("members/%1/").arg(invited), R"({"reinvite":true})")
                .status,
            200);
        QCOMPARE(m_sandbox->call("DELETE", QStringLiteral("members/%1/").arg(invited)).status, 204);
        // SCIM: provisioning is an invitation, deprovisioning a removal.
        QCOMPARE(m_sandbox
                     ->call("POST", QStringLiteral("scim/v2/Users"),
                            R"({"userName":"audit.scim@example.com"})")
                     .status,
                 201);
        const qint64 scim = m_sandbox->memberByEmail(QStringLiteral("audit.scim@example.com"))->id;
        QCOMPARE(m_sandbox->call("DELETE", QStringLiteral("scim/v2/Users/%1").arg(scim)).status,
                 204);
        // External users write nothing.
        const qsizetype before = m_sandbox->org().auditLog.size();
        QCOMPARE(
            m_sandbox
                ->call(
                    "POST", QStringLiteral("external-users/"),
                    R"({"user_id":1000,"external_name":"@audit-ada","provider":"github","integration_id":301})")
                .status,
            201);
        QCOMPARE(m_sandbox->org().auditLog.size(), before);

        // Newest first.
        QCOMPARE(events(), (QStringList{"member.remove", "member.invite", "member.remove",
                                        "member.reinvite", "member.edit", "member.leave-team",
                                        "member.join-team", "member.invite"}));
        const QJsonArray all = rows();
        const QJsonObject invite = all.last().toObject();
        QCOMPARE(invite["note"].toString(), QStringLiteral("invited member audit.ada@example.com"));
        QCOMPARE(invite["targetObject"].toInteger(), invited);
        QVERIFY(invite["targetUser"].isNull());
        QCOMPARE(invite["actor"]["id"].toString(),
                 QString::number(userOf(QStringLiteral("owner"))));
        QCOMPARE(invite["ipAddress"].toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!invite["id"].toString().isEmpty());
        const QJsonObject data = invite["data"].toObject();
        QCOMPARE(data["email"].toString(), QStringLiteral("audit.ada@example.com"));
        QCOMPARE(data["role"].toString(), QStringLiteral("member"));
        QCOMPARE(data["teams_slugs"].toArray(), QJsonArray{QStringLiteral("mobile")});
        QCOMPARE(data["invite_status"].toString(), QStringLiteral("approved"));
        // member.edit renders "teams: N/A" (the renderer reads a key the data does not have).
        const QJsonObject edit = all.at(4).toObject();
        QCOMPARE(edit["note"].toString(),
                 QStringLiteral("edited member audit.ada@example.com (role: manager, teams: N/A)"));
        QCOMPARE(edit["data"]["teams_slugs"].toArray(), QJsonArray{QStringLiteral("data")});
        // Team rows point at the membership, not the member.
        const QJsonObject joined = all.at(6).toObject();
        QCOMPARE(joined["data"]["team_slug"].toString(), QStringLiteral("data"));
        QCOMPARE(joined["note"].toString(),
                 QStringLiteral("added audit.ada@example.com to team data"));
        QVERIFY(joined["targetObject"].toInteger() != invited);
        QCOMPARE(all.at(5)["note"].toString(),
                 QStringLiteral("removed audit.ada@example.com from team mobile"));
        QCOMPARE(all.first()["note"].toString(),
                 QStringLiteral("removed member audit.scim@example.com"));
    }

    void filters_eventAndActor()
    {
        QCOMPARE(
            m_sandbox
                ->call("POST", QStringLiteral("members/"), R"({"email":"by.owner@example.com"})")
                .status,
            201);
        QCOMPARE(m_sandbox
                     ->call("POST", QStringLiteral("members/"),
                            R"({"email":"by.manager@example.com"})", QStringLiteral("manager"))
                     .status,
                 201);
        QCOMPARE(m_sandbox
                     ->call("POST", QStringLiteral("members/"), R"({"email":"by.bot@example.com"})",
                            QStringLiteral("integration"))
                     .status,
                 201);
        QCOMPARE(events(QStringLiteral("event=member.invite")).size(), 3);
        QCOMPARE(events(QStringLiteral("event=member.remove")).size(), 0);
        QCOMPARE(events(QStringLiteral("event=no.such-event")).size(), 0); // [], not 400
        const QJsonArray byManager =
            rows(QStringLiteral("actor=%1").arg(userOf(QStringLiteral("manager"))));
        QCOMPARE(byManager.size(), 1);
        QCOMPARE(byManager.first()["data"]["email"].toString(),
                 QStringLiteral("by.manager@example.com"));
        // An integration is shown by name.
        const QJsonArray all = rows();
        const QJsonObject byName{{QStringLiteral("name"), QStringLiteral("Demo Automation")}};
        QCOMPARE(all.first()["actor"].toObject(), byName);

        sandbox::Response bad =
            m_sandbox->call("GET", QStringLiteral("audit-logs/"), {}, QStringLiteral("owner"),
                            QStringLiteral("actor=someone"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body, QByteArray(R"({"actor":["A valid integer is required."]})"));
        bad = m_sandbox->call("GET", QStringLiteral("audit-logs/"), {}, QStringLiteral("owner"),
                              QStringLiteral("actor=2147483648"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(
            bad.body,
            QByteArray(R"({"actor":["Ensure this value is less than or equal to 2147483647."]})"));
        QCOMPARE(objectOf(m_sandbox->call("GET", QStringLiteral("audit-logs/")))
                     .value("options")
                     .toArray()
                     .contains(QStringLiteral("member.reinvite")),
                 true);
    }

    // OrganizationAuditPermission: GET needs org:write (owner, manager), not member.
    void readingNeedsOrgWrite()
    {
        QCOMPARE(
            m_sandbox->call("GET", QStringLiteral("audit-logs/"), {}, QStringLiteral("manager"))
                .status,
            200);
        const sandbox::Response member =
            m_sandbox->call("GET", QStringLiteral("audit-logs/"), {}, QStringLiteral("member"));
        QCOMPARE(member.status, 403);
        QCOMPARE(detailOf(member),
                 QStringLiteral("You do not have permission to perform this action."));
    }

    // DateTimePaginator: the next cursor starts at the first row not shown, past the rows of
    // the same millisecond already shown; following it reads every row once, newest first,
    // whether rows share their time or not.
    void pagination_readsEveryRowOnce_data()
    {
        QTest::addColumn<int>("sameTime"); // rows written per millisecond
        QTest::newRow("each its own millisecond") << 1;
        QTest::newRow("seven per millisecond") << 7;
        QTest::newRow("all at once") << 1000;
    }
    void pagination_readsEveryRowOnce()
    {
        QFETCH(int, sameTime);
        constexpr int total = 230;
        for (int i = 0; i < total; ++i) {
            m_sandbox->api().stopClock(m_noon.addMSecs(i / sameTime));
            QCOMPARE(
                m_sandbox
                    ->call("POST", QStringLiteral("members/"),
                           QStringLiteral(R"({"email":"page.%1@example.com"})").arg(i).toUtf8())
                    .status,
                201);
        }
        QStringList seen;
        QString cursor;
        int pages = 0;
        for (;;) {
            const QString query =
                QStringLiteral("per_page=100") +
                (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor);
            const sandbox::Response page = m_sandbox->call("GET", QStringLiteral("audit-logs/"), {},
                                                           QStringLiteral("owner"), query);
            QCOMPARE(page.status, 200);
            ++pages;
            for (const QJsonValue &row : objectOf(page).value("rows").toArray())
                seen.append(row["data"]["email"].toString());
            const QList<LinkEntry> links = parseLinkHeader(headerOf(page, "Link"));
            QCOMPARE(links.size(), 2);
            QCOMPARE(links.at(0).rel, QStringLiteral("previous"));
            QCOMPARE(links.at(0).results, pages > 1);
            QCOMPARE(links.at(1).rel, QStringLiteral("next"));
            if (!links.at(1).results)
                break;
            cursor = links.at(1).cursor;
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+:\\d+:0$")).match(cursor).hasMatch(),
                     qPrintable(cursor));
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(seen.at(i), QStringLiteral("page.%1@example.com").arg(total - 1 - i));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAudit)
#include "tst_sandboxaudit.moc"
