// SPDX-License-Identifier: MIT
// Bulk files and their preview, without a network: every kind's template read back, version
// lines and headers checked, every row class found where it should be, and Sentry's daily
// invitation limits spread over the days.
#include "bulk/bulkfile.h"
#include "bulk/preview.h"

#include <QTest>

using namespace sm;
using namespace sm::bulk;

namespace {

RoleInfo role(const char *id, bool allowed, bool retired = false)
{
    RoleInfo info;
    info.id = QString::fromLatin1(id);
    info.name = info.id;
    info.allowed = allowed;
    info.isRetired = retired;
    if (info.id == QLatin1String("owner") || info.id == QLatin1String("manager"))
        info.scopes = {QStringLiteral("member:admin"), QStringLiteral("org:write")};
    return info;
}

Member member(const char *id, const char *email, const char *orgRole, bool joined = true)
{
    Member m;
    m.id = QString::fromLatin1(id);
    m.email = QString::fromLatin1(email);
    m.name = m.email;
    m.orgRole = QString::fromLatin1(orgRole);
    m.pending = !joined;
    if (joined)
        m.userId = QString::number(1000 + m.id.toInt());
    return m;
}

// A manager of an organization with team roles: may give member and manager, not owner.
Snapshot organization()
{
    Snapshot org;
    org.me = member("1", "me@example.com", "manager");
    org.me.orgRoleList = {role("member", true), role("admin", true, true), role("manager", true),
                          role("owner", false)};
    org.me.teamRoleList = {role("contributor", true), role("admin", true)};
    Member ada = member("2", "ada@example.com", "member");
    ada.teams = {QStringLiteral("backend")};
    ada.teamRoles = {{QStringLiteral("backend"), QString()}};
    ada.externalUsers = {{QStringLiteral("9"), ada.userId, QStringLiteral("github"),
                          QStringLiteral("@ada"), QStringLiteral("301"), QString()}};
    Member carol = member("4", "carol@example.com", "member");
    carol.flags.insert(QStringLiteral("idp:role-restricted"), true);
    Member dave = member("6", "dave@example.com", "member");
    dave.teams = {QStringLiteral("backend")};
    org.members = {org.me,
                   ada,
                   member("3", "bob@example.com", "member", false),
                   carol,
                   member("5", "owner@example.com", "owner"),
                   dave};
    Team backend;
    backend.slug = QStringLiteral("backend");
    Team web;
    web.slug = QStringLiteral("web");
    org.teams = {backend, web};
    Integration github;
    github.id = QStringLiteral("301");
    github.name = QStringLiteral("acme-gh");
    github.providerKey = QStringLiteral("github");
    Integration other = github;
    other.id = QStringLiteral("302");
    other.name = QStringLiteral("other-gh");
    org.integrations = {github, other};
    return org;
}

File fileOf(const QString &text, std::optional<Kind> kind = std::nullopt)
{
    FileError error;
    const auto file = read(text, kind, &error);
    if (!file)
        qWarning("%d: %s", error.line, qPrintable(error.message));
    return file.value_or(File());
}

QStringList classes(const Preview &preview)
{
    QStringList names;
    for (const Verdict &v : preview.rows)
        names.append(className(v.rowClass));
    return names;
}

} // namespace

class TestBulkPreview : public QObject
{
    Q_OBJECT

private slots:
    void templates_readBack()
    {
        for (Kind kind : allKinds()) {
            FileError error;
            const auto file = read(templateText(kind), std::nullopt, &error);
            QVERIFY2(file, qPrintable(error.message));
            QCOMPARE(file->kind, kind);
            QCOMPARE(file->header, columns(kind));
            QCOMPARE(file->rows.size(), 1);
            QCOMPARE(file->rows.constFirst().line, 3);
        }
    }

