// SPDX-License-Identifier: MIT
// The sentry-members-sandbox executable: announces itself, serves the demo or a seed.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace sm;
using namespace sm::test;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

    struct Running
    {
        std::unique_ptr<QProcess> process;
        QJsonObject announcement;
    };

    static Running start(const QStringList &args)
    {
        Running running;
        running.process = std::make_unique<QProcess>();
        running.process->start(QStringLiteral(SANDBOX_EXECUTABLE), args);
        if (!QTest::qWaitFor([&] { return running.process->canReadLine(); }, patience))
            QTest::qFail("the sandbox announced nothing", __FILE__, __LINE__);
        const QByteArray line = running.process->readLine();
        running.announcement = QJsonDocument::fromJson(line).object();
        return running;
    }

    static void stop(Running &running)
    {
        running.process->kill();
        running.process->waitForFinished(5000);
    }

private slots:
    void announcesUrlOrgAndTokens()
    {
        Running sandbox = start({QStringLiteral("--members"), QStringLiteral("30")});
        const QJsonObject a = sandbox.announcement;
        QVERIFY2(!a.isEmpty(), "no JSON line on stdout");
        QVERIFY(a.value("url").toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(a.value("org").toString(), QStringLiteral("demo"));
        const QJsonObject tokens = a.value("tokens").toObject();
        for (const char *label : {"owner", "manager", "member", "integration"})
            QVERIFY2(!tokens.value(QLatin1String(label)).toString().isEmpty(), label);

        SentryClient client;
        ConnectionSettings settings;
        settings.baseUrl = QUrl(a.value("url").toString());
        settings.organization = a.value("org").toString();
        settings.token = tokens.value("owner").toString();
        client.setConnection(settings);
        const MemberListResult members = await<MemberListResult>(client.listMembers());
        QVERIFY2(members.ok(), qPrintable(members.error.message));
        QCOMPARE(members.value.size(), 28);
        stop(sandbox);
    }

    void servesASeedFile()
    {
        QJsonObject seed = sandbox::demoSeed(12);
        QJsonObject org = seed.value("organization").toObject();
        org.insert("slug", QStringLiteral("acme"));
        seed.insert("organization", org);
        QJsonArray tokens;
        for (const QJsonValue &t : seed.value("tokens").toArray()) {
            QJsonObject token = t.toObject();
            token.insert("token", QStringLiteral("fixed-") + token.value("label").toString());
            tokens.append(token);
        }
        seed.insert("tokens", tokens);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(seed).toJson());
        file.close();

        Running sandbox = start({QStringLiteral("--seed"), file.fileName()});
        QCOMPARE(sandbox.announcement.value("org").toString(), QStringLiteral("acme"));
        QCOMPARE(sandbox.announcement.value("tokens").toObject().value("manager").toString(),
                 QStringLiteral("fixed-manager"));
        stop(sandbox);
    }

    void dumpSeedRoundTrips()
    {
        QProcess process;
        process.start(
            QStringLiteral(SANDBOX_EXECUTABLE),
            {QStringLiteral("--dump-seed"), QStringLiteral("--members"), QStringLiteral("40")});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject seed = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(seed.value("members").toArray().size(), 40);
        QString error;
        QVERIFY2(sandbox::organizationFromSeed(seed, &error), qPrintable(error));
    }

    void journal_recordsWhatWasReceivedWithoutTokens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        Running sandbox = start(
            {QStringLiteral("--members"), QStringLiteral("20"), QStringLiteral("--journal"), path});
        const QJsonObject a = sandbox.announcement;
        SentryClient client;
        ConnectionSettings settings;
        settings.baseUrl = QUrl(a.value("url").toString());
        settings.organization = a.value("org").toString();
        settings.token = a.value("tokens").toObject().value("owner").toString();
        client.setConnection(settings);
        InviteMember invite;
        invite.email = QStringLiteral("journal@example.com");
        invite.orgRole = QStringLiteral("member");
        const MemberResult invited = await<MemberResult>(client.inviteMember(invite));
        QVERIFY2(invited.ok(), qPrintable(invited.error.message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray journal = file.readAll();
        const QList<QByteArray> lines = journal.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(line.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(line.value("path").toString(),
                 QStringLiteral("/api/0/organizations/demo/members/"));
        QCOMPARE(line.value("status").toInt(), 201);
        QCOMPARE(line.value("body").toObject().value("email").toString(),
                 QStringLiteral("journal@example.com"));
        QVERIFY(!journal.contains(settings.token.toUtf8()));
        QVERIFY(!journal.contains("Bearer"));
        stop(sandbox);
    }

    void rejectsBadArguments()
    {
        QProcess process;
        process.start(QStringLiteral(SANDBOX_EXECUTABLE),
                      {QStringLiteral("--members"), QStringLiteral("x")});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--members"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
