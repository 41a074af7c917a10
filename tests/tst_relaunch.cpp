// SPDX-License-Identifier: MIT
// Close and reopen, as a user does: the installed binary, started with no SENTRY_* variables,
// reopens the last profile with the token from a real Secret Service (GNOME Keyring in the
// private D-Bus session tests/keychain/with-keyring.sh starts) and connects to the sandbox
// without asking; with the token forgotten it asks, and says why, and sends nothing.
#include "support/keyring.h"
#include "support/testsupport.h"

#include "profiles/appsettings.h"
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sm;
using namespace sm::test;

class TestRelaunch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config; // the app's XDG_CONFIG_HOME
    std::unique_ptr<Sandbox> m_sandbox;

    // Where the app keeps its settings under that XDG_CONFIG_HOME (QSettings' native path
    // for organization and application "sentry-members").
    QString settingsPath() const
    {
        return m_config.filePath(QStringLiteral("sentry-members/sentry-members.conf"));
    }

    // The first launch's part: the connect dialog's Accept calls remember() with "Remember
    // the token" checked (tst_profilesgui drives that dialog); true once the keychain holds it.
    bool rememberOwnerInKeychain()
    {
        profiles::AppSettings settings(settingsPath());
        profiles::TokenVault vault;
        profiles::ProfileStore store(&settings, &vault);
        QSignalSpy saved(&store, &profiles::ProfileStore::saved);
        store.remember(m_sandbox->connectionAs(QStringLiteral("owner")),
                       QStringLiteral("Sandbox owner"), true);
        if (!saved.wait(15000))
            return false;
        const QString note = saved.first().at(1).toString();
        if (!note.isEmpty())
            qWarning("the keychain did not take the token: %s", qPrintable(note));
        settings.sync();
        return note.isEmpty();
    }

    // The app as a user starts it: no SENTRY_* variables, offscreen, its startup log on.
    std::unique_ptr<QProcess> launchApp(const QStringList &arguments = {},
                                        const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"SENTRY_URL", "SENTRY_ORG", "SENTRY_AUTH_TOKEN", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sentry.app.info=true"));
        env.insert(extra);
        auto app = std::make_unique<QProcess>();
        app->setProcessEnvironment(env);
        app->setProcessChannelMode(QProcess::MergedChannels);
        app->start(QStringLiteral(APP_EXECUTABLE), arguments);
        return app;
    }

    // Waits (serving the sandbox meanwhile) until the app's log has `line`; the log so far.
    static QByteArray waitForLog(QProcess *app, const QByteArray &line)
    {
        QByteArray log;
        // The callers judge the log itself; a timeout only ends the wait.
        static_cast<void>(QTest::qWaitFor(
            [&] {
                log += app->readAll();
                return log.contains(line) || app->state() == QProcess::NotRunning;
            },
            patience));
        return log;
    }

    static void stop(QProcess *app)
    {
        app->terminate();
        if (!app->waitForFinished(5000))
            app->kill();
    }

    int requestsWith(const QString &token) const
    {
        int n = 0;
        for (const sandbox::Request &r : m_sandbox->api().received())
            n += r.header("authorization") == "Bearer " + token.toUtf8();
        return n;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_TEST_KEYRING();
        QVERIFY(m_config.isValid());
        m_sandbox = std::make_unique<Sandbox>(40);
    }

    void reopensTheLastProfileWithoutAsking()
    {
        QVERIFY(rememberOwnerInKeychain());
        m_sandbox->api().clearReceived();
        const std::unique_ptr<QProcess> app = launchApp();
        const QByteArray log = waitForLog(app.get(), "connected to");
        stop(app.get());
        qInfo("%s", log.constData());
        QVERIFY2(log.contains("profile opened: \"Sandbox owner\""), log.constData());
        QVERIFY2(log.contains("connected to \"demo\" as \"owner\""), log.constData());
        QVERIFY2(!log.contains("needs its token"), log.constData());
        // The token the app sent came from the keychain: nothing else in its world has it.
        const QString token = m_sandbox->connectionAs(QStringLiteral("owner")).token;
        QVERIFY(requestsWith(token) >= 1);
        QFile settings(settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(token.toUtf8()));
    }

    // SENTRY_AUTH_TOKEN often holds sentry-cli's organization token: a profile named on the
    // command line is used instead, and the app says which variable it left alone.
    void namedProfileBeatsTheEnvironment()
    {
        QVERIFY(rememberOwnerInKeychain());
        m_sandbox->api().clearReceived();
        const QString uploadToken = QStringLiteral("sntrys_an-upload-token");
        QProcessEnvironment env;
        env.insert(QStringLiteral("SENTRY_URL"),
                   m_sandbox->connectionAs(QStringLiteral("owner")).baseUrl.toString());
        env.insert(QStringLiteral("SENTRY_ORG"), QStringLiteral("demo"));
        env.insert(QStringLiteral("SENTRY_AUTH_TOKEN"), uploadToken);
        const std::unique_ptr<QProcess> app =
            launchApp({QStringLiteral("--profile"), QStringLiteral("sandbox OWNER")}, env);
        const QByteArray log = waitForLog(app.get(), "connected to");
        stop(app.get());
        QVERIFY2(log.contains("connected to \"demo\" as \"owner\""), log.constData());
        QVERIFY2(log.contains("token from \"profile\""), log.constData());
        QVERIFY2(log.contains("SENTRY_AUTH_TOKEN is set but not used"), log.constData());
        QVERIFY2(!log.contains(uploadToken.toUtf8()), log.constData());
        QCOMPARE(requestsWith(uploadToken), 0);
    }

    void forgottenToken_asksAndSaysWhy()
    {
        {
            profiles::AppSettings settings(settingsPath());
            profiles::TokenVault vault;
            profiles::ProfileStore store(&settings, &vault);
            const auto last = store.lastProfile();
            QVERIFY(last);
            QSignalSpy forgotten(&store, &profiles::ProfileStore::tokenForgotten);
            store.forgetToken(last->id);
            QVERIFY(forgotten.wait(15000));
        }
        m_sandbox->api().clearReceived();
        const std::unique_ptr<QProcess> app = launchApp();
        const QByteArray log = waitForLog(app.get(), "needs its token");
        QTest::qWait(300); // a connection would start right away; none must
        stop(app.get());
        QVERIFY2(log.contains("profile needs its token: \"Sandbox owner\""), log.constData());
        QVERIFY2(!log.contains("connected to"), log.constData());
        QCOMPARE(m_sandbox->api().received().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelaunch)
#include "tst_relaunch.moc"