    void headers_checked()
    {
        FileError error;
        QVERIFY(!read(QStringLiteral("# sentry-members bulk 2 invites\nemail\n"), {}, &error));
        QCOMPARE(error.line, 1);
        QVERIFY(error.message.contains(QLatin1String("version 2")));
        QVERIFY(!read(QStringLiteral("email,role\n"), {}, &error));
        QVERIFY(error.message.contains(QLatin1String("invites, scim")));
        QCOMPARE(read(QStringLiteral("email,role\n"), Kind::Scim, &error)->kind, Kind::Scim);
        QVERIFY(!read(QStringLiteral("member,colour\n"), {}, &error));
        QVERIFY(!read(QStringLiteral("member,role\n"), Kind::Links, &error));
        QVERIFY(error.message.contains(QLatin1String("not one of links'")));
        QVERIFY(!read(QStringLiteral("member,member\n"), {}, &error));
        QVERIFY(!read(QStringLiteral("\n"), {}, &error));
        // The header alone names the kind; case and spaces do not matter.
        QCOMPARE(read(QStringLiteral(" Member \n"), {}, &error)->kind, Kind::Removals);
        QCOMPARE(read(QStringLiteral("member,teams\n"), {}, &error)->kind, Kind::Roles);
        // A resend has a removal's one column: only its name or the version line say so.
        QCOMPARE(
            read(QStringLiteral("# sentry-members bulk 1 resends\nmember\n"), {}, &error)->kind,
            Kind::Resends);
        QCOMPARE(read(QStringLiteral("member\n"), Kind::Resends, &error)->kind, Kind::Resends);
    }

    void invites_everyClass()
    {
        const File file =
            fileOf(QStringLiteral("email,role,teams,send_invite\n"
                                  "new@example.com,member,backend:admin;web,false\n" // ready
                                  "nope,member,,\n"                 // malformed email
                                  "NEW@example.com,member,,\n"      // duplicate, case-folded
                                  "ada@example.com,member,,\n"      // already a member
                                  "bob@example.com,member,,\n"      // invitation pending
                                  "x1@example.com,owner,,\n"        // above the caller's roles
                                  "x2@example.com,admin,,\n"        // retired with team roles
                                  "x3@example.com,member,mobile,\n" // unknown team
                                  "x4@example.com,member,backend:boss,\n" // team role
                                  "x5@example.com,member,,perhaps\n"      // send_invite
                                  "x6@example.com,member,,,extra\n"));    // a cell past the header
        const Preview preview = judge(file, organization(), {}, QDate(2026, 12, 3));
        QCOMPARE(classes(preview),
                 QStringList({"ready", "malformed", "duplicate", "already-member",
                              "already-invited", "role-not-allowed", "role-not-allowed",
                              "unknown-team", "malformed", "malformed", "malformed"}));
        QCOMPARE(preview.rows.at(1).column, QStringLiteral("email"));
        QCOMPARE(preview.rows.at(8).column, QStringLiteral("teams"));
        QCOMPARE(preview.rows.at(9).column, QStringLiteral("send_invite"));
        const InviteMember *invite = preview.rows.at(0).operation->as<InviteMember>();
        QVERIFY(!invite->sendInvite);
        QCOMPARE(invite->teamRoles.size(), 2);
        QCOMPARE(invite->teamRoles.at(0).role, QStringLiteral("admin"));
        QCOMPARE(preview.toSend(), 1);
        QVERIFY(!preview.allReady());
    }

    void roles_idpManagedAndNoChange()
    {
        const File file = fileOf(QStringLiteral("member,role,teams,remove_teams\n"
                                                "carol@example.com,manager,,\n"
                                                "ada@example.com,member,backend,\n"
                                                "6,,web,backend\n"
                                                "owner@example.com,member,,\n"
                                                "ghost@example.com,member,,\n"));
        const Preview preview = judge(file, organization(), {}, QDate(2026, 12, 3));
        QCOMPARE(classes(preview), QStringList({"idp-managed", "no-change", "ready",
                                                "role-not-allowed", "malformed"}));
        QVERIFY(preview.rows.at(0).reason.contains(QLatin1String("SCIM")));
        // By member id; the teams not named stay, the one removed goes.
        const UpdateMemberRoles *update = preview.rows.at(2).operation->as<UpdateMemberRoles>();
        QCOMPARE(update->memberId, QStringLiteral("6"));
        QVERIFY(!update->orgRole);
        QCOMPARE(update->teamRoles.size(), 1);
        QCOMPARE(update->teamRoles.constFirst().teamSlug, QStringLiteral("web"));
        QVERIFY(preview.rows.at(2).before.known);
    }

