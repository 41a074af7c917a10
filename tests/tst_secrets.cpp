// SPDX-License-Identifier: MIT
// The token stays secret: profiles are saved, every operation runs (successes and refusals)
// with every logging category on, and neither the settings file, nor the log output, nor
// the exchange records (what an exchange observer is given) contain the token.
#include "support/testsupport.h"

#include "api/exchange.h"
#include "api/session.h"
#include "profiles/profilestore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sm;
using namespace sm::test;

namespace {

QStringList capturedLog;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    // The sandbox's own server logs what it receives: that is the server's side (Sentry),
    // running in this process only because the test hosts it.
    if (qstrcmp(context.category, "qt.httpserver") == 0)
        return;
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") +
                       QLatin1Char(' ') + message);
}

QByteArray record(const Exchange &e)
{
    QByteArray text = e.method + ' ' + e.url.toEncoded() + '\n';
    for (const auto &[name, value] : e.requestHeaders)
        text += name + ": " + value + '\n';
    text += e.requestBody + '\n';
    for (const auto &[name, value] : e.responseHeaders)
        text += name + ": " + value + '\n';
    return text + e.responseBody + '\n';
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void tokenAppearsNowhere()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // no keychain: the session path
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("settings.conf"));
        Sandbox sandbox;
        const ConnectionSettings owner = sandbox.connectionAs(QStringLiteral("owner"));
        const ConnectionSettings member = sandbox.connectionAs(QStringLiteral("member"));
        const QStringList secrets{owner.token, member.token};

        QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });

        profiles::AppSettings settings(ini);
        profiles::TokenVault vault;
        profiles::ProfileStore store(&settings, &vault);
        QSignalSpy saved(&store, &profiles::ProfileStore::saved);
        store.remember(owner, QStringLiteral("Owner"), true);
        store.remember(member, QStringLiteral("Member"), true);
        QTRY_COMPARE(saved.size(), 2);

        Session session;
        QByteArray records;
        connect(session.client(), &SentryClient::exchangeFinished, this,
                [&records](const Exchange &e) { records += record(e); });
        QSignalSpy opened(&store, &profiles::ProfileStore::opened);
        store.open(settings.profiles().constFirst().id);
        QCOMPARE(opened.size(), 1);
        session.connectTo(opened.first().at(1).value<ConnectionSettings>());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Connected, patience);
        runEveryOperation(session.client());
        session.connectTo(member); // refusals too
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Connected, patience);
        runEveryOperation(session.client());
        QVERIFY(records.contains("members/me/")); // the observer did see the traffic
        QVERIFY(!capturedLog.isEmpty());          // and the categories did speak

        settings.sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settingsText = file.readAll();
        const QByteArray logText = capturedLog.join(QLatin1Char('\n')).toUtf8();
        for (const QString &token : secrets) {
            const QByteArray bytes = token.toUtf8();
            QVERIFY2(!settingsText.contains(bytes), "the token is in the settings file");
            for (const QString &line : std::as_const(capturedLog))
                QVERIFY2(!line.contains(token),
                         qPrintable(QStringLiteral("in the log: ") +
                                    line.left(300).replace(token, "<TOKEN>")));
            QVERIFY2(!records.contains(bytes), "the token is in an exchange record");
            QVERIFY2(!records.contains(bytes.toBase64()), "the token is in an exchange record");
        }
    }

private:
    void runEveryOperation(SentryClient *c)
    {
        const MemberResult me = await<MemberResult>(c->me());
        (void)await<OrganizationResult>(c->organization(c->connection()));
        const MemberListResult members = await<MemberListResult>(c->listMembers());
        QVERIFY(!members.value.isEmpty());
        const Member &someone = members.value.constLast();
        (void)await<MemberResult>(c->getMember(someone.id));
        (void)await<TeamListResult>(c->listTeams());
        (void)await<TeamMemberListResult>(c->listTeamMembers(QStringLiteral("backend")));
        const IntegrationListResult integrations =
            await<IntegrationListResult>(c->listIntegrations());
        (void)await<ScimUserPageResult>(c->listScimUsers());
        InviteMember invite;
        invite.email = QStringLiteral("secret.check.%1@example.com").arg(me.value.id);
        const MemberResult invited = await<MemberResult>(c->inviteMember(invite));
        UpdateMemberRoles update;
        update.memberId = someone.id;
        update.orgRole = QStringLiteral("member");
        (void)await<MemberResult>(c->updateMemberRoles(update));
        ResendInvite resend;
        resend.memberId = invited.value.id.isEmpty() ? someone.id : invited.value.id;
        (void)await<MemberResult>(c->resendInvite(resend));
        ProvisionScimUser provision;
        provision.userName = QStringLiteral("scim.secret.%1@example.com").arg(me.value.id);
        (void)await<ScimUserResult>(c->provisionScimUser(provision));
        ExternalUserLink link;
        link.userId = someone.userId;
        link.externalName = QStringLiteral("@secret-check");
        link.provider = QStringLiteral("github");
        link.integrationId =
            integrations.value.isEmpty() ? QStringLiteral("1") : integrations.value.constFirst().id;
        const ExternalUserResult linked = await<ExternalUserResult>(c->createExternalUser(link));
        if (!linked.value.id.isEmpty())
            (void)await<DoneResult>(c->deleteExternalUser(linked.value.id));
        if (!invited.value.id.isEmpty())
            (void)await<DoneResult>(c->removeMember(invited.value.id));
        (void)await<DoneResult>(c->deprovisionScimUser(QStringLiteral("999999")));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
