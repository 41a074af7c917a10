// SPDX-License-Identifier: MIT
// The installed binary: --help and --version without a display, bad options, and an
// offscreen start of the demo organization.
#include <QProcess>
#include <QTest>

class TestAppCli : public QObject
{
    Q_OBJECT

    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        return env;
    }

    static QProcess *run(const QStringList &args, const QProcessEnvironment &env)
    {
        auto *process = new QProcess;
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(APP_EXECUTABLE), args);
        process->waitForFinished(30000);
        return process;
    }

private slots:
    void version_worksWithoutADisplay()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--version")}, withoutDisplay()));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(p->readAllStandardOutput().trimmed(),
                 QByteArray("sentry-members " SENTRY_MEMBERS_VERSION));
    }

    void help_worksWithoutADisplay()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--help")}, withoutDisplay()));
        QCOMPARE(p->exitCode(), 0);
        const QByteArray out = p->readAllStandardOutput();
        for (const char *expected : {"--url", "--org", "--demo", "SENTRY_AUTH_TOKEN"})
            QVERIFY2(out.contains(expected), expected);
    }

    void help_followsTheSystemLanguage()
    {
        QProcessEnvironment env = withoutDisplay();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        std::unique_ptr<QProcess> p(run({QStringLiteral("--help")}, env));
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("Aufruf: sentry-members [Optionen]")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Diese Hilfe anzeigen.")), qPrintable(out));

        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        std::unique_ptr<QProcess> english(run({QStringLiteral("--help")}, env));
        QVERIFY(english->readAllStandardOutput().startsWith("Usage: sentry-members [options]"));
    }

    void unknownOption_isAnError()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--frobnicate")}, withoutDisplay()));
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardError().contains("frobnicate"));
    }

    // Qt's own options take one dash (-platform, -style): they pass through to Qt, not read
    // as a cluster of single-letter options.
    void qtOptions_passThrough()
    {
        std::unique_ptr<QProcess> p(run(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")},
            withoutDisplay()));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(p->readAllStandardOutput().startsWith("sentry-members "));
    }

    void demo_startsAndPaintsOffscreen()
    {
        QProcessEnvironment env = withoutDisplay();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        std::unique_ptr<QProcess> p(run({QStringLiteral("--demo")}, env));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_appcli.moc"