    void links_integrationAndNames()
    {
        const File file = fileOf(
            QStringLiteral("member,provider,integration,external_name,external_id\n"
                           "ada@example.com,github,acme-gh,@ada,\n"    // already so
                           "ada@example.com,gitlab,acme-gl,@ada,\n"    // no such integration
                           "owner@example.com,github,302,@own,\n"      // ready, integration by id
                           "bob@example.com,github,acme-gh,@bob,\n")); // an invitation: no user yet
        Snapshot org = organization();
        const Preview preview = judge(file, org, {}, QDate(2026, 12, 3));
        QCOMPARE(classes(preview),
                 QStringList({"no-change", "unknown-integration", "ready", "malformed"}));
        QCOMPARE(preview.rows.at(2).operation->as<ops::CreateLink>()->link.integrationId,
                 QStringLiteral("302"));
        // The same name on another integration of the same provider: Sentry's uniqueness is
        // per user, name and provider.
        const File other = fileOf(QStringLiteral("member,provider,integration,external_name\n"
                                                 "ada@example.com,github,other-gh,@ada\n"));
        QCOMPARE(classes(judge(other, org, {}, QDate(2026, 12, 3))), QStringList({"name-taken"}));
    }

    void invites_plannedOverDays()
    {
        QString text = QStringLiteral("email\n");
        for (int i = 0; i < 230; ++i)
            text += QStringLiteral("p%1@example.com\n").arg(i);
        text += QStringLiteral("busy@example.com\n");
        InviteQuota quota;
        quota.organizationUsed = 30; // the journal's attempts today
        quota.inviterUsed = 30;
        quota.addressUsed.insert(QStringLiteral("busy@example.com"), 10);
        const Preview preview =
            judge(fileOf(text, Kind::Invites), organization(), quota, QDate(2026, 12, 3));
        // 70 today, 100 tomorrow, the rest the day after; the address at its ten waits.
        QCOMPARE(preview.invitesByDay, QList<int>({70, 100, 61}));
        QCOMPARE(preview.count(RowClass::Ready), 70);
        QCOMPARE(preview.count(RowClass::OverQuota), 161);
        QCOMPARE(preview.rows.at(70).day, 1);
        QVERIFY(preview.rows.at(70).reason.contains(QLatin1String("2026-12-04")));
        // The address at its ten for today waits a day; tomorrow is full by then.
        QCOMPARE(preview.rows.constLast().day, 2);
        QCOMPARE(preview.toSend(), 231);
        // SCIM has no such limit.
        QString scim = QStringLiteral("email,role\n");
        for (int i = 0; i < 230; ++i)
            scim += QStringLiteral("p%1@example.com,member\n").arg(i);
        const Preview provisions =
            judge(fileOf(scim, Kind::Scim), organization(), quota, QDate(2026, 12, 3));
        QCOMPARE(provisions.count(RowClass::Ready), 230);
    }

    // Resends spend the same daily limit as invitations: counted with the journal's
    // invitations, planned over days, an expired link regenerated, a joined member refused
    // with Sentry's words.
    void resends_countedAgainstTheQuota()
    {
        Snapshot org = organization();
        Member eve = member("7", "eve@example.com", "member", false);
        eve.expired = true;
        Member fay = member("8", "fay@example.com", "member", false);
        org.members << eve << fay;
        InviteQuota quota;
        quota.organizationUsed = 98; // invitations already attempted today
        quota.inviterUsed = 98;
        quota.addressUsed.insert(QStringLiteral("fay@example.com"), 10);
        const File file = fileOf(QStringLiteral("member\n"
                                                "bob@example.com\n"
                                                "ada@example.com\n"
                                                "7\n"
                                                "fay@example.com\n"),
                                 Kind::Resends);
        const Preview preview = judge(file, org, quota, QDate(2026, 12, 3));
        QCOMPARE(classes(preview), QStringList({"ready", "already-member", "ready", "over-quota"}));
        QVERIFY(preview.rows.at(1).reason.contains(QLatin1String("already a full member")));
        QVERIFY(!preview.rows.at(0).operation->as<ResendInvite>()->regenerate);
        QVERIFY(preview.rows.at(2).operation->as<ResendInvite>()->regenerate);
        QCOMPARE(preview.rows.at(2).operation->invitationAddress(),
                 QStringLiteral("eve@example.com"));
        // Two go today (98 + 2 = 100); fay's address had its ten: tomorrow.
        QCOMPARE(preview.invitesByDay, QList<int>({2, 1}));
        QCOMPARE(preview.rows.at(3).day, 1);

        // At the day's limit, every resend waits.
        quota.organizationUsed = 100;
        const Preview full = judge(file, org, quota, QDate(2026, 12, 3));
        QCOMPARE(full.count(RowClass::OverQuota), 3);
    }
};

QTEST_GUILESS_MAIN(TestBulkPreview)
#include "tst_bulkpreview.moc"
