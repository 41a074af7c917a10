// SPDX-License-Identifier: MIT
#pragma once
// sentry-members-cli's tests: the sandbox served by the test's own event loop, the tool run
// as a process against it (CLI_EXECUTABLE), and what the sandbox then has.
#include "support/testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <functional>

namespace sm::test {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

class CliFixture
{
protected:
    Sandbox m_sandbox{120};
    QTemporaryDir m_config; // no profiles: the developer's own are never read

    QProcessEnvironment environment(const QString &tokenLabel = QStringLiteral("owner"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"SENTRY_URL", "SENTRY_ORG", "SENTRY_AUTH_TOKEN", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        // The bulk runs' journal too: never the developer's own.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_config.filePath(QStringLiteral("data")));
        if (!tokenLabel.isEmpty()) {
            env.insert(QStringLiteral("SENTRY_URL"), m_sandbox.server().url().toString());
            env.insert(QStringLiteral("SENTRY_ORG"), m_sandbox.org().slug);
            env.insert(QStringLiteral("SENTRY_AUTH_TOKEN"), m_sandbox.token(tokenLabel));
        }
        return env;
    }

    // Runs the tool while this process's event loop serves the sandbox.
    Run run(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {},
            const QString &program = QStringLiteral(CLI_EXECUTABLE))
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, args);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // The sandbox's member with this address, or none.
    const sandbox::MemberRecord *memberNamed(const QString &email)
    {
        for (const sandbox::MemberRecord &m : m_sandbox.org().members) {
            if (m.email.compare(email, Qt::CaseInsensitive) == 0)
                return &m;
        }
        return nullptr;
    }

    int requestsMade(const QByteArray &method)
    {
        const auto &received = m_sandbox.api().received();
        return int(std::count_if(received.cbegin(), received.cend(),
                                 [&](const sandbox::Request &r) { return r.method == method; }));
    }

    // A joined member with no linked account, for the link commands.
    const sandbox::MemberRecord *unlinkedJoinedMember()
    {
        for (const sandbox::MemberRecord &m : m_sandbox.org().members) {
            if (m.userId && m.role == QLatin1String("member") &&
                !m_sandbox.org().hasExternalUsers(*m.userId))
                return &m;
        }
        return nullptr;
    }

    // Starts the tool, sends it SIGINT once the sandbox has received `method`'s request
    // (answered or not), and waits for it to end.
    Run interruptedAt(const QByteArray &method, const QStringList &args)
    {
        bool seen = false;
        m_sandbox.server().setExchangeObserver(
            [&](const sandbox::Request &request, const sandbox::Response &) {
                seen = seen || request.method == method;
            });
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CLI_EXECUTABLE), args);
        process.closeWriteChannel();
        const bool reached = QTest::qWaitFor([&] { return seen; }, 20000);
        m_sandbox.server().setExchangeObserver({});
        if (!reached)
            return {};
        ::kill(pid_t(process.processId()), SIGINT);
        if (!finished.wait(20000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QJsonObject errorOf(const Run &r)
    {
        return QJsonDocument::fromJson(r.err).object().value(QLatin1String("error")).toObject();
    }
};

} // namespace sm::test
