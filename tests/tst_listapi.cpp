// SPDX-License-Identifier: MIT
// The reads the forms need: members (following Link cursors), teams, integrations.
#include "support/testsupport.h"

using namespace sm;
using namespace sm::test;

class TestListApi : public QObject
{
    Q_OBJECT

private slots:
    void members_followsCursorWhileResultsTrue()
    {
        Sandbox sandbox(250);
        auto client = sandbox.client(QStringLiteral("owner"));
        MemberListJob *job = client->listMembers();
        int pages = 0;
        QObject context;
        connect(job, &MemberListJob::pageReceived, &context, [&pages](const QList<Member> &page) {
            ++pages;
            QVERIFY(page.size() <= 100);
        });
        const MemberListResult result = await<MemberListResult>(job);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.size(), 248); // invite requests are not listed
        QCOMPARE(pages, 3);
        QCOMPARE(result.value.first().id, QStringLiteral("1"));
        QSet<QString> ids;
        for (const Member &m : result.value)
            ids.insert(m.id);
        QCOMPARE(ids.size(), 248);
        // Three requests, the later ones carrying Sentry's cursor.
        const auto &received = sandbox.api().received();
        QCOMPARE(received.size(), 3);
        QCOMPARE(received.at(1).query.queryItemValue("cursor"), QStringLiteral("100:1:0"));
        QCOMPARE(received.at(2).query.queryItemValue("cursor"), QStringLiteral("100:2:0"));
        QCOMPARE(received.at(2).query.queryItemValue("per_page"), QStringLiteral("100"));
    }

    void members_exactMultipleOfPageSizeStops()
    {
        Sandbox sandbox(202); // 200 listed members: two full pages, then results="false"
        auto client = sandbox.client(QStringLiteral("owner"));
        const MemberListResult result = await<MemberListResult>(client->listMembers());
        QCOMPARE(result.value.size(), 200);
        QCOMPARE(sandbox.api().received().size(), 2);
    }

    void members_pendingInvitesHaveNoUser()
    {
        Sandbox sandbox(60);
        auto client = sandbox.client(QStringLiteral("owner"));
        const MemberListResult result =
            await<MemberListResult>(client->listMembers(QStringLiteral("isInvited:true")));
        QVERIFY(result.ok());
        QVERIFY(!result.value.isEmpty());
        for (const Member &m : result.value) {
            QVERIFY(m.pending);
            QVERIFY(m.userId.isEmpty());
        }
    }

    void members_queryByEmailAndExpandExternalUsers()
    {
        Sandbox sandbox(60);
        const sandbox::ExternalUserRecord link = sandbox.org().externalUsers.first();
        const QString email = sandbox.org().user(link.userId)->email;
        auto client = sandbox.client(QStringLiteral("owner"));
        const MemberListResult result =
            await<MemberListResult>(client->listMembers(QStringLiteral("email:") + email, true));
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 1);
        QCOMPARE(result.value.first().email, email);
        QCOMPARE(result.value.first().externalUsers.size(), 1);
        QCOMPARE(result.value.first().externalUsers.first().externalName, link.externalName);
        QCOMPARE(sandbox.lastRequest().query.queryItemValue("expand"),
                 QStringLiteral("externalUsers"));
    }

    void members_plusInAnAddressSurvivesTheQuery()
    {
        Sandbox sandbox(20);
        auto client = sandbox.client(QStringLiteral("owner"));
        InviteMember invite;
        invite.email = QStringLiteral("ada+sentry@example.com");
        QVERIFY(await<MemberResult>(client->inviteMember(invite)).ok());
        const MemberListResult result = await<MemberListResult>(
            client->listMembers(QStringLiteral("email:ada+sentry@example.com")));
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 1);
        QCOMPARE(result.value.first().email, QStringLiteral("ada+sentry@example.com"));
    }

    void members_unknownQueryKeyMatchesNothing()
    {
        Sandbox sandbox(20);
        auto client = sandbox.client(QStringLiteral("owner"));
        const MemberListResult result =
            await<MemberListResult>(client->listMembers(QStringLiteral("color:blue")));
        QVERIFY(result.ok());
        QVERIFY(result.value.isEmpty());
    }

    void teams_allWithFlags()
    {
        Sandbox sandbox(40);
        auto client = sandbox.client(QStringLiteral("manager"));
        const TeamListResult result = await<TeamListResult>(client->listTeams());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.size(), 8);
        bool sawProvisioned = false;
        for (const Team &team : result.value)
            sawProvisioned = sawProvisioned || team.idpProvisioned;
        QVERIFY(sawProvisioned);
        QCOMPARE(sandbox.lastRequest().path, QStringLiteral("/api/0/organizations/demo/teams/"));
    }

    void integrations_filteredByProvider()
    {
        Sandbox sandbox(20);
        auto client = sandbox.client(QStringLiteral("owner"));
        IntegrationListResult result = await<IntegrationListResult>(client->listIntegrations());
        QCOMPARE(result.value.size(), 3);
        result = await<IntegrationListResult>(client->listIntegrations(QStringLiteral("gitlab")));
        QCOMPARE(result.value.size(), 1);
        QCOMPARE(result.value.first().providerKey, QStringLiteral("gitlab"));
        QCOMPARE(result.value.first().id, QStringLiteral("302"));
    }

    // Sentry prepares the next page while this one is shown: when a page arrives, the
    // request for the next one is already on its way (cancelling now withdraws it).
    void stream_asksForTheNextPageBeforeShowingThisOne()
    {
        Sandbox sandbox(250);
        auto client = sandbox.client(QStringLiteral("owner"));
        QList<Exchange> exchanges;
        connect(client.get(), &SentryClient::exchangeFinished, this,
                [&](const Exchange &e) { exchanges.append(e); });
        MemberListJob *job = client->streamMembers();
        int pages = 0;
        connect(job, &MemberListJob::pageReceived, this, [&] {
            if (++pages == 1)
                job->cancel();
        });
        int deliveries = 0;
        const MemberListResult result = await<MemberListResult>(job, &deliveries);
        QCOMPARE(deliveries, 1);
        QVERIFY(result.error.isCancelled());
        QCOMPARE(pages, 1);
        QCOMPARE(exchanges.size(), 2);
        QCOMPARE(exchanges.at(0).status, 200);
        QVERIFY(exchanges.at(1).cancelled);
        QVERIFY(exchanges.at(1).url.query(QUrl::FullyDecoded).contains(QLatin1String("100:1:0")));
    }

    void cancel_isNotAnErrorAndDeliversOnce()
    {
        Sandbox sandbox(20);
        auto client = sandbox.client(QStringLiteral("owner"));
        MemberListJob *job = client->listMembers();
        job->cancel();
        int deliveries = 0;
        const MemberListResult result = await<MemberListResult>(job, &deliveries);
        QCOMPARE(deliveries, 1);
        QVERIFY(result.error.isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestListApi)
#include "tst_listapi.moc"
