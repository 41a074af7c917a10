// SPDX-License-Identifier: MIT
// sentry-members-cli end to end: the binary against the sandbox, its output parsed back in
// every format, its exit codes and its JSON errors.
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

using namespace sm;
using namespace sm::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

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

private slots:
    void help_listsCommandsAndExitCodes()
    {
        const Run r = run({QStringLiteral("--help")}, environment(QString()));
        QCOMPARE(r.exitCode, 0);
        for (const char *expected :
             {"auth status", "members list", "--format", "--fields", "--token-stdin", "--profile",
              "SENTRY_AUTH_TOKEN", " 33  outcome unknown"})
            QVERIFY2(r.out.contains(expected), expected);
    }

    void usageErrors_exit2WithTheReason()
    {
        const QProcessEnvironment env = environment();
        Run r = run({}, env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("usage"));
        QVERIFY(r.out.isEmpty());

        r = run({QStringLiteral("members"), QStringLiteral("frobnicate")}, env);
        QCOMPARE(r.exitCode, 2);

        r = run({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--fields"),
                 QStringLiteral("email,shoeSize")},
                env);
        QCOMPARE(r.exitCode, 2);
        const QString message = errorOf(r).value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QLatin1String("shoeSize")) &&
                     message.contains(QLatin1String("externalUsers")),
                 qPrintable(message));

        r = run({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--format"),
                 QStringLiteral("xml")},
                env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("xml"));

        // The token never goes over plain HTTP to another host: refused before connecting,
        // a usage error naming the flag's field.
        r = run({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--url"),
                 QStringLiteral("http://sentry.example.com")},
                env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            errorOf(r).value(QLatin1String("fields")).toObject().contains(QLatin1String("url")),
            r.err.constData());
    }

    void noToken_exit10()
    {
        const Run r =
            run({QStringLiteral("members"), QStringLiteral("list")}, environment(QString()));
        QCOMPARE(r.exitCode, 10);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("no-token"));
        QVERIFY(r.out.isEmpty());
    }

    void refusedToken_exit12WithSentrysWords()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("SENTRY_AUTH_TOKEN"), QStringLiteral("sntryu_not-a-token"));
        const Run r = run({QStringLiteral("members"), QStringLiteral("list"),
                           QStringLiteral("--format"), QStringLiteral("jsonl")},
                          env);
        QCOMPARE(r.exitCode, 12);
        const QJsonObject error = errorOf(r);
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("token-refused"));
        QCOMPARE(error.value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(error.value(QLatin1String("exit")).toInt(), 12);
        QVERIFY(!error.value(QLatin1String("sentry")).toString().isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void authStatus_saysWhereEachValueCameFrom()
    {
        Run r = run({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--org"),
                     m_sandbox.org().slug},
                    environment());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        const auto source = [&](const char *key) {
            return status.value(QLatin1String(key))
                .toObject()
                .value(QLatin1String("source"))
                .toString();
        };
        QCOMPARE(source("url"), QStringLiteral("environment"));
        QCOMPARE(source("org"), QStringLiteral("flag"));
        QCOMPARE(source("token"), QStringLiteral("environment"));
        QCOMPARE(status.value(QLatin1String("token")).toObject().value(QLatin1String("kind")),
                 QJsonValue(QStringLiteral("user")));
        QCOMPARE(status.value(QLatin1String("role")).toString(), QStringLiteral("owner"));
        QVERIFY(status.value(QLatin1String("scopes"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("member:admin"))));
        QVERIFY(!status.value(QLatin1String("user")).toString().isEmpty());

        // The token from standard input: said to come from the command line, printed nowhere.
        QProcessEnvironment env = environment();
        const QString token = env.value(QStringLiteral("SENTRY_AUTH_TOKEN"));
        env.remove(QStringLiteral("SENTRY_AUTH_TOKEN"));
        r = run({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--token-stdin"),
                 QStringLiteral("--format"), QStringLiteral("table")},
                env, token.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("token: user (flag)"), r.out.constData());
        QVERIFY2(r.out.contains("org: demo (environment)"), r.out.constData());
        QVERIFY2(r.out.contains("can: Scopes include member:admin"), r.out.constData());
        QVERIFY(!r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8()));
    }

    // Every member the list endpoint has, in every format, with their teams from the teams'
    // member lists (the list answer has none).
    void membersList_everyFormat()
    {
        const QProcessEnvironment env = environment();
        const QStringList list{QStringLiteral("members"), QStringLiteral("list")};
        Run r = run(list + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        const qsizetype listed = m_sandbox.org().approvedMembersById().size();
        QCOMPARE(all.size(), listed);
        QVERIFY(listed > 100); // more than one page
        int withTeams = 0;
        QSet<QString> statuses;
        for (const QJsonValue &value : all) {
            const QJsonObject member = value.toObject();
            QVERIFY(!member.value(QLatin1String("id")).toString().isEmpty());
            withTeams += member.value(QLatin1String("teams")).toArray().isEmpty() ? 0 : 1;
            statuses.insert(member.value(QLatin1String("status")).toString());
        }
        QVERIFY(withTeams > 0);
        QVERIFY(statuses.contains(QStringLiteral("active")));
        QVERIFY(statuses.contains(QStringLiteral("invited")) ||
                statuses.contains(QStringLiteral("expired")));

        r = run(list + QStringList{QStringLiteral("--format"), QStringLiteral("jsonl")}, env);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), listed);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object(), all.first().toObject());
        // Streamed, every member has exactly the teams and team roles the sandbox has, though
        // the teams' lists and the member pages are read side by side.
        for (const QByteArray &line : lines) {
            const QJsonObject member = QJsonDocument::fromJson(line).object();
            const sandbox::MemberRecord *record =
                memberNamed(member.value(QLatin1String("email")).toString());
            QVERIFY(record);
            QStringList printed, expected;
            for (const QJsonValue &team : member.value(QLatin1String("teams")).toArray())
                printed.append(team[QLatin1String("slug")].toString() + QLatin1Char(':') +
                               team[QLatin1String("role")].toString());
            for (const sandbox::TeamMembership &team : record->teams)
                expected.append(team.teamSlug + QLatin1Char(':') + team.role);
            printed.sort();
            expected.sort();
            QCOMPARE(printed, expected);
        }

        r = run(list + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--fields"), QStringLiteral("email,teams")},
                env);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QCOMPARE(rows.size(), listed + 1);
        QCOMPARE(rows.first(), QByteArray("email,teams"));
        // The first member's teams, as slug[:role] joined by ";".
        const QJsonObject first = all.first().toObject();
        QStringList teams;
        for (const QJsonValue &team : first.value(QLatin1String("teams")).toArray()) {
            const QJsonObject t = team.toObject();
            const QString role = t.value(QLatin1String("role")).toString();
            teams.append(t.value(QLatin1String("slug")).toString() +
                         (role.isEmpty() ? QString() : QLatin1Char(':') + role));
        }
        QCOMPARE(QString::fromUtf8(rows.at(1)), first.value(QLatin1String("email")).toString() +
                                                    QLatin1Char(',') +
                                                    teams.join(QLatin1Char(';')));

        r = run(list + QStringList{QStringLiteral("--format"), QStringLiteral("table"),
                                   QStringLiteral("--fields"), QStringLiteral("id,email")},
                env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("id"));
        QCOMPARE(r.out.trimmed().split('\n').size(), listed + 1);
    }

    // The directory's filters: each selects what its words say, from the same list.
    void membersList_filters()
    {
        const QProcessEnvironment env = environment();
        const auto listed = [&](const QStringList &options) {
            const Run r = run(QStringList{QStringLiteral("members"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")} +
                                  options,
                              env);
            if (r.exitCode != 0)
                qWarning("exit %d: %s", r.exitCode, r.err.constData());
            return QJsonDocument::fromJson(r.out).array();
        };
        const QJsonArray all = listed({});
        const auto count = [&](const std::function<bool(const QJsonObject &)> &test) {
            return std::count_if(all.begin(), all.end(),
                                 [&](const QJsonValue &v) { return test(v.toObject()); });
        };
        const auto field = [](const QJsonObject &m, const char *key) {
            return m.value(QLatin1String(key));
        };
        const auto joined = [&](const QJsonObject &m) {
            return field(m, "status").toString() == QLatin1String("active");
        };

        QJsonArray expired = listed({QStringLiteral("--status"), QStringLiteral("expired")});
        QVERIFY(!expired.isEmpty());
        QCOMPARE(expired.size(), count([&](const QJsonObject &m) {
                     return field(m, "status").toString() == QLatin1String("expired");
                 }));
        QCOMPARE(listed({QStringLiteral("--no-2fa")}).size(), count([&](const QJsonObject &m) {
                     return joined(m) && !field(m, "has2fa").toBool();
                 }));
        QCOMPARE(listed({QStringLiteral("--unlinked")}).size(), count([&](const QJsonObject &m) {
                     return joined(m) && field(m, "externalUsers").toArray().isEmpty();
                 }));
        QCOMPARE(listed({QStringLiteral("--role"), QStringLiteral("owner")}).size(),
                 count([&](const QJsonObject &m) {
                     return field(m, "orgRole").toString() == QLatin1String("owner");
                 }));
        // Teams are read for --team even when the teams field is not printed.
        const QJsonArray onBackend = listed({QStringLiteral("--team"), QStringLiteral("backend"),
                                             QStringLiteral("--fields"), QStringLiteral("email")});
        QCOMPARE(onBackend.size(), count([&](const QJsonObject &m) {
                     const QJsonArray teams = field(m, "teams").toArray();
                     return std::any_of(teams.begin(), teams.end(), [](const QJsonValue &t) {
                         return t.toObject().value(QLatin1String("slug")).toString() ==
                                QLatin1String("backend");
                     });
                 }));
        QVERIFY(!onBackend.isEmpty());
        QCOMPARE(onBackend.first().toObject().keys(), QStringList{QStringLiteral("email")});

        const Run bad = run({QStringLiteral("members"), QStringLiteral("list"),
                             QStringLiteral("--status"), QStringLiteral("gone")},
                            env);
        QCOMPARE(bad.exitCode, 2);
    }

    void membersShow_byEmailOrId_andNotFound()
    {
        const QProcessEnvironment env = environment();
        const QStringList show{QStringLiteral("members"), QStringLiteral("show")};
        const sandbox::MemberRecord &someone =
            m_sandbox.org().members.at(m_sandbox.org().approvedMembersById().at(1));
        Run r = run(show + QStringList{someone.email.toUpper(), QStringLiteral("--format"),
                                       QStringLiteral("json")},
                    env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject byEmail = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(byEmail.value(QLatin1String("email")).toString(), someone.email);
        const QString id = byEmail.value(QLatin1String("id")).toString();

        r = run(show + QStringList{id, QStringLiteral("--format"), QStringLiteral("json")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), byEmail);

        r = run(show + QStringList{QStringLiteral("nobody@example.com"), QStringLiteral("--format"),
                                   QStringLiteral("jsonl")},
                env);
        QCOMPARE(r.exitCode, 23);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("not-found"));
        QVERIFY(r.out.isEmpty());

        QCOMPARE(run(show, env).exitCode, 2);
    }

    void teamsList_everyTeam()
    {
        const Run r = run({QStringLiteral("teams"), QStringLiteral("list"),
                           QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--fields"), QStringLiteral("slug,memberCount")},
                          environment());
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QCOMPARE(rows.first(), QByteArray("slug,memberCount"));
        QCOMPARE(rows.size() - 1, m_sandbox.org().teams.size());
        QVERIFY(r.out.contains("\nbackend,"));
    }

    // A script's day: invite, change the role and teams, send the invitation again, remove;
    // each prints its outcome as JSON and exits 0, and Sentry has what each said.
    void changes_inviteUpdateReinviteRemove()
    {
        const QProcessEnvironment env = environment();
        const QString email = QStringLiteral("new.hire@example.com");
        const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
        const auto outcomeOf = [](const Run &r) { return QJsonDocument::fromJson(r.out).object(); };

        Run r = run(QStringList{QStringLiteral("members"), QStringLiteral("invite"), email,
                                QStringLiteral("--role"), QStringLiteral("member"),
                                QStringLiteral("--team"), QStringLiteral("backend")} +
                        json,
                    env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(outcomeOf(r).value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
        QCOMPARE(outcomeOf(r).value(QLatin1String("operation")).toString(),
                 QStringLiteral("invite"));
        QVERIFY(memberNamed(email));

        // Again: Sentry refuses, in its words, and nothing was made.
        const int posts = requestsMade("POST");
        r = run(QStringList{QStringLiteral("members"), QStringLiteral("invite"), email,
                            QStringLiteral("--role"), QStringLiteral("member")} +
                    json,
                env);
        QCOMPARE(r.exitCode, 30);
        QCOMPARE(errorOf(r).value(QLatin1String("outcome")).toString(), QStringLiteral("not-made"));
        QCOMPARE(errorOf(r).value(QLatin1String("status")).toInt(), 400);
        QVERIFY(
            errorOf(r).value(QLatin1String("fields")).toObject().contains(QLatin1String("email")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(requestsMade("POST"), posts + 1);

        // Refused before sending: nothing goes out.
        r = run(QStringList{QStringLiteral("members"), QStringLiteral("invite"),
                            QStringLiteral("not-an-address"), QStringLiteral("--role"),
                            QStringLiteral("member")} +
                    json,
                env);
        QCOMPARE(r.exitCode, 21);
        QCOMPARE(requestsMade("POST"), posts + 1);

        // The role and a team with its role; the team not named (backend) stays.
        r = run(QStringList{QStringLiteral("members"), QStringLiteral("update"), email,
                            QStringLiteral("--role"), QStringLiteral("manager"),
                            QStringLiteral("--team"), QStringLiteral("data:admin")} +
                    json,
                env);
        QCOMPARE(r.exitCode, 0);
        r = run(QStringList{QStringLiteral("members"), QStringLiteral("show"), email,
                            QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--fields"), QStringLiteral("orgRole,teams")},
                env);
        QCOMPARE(r.out.trimmed().split('\n').value(1), QByteArray("manager,backend;data:admin"));

        r = run(QStringList{QStringLiteral("members"), QStringLiteral("reinvite"), email} + json,
                env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(outcomeOf(r).value(QLatin1String("operation")).toString(),
                 QStringLiteral("resend-invite"));

        // No terminal and no --yes: asked to confirm, nothing sent.
        const int deletes = requestsMade("DELETE");
        r = run({QStringLiteral("members"), QStringLiteral("remove"), email}, env);
        QCOMPARE(r.exitCode, 24);
        QCOMPARE(requestsMade("DELETE"), deletes);
        r = run(QStringList{QStringLiteral("members"), QStringLiteral("remove"), email,
                            QStringLiteral("--yes")} +
                    json,
                env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!memberNamed(email));
        QCOMPARE(requestsMade("DELETE"), deletes + 1);
    }

    // --dry-run prints a curl command that, run by sh with the token in the environment,
    // makes exactly the change the command would; the command itself sends nothing.
    void dryRun_printsTheCurlThatMakesTheChange()
    {
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("--version")});
        if (!curl.waitForFinished(10000) || curl.exitCode() != 0)
            QSKIP("curl is not installed: the printed command cannot be run");
        const QProcessEnvironment env = environment();
        const QString email = QStringLiteral("dry.run@example.com");
        const int posts = requestsMade("POST");
        const Run r =
            run({QStringLiteral("members"), QStringLiteral("invite"), email,
                 QStringLiteral("--role"), QStringLiteral("member"), QStringLiteral("--dry-run")},
                env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(requestsMade("POST"), posts);
        QVERIFY(!memberNamed(email));
        QVERIFY(!r.out.contains(env.value(QStringLiteral("SENTRY_AUTH_TOKEN")).toUtf8()));

        QProcess sh;
        sh.setProcessEnvironment(env);
        QSignalSpy finished(&sh, &QProcess::finished);
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromUtf8(r.out)});
        QVERIFY(finished.wait(30000));
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(requestsMade("POST"), posts + 1);
        QVERIFY(memberNamed(email));
    }

    // The answer to an invitation is lost: the tool checks before it says anything, says the
    // invitation was made, and sent it once.
    void help_perCommand_onlyItsOptions()
    {
        const QProcessEnvironment env = environment(QString());
        Run r = run({QStringLiteral("members"), QStringLiteral("invite"), QStringLiteral("--help")},
                    env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: sentry-members-cli members invite EMAIL --role ROLE"),
                 r.out.constData());
        QVERIFY(r.out.contains("--no-email") && r.out.contains("--dry-run"));
        QVERIFY(!r.out.contains("--no-2fa") && !r.out.contains("--external-name"));
        QVERIFY(r.out.contains(" 24  "));

        r = run(
            {QStringLiteral("external-users"), QStringLiteral("create"), QStringLiteral("--help")},
            env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--integration") && r.out.contains("--external-id"));

        r = run({QStringLiteral("--help")}, env);
        for (const char *command : {"scim provision EMAIL", "scim deprovision EMAIL",
                                    "external-users list", "external-users delete LINK-ID"})
            QVERIFY2(r.out.contains(command), command);

        r = run({QStringLiteral("teams"), QStringLiteral("list"), QStringLiteral("--role"),
                 QStringLiteral("admin")},
                environment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(errorOf(r)
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("--role is not an option of teams list")),
                 r.err.constData());
    }

    void scim_provisionListDeprovision()
    {
        const QString email = QStringLiteral("scim.person@example.com");
        const QStringList jsonl{QStringLiteral("--format"), QStringLiteral("jsonl")};
        Run r = run(QStringList{QStringLiteral("scim"), QStringLiteral("provision"), email,
                                QStringLiteral("--role"), QStringLiteral("member")} +
                        jsonl,
                    environment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("done"));
        const sandbox::MemberRecord *added = memberNamed(email);
        QVERIFY(added);
        QVERIFY(added->flags.value(QStringLiteral("idp:provisioned")));

        r = run({QStringLiteral("scim"), QStringLiteral("list")}, environment());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out).array();
        const auto listed = std::find_if(users.begin(), users.end(), [&](const QJsonValue &u) {
            return u.toObject().value(QLatin1String("userName")).toString() == email;
        });
        QVERIFY(listed != users.end());
        QCOMPARE(listed->toObject().value(QLatin1String("id")).toString(),
                 QString::number(added->id));
        QCOMPARE(listed->toObject().value(QLatin1String("sentryOrgRole")).toString(),
                 QStringLiteral("member"));

        // Owner is not a role SCIM may give: refused before sending.
        const int posts = requestsMade("POST");
        r = run(QStringList{QStringLiteral("scim"), QStringLiteral("provision"),
                            QStringLiteral("boss@example.com"), QStringLiteral("--role"),
                            QStringLiteral("owner")} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 21);
        QCOMPARE(requestsMade("POST"), posts);

        const int deletes = requestsMade("DELETE");
        r = run(QStringList{QStringLiteral("scim"), QStringLiteral("deprovision"), email} + jsonl,
                environment());
        QCOMPARE(r.exitCode, 24);
        QCOMPARE(requestsMade("DELETE"), deletes);
        QVERIFY(memberNamed(email));

        r = run(QStringList{QStringLiteral("scim"), QStringLiteral("deprovision"), email,
                            QStringLiteral("--yes")} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!memberNamed(email));
        QCOMPARE(requestsMade("DELETE"), deletes + 1);

        r = run(QStringList{QStringLiteral("scim"), QStringLiteral("deprovision"), email,
                            QStringLiteral("--yes")} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 23);
        QCOMPARE(requestsMade("DELETE"), deletes + 1);
    }

    void externalUsers_createUpdateDelete()
    {
        const sandbox::MemberRecord *member = unlinkedJoinedMember();
        QVERIFY(member);
        const QString email = member->email;
        const qint64 userId = *member->userId;
        const sandbox::IntegrationRecord *github = nullptr;
        for (const sandbox::IntegrationRecord &i : m_sandbox.org().integrations) {
            if (i.providerKey == QLatin1String("github"))
                github = &i;
        }
        QVERIFY(github);
        const QStringList jsonl{QStringLiteral("--format"), QStringLiteral("jsonl")};
        const auto linksOfUser = [&] { return m_sandbox.org().externalUsersOf(userId); };

        // An integration the organization does not have: nothing is sent.
        const int posts = requestsMade("POST");
        Run r = run(QStringList{QStringLiteral("external-users"), QStringLiteral("create"),
                                QStringLiteral("--member"), email, QStringLiteral("--provider"),
                                QStringLiteral("github"), QStringLiteral("--integration"),
                                QStringLiteral("no-such-integration"),
                                QStringLiteral("--external-name"), QStringLiteral("@someone")} +
                        jsonl,
                    environment());
        QCOMPARE(r.exitCode, 23);
        QVERIFY2(errorOf(r).value(QLatin1String("message")).toString().contains(github->name),
                 r.err.constData());
        QCOMPARE(requestsMade("POST"), posts);

        // By the integration's name, as a script would write it.
        r = run(QStringList{QStringLiteral("external-users"), QStringLiteral("create"),
                            QStringLiteral("--member"), email, QStringLiteral("--provider"),
                            QStringLiteral("github"), QStringLiteral("--integration"), github->name,
                            QStringLiteral("--external-name"), QStringLiteral("@linked-by-cli")} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(requestsMade("POST"), posts + 1);
        QCOMPARE(linksOfUser().size(), 1);
        QCOMPARE(linksOfUser().constFirst()->externalName, QStringLiteral("@linked-by-cli"));
        QCOMPARE(linksOfUser().constFirst()->integrationId, github->id);
        const QString linkId = QString::number(linksOfUser().constFirst()->id);

        r = run(QStringList{QStringLiteral("external-users"), QStringLiteral("list"),
                            QStringLiteral("--member"), email} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(listed.value(QLatin1String("id")).toString(), linkId);
        QCOMPARE(listed.value(QLatin1String("member")).toString(), email);
        QCOMPARE(listed.value(QLatin1String("externalName")).toString(),
                 QStringLiteral("@linked-by-cli"));

        // Found among every member's links; only the name changes.
        r = run(QStringList{QStringLiteral("external-users"), QStringLiteral("update"), linkId,
                            QStringLiteral("--external-name"), QStringLiteral("@renamed")} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(linksOfUser().size(), 1);
        QCOMPARE(linksOfUser().constFirst()->externalName, QStringLiteral("@renamed"));
        QCOMPARE(linksOfUser().constFirst()->integrationId, github->id);

        r = run(QStringList{QStringLiteral("external-users"), QStringLiteral("delete"), linkId} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(linksOfUser().isEmpty());

        const int deletes = requestsMade("DELETE");
        r = run(QStringList{QStringLiteral("external-users"), QStringLiteral("delete"), linkId} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 23);
        QCOMPARE(requestsMade("DELETE"), deletes);
    }

    void interrupted_exit130_aSentChangeUnknown()
    {
        // Before anything changes: a list stopped part-way.
        m_sandbox.server().addFault(
            {"GET", QStringLiteral("members/"), sandbox::Fault::Kind::Hang, 0, 1});
        Run r = interruptedAt("GET", {QStringLiteral("members"), QStringLiteral("list"),
                                      QStringLiteral("--format"), QStringLiteral("jsonl")});
        m_sandbox.server().clearFaults();
        QCOMPARE(r.exitCode, 130);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("interrupted"));

        // A change whose request went out: Sentry may make it, so it is not called "not made".
        const QString email = QStringLiteral("interrupted@example.com");
        m_sandbox.server().addFault(
            {"POST", QStringLiteral("members/"), sandbox::Fault::Kind::Hang, 0, 1});
        const int posts = requestsMade("POST");
        r = interruptedAt("POST", {QStringLiteral("members"), QStringLiteral("invite"), email,
                                   QStringLiteral("--role"), QStringLiteral("member"),
                                   QStringLiteral("--format"), QStringLiteral("jsonl")});
        m_sandbox.server().clearFaults();
        QCOMPARE(r.exitCode, 130);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(errorOf(r).value(QLatin1String("outcome")).toString(), QStringLiteral("unknown"));
        QVERIFY(requestsMade("POST") <= posts + 1);
    }

    // The packaged example: a day's changes with the CLI alone, its results read with jq, and a
    // server failure on the role change (nothing done, exit 31) tried again because the exit
    // code says it is safe; nothing is sent twice that was made once.
    void exampleScript_aDaysChanges_retriesOnlyWhatIsSafe()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty())
            QSKIP("jq is not installed: the example script reads the CLI's JSON with it");
        const sandbox::MemberRecord *mover = unlinkedJoinedMember();
        QVERIFY(mover);
        const QString moverEmail = mover->email;
        const qint64 moverUser = *mover->userId;
        QString leaver;
        for (const sandbox::MemberRecord &m : m_sandbox.org().members) {
            if (m.userId && m.role == QLatin1String("member") && m.email != moverEmail)
                leaver = m.email;
        }
        QVERIFY(!leaver.isEmpty());
        const QString team = m_sandbox.org().teams.constFirst().slug;
        QString integration;
        for (const sandbox::IntegrationRecord &i : m_sandbox.org().integrations) {
            if (i.providerKey == QLatin1String("github"))
                integration = i.name;
        }
        const QString hire = QStringLiteral("new.hire@example.com");

        m_sandbox.server().addFault({"PUT", QStringLiteral("members/%1/").arg(mover->id),
                                     sandbox::Fault::Kind::Html500, 0, 1});
        const int puts = requestsMade("PUT");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(CLI_EXECUTABLE)).path() +
                                               QLatin1Char(':') +
                                               env.value(QStringLiteral("PATH")));
        const Run r =
            run({hire, moverEmail, leaver, team, integration, QStringLiteral("@mover-gh")}, env, {},
                QStringLiteral(EXAMPLE_SCRIPT));
        m_sandbox.server().clearFaults();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (const QByteArray &line : lines)
            QVERIFY2(line.contains(": done - "), line.constData());
        QVERIFY2(r.err.contains("trying again"), r.err.constData());

        QVERIFY(memberNamed(hire));
        QVERIFY(!memberNamed(leaver));
        const sandbox::MemberRecord *moved = memberNamed(moverEmail);
        QVERIFY(moved);
        QCOMPARE(moved->role, QStringLiteral("manager"));
        QVERIFY(std::any_of(moved->teams.cbegin(), moved->teams.cend(), [&](const auto &t) {
            return t.teamSlug == team && t.role == QLatin1String("admin");
        }));
        const auto links = m_sandbox.org().externalUsersOf(moverUser);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.constFirst()->externalName, QStringLiteral("@mover-gh"));
        // One PUT reached the organization: the failed one did nothing, the retry made it.
        QCOMPARE(requestsMade("PUT"), puts + 1);
    }

    // A resend's effect cannot be read back: when its answer is lost, Sentry's audit log (which
    // the owner's token may read) shows the member.reinvite, and the CLI says it was made.
    void reinvite_lostAnswer_auditLogShowsIt()
    {
        const sandbox::MemberRecord *invited = nullptr;
        for (const sandbox::MemberRecord &m : m_sandbox.org().members) {
            if (m.isPending() && m.isApproved() && !m.tokenExpired)
                invited = &m;
        }
        QVERIFY(invited);
        m_sandbox.server().addFault({"PUT", QStringLiteral("members/%1/").arg(invited->id),
                                     sandbox::Fault::Kind::ResetAfter, 0, 1});
        const int puts = requestsMade("PUT");
        const Run r = run({QStringLiteral("members"), QStringLiteral("reinvite"), invited->email,
                           QStringLiteral("--format"), QStringLiteral("jsonl")},
                          environment());
        m_sandbox.server().clearFaults();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(requestsMade("PUT"), puts + 1);
        const QJsonObject outcome = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(outcome.value(QLatin1String("outcome")).toString(),
                 QStringLiteral("made-after-check"));
        QVERIFY2(
            outcome.value(QLatin1String("message")).toString().contains(QLatin1String("audit log")),
            r.out.constData());
    }

    // LANG=de_DE.UTF-8: the help and the messages from the app's catalogue.
    void german_helpAndMessages()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        Run r = run({QStringLiteral("members"), QStringLiteral("invite"), QStringLiteral("--help")},
                    env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Jemanden in die Organisation einladen"), r.out.constData());
        r = run({QStringLiteral("members"), QStringLiteral("show"),
                 QStringLiteral("niemand@example.com"), QStringLiteral("--format"),
                 QStringLiteral("jsonl")},
                env);
        QCOMPARE(r.exitCode, 23);
        QVERIFY2(errorOf(r)
                     .value(QLatin1String("message"))
                     .toString()
                     .startsWith(QLatin1String("Die Organisation hat kein Mitglied")),
                 r.err.constData());
    }

    // What the caller's role cannot do is refused before sending, with exit 14 and the words
    // Sentry would answer with (notes 3.2, 3.3): a manager inviting an owner, changing an
    // owner's role, removing them.
    void permissionKnownBeforeSending_exit14NothingSent()
    {
        const QProcessEnvironment env = environment(QStringLiteral("manager"));
        const QStringList jsonl{QStringLiteral("--format"), QStringLiteral("jsonl")};
        QString owner;
        for (const sandbox::MemberRecord &m : m_sandbox.org().members) {
            if (m.userId && m.role == QLatin1String("owner"))
                owner = m.email;
        }
        QVERIFY(!owner.isEmpty());
        const int posts = requestsMade("POST");
        const int puts = requestsMade("PUT");
        const int deletes = requestsMade("DELETE");

        Run r = run(QStringList{QStringLiteral("members"), QStringLiteral("invite"),
                                QStringLiteral("would.be.owner@example.com"),
                                QStringLiteral("--role"), QStringLiteral("owner")} +
                        jsonl,
                    env);
        QCOMPARE(r.exitCode, 14);
        QCOMPARE(errorOf(r).value(QLatin1String("message")).toString(),
                 QStringLiteral("You do not have permission to set that org-level role"));

        r = run(QStringList{QStringLiteral("members"), QStringLiteral("update"), owner,
                            QStringLiteral("--role"), QStringLiteral("member")} +
                    jsonl,
                env);
        QCOMPARE(r.exitCode, 14);
        QCOMPARE(errorOf(r).value(QLatin1String("message")).toString(),
                 QStringLiteral("You do not have permission to assign a role to the given user."));

        r = run(QStringList{QStringLiteral("members"), QStringLiteral("remove"), owner,
                            QStringLiteral("--yes")} +
                    jsonl,
                env);
        QCOMPARE(r.exitCode, 14);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(),
                 QStringLiteral("permission-denied"));

        QCOMPARE(requestsMade("POST"), posts);
        QCOMPARE(requestsMade("PUT"), puts);
        QCOMPARE(requestsMade("DELETE"), deletes);
        QVERIFY(memberNamed(owner));
    }

    // On a terminal (a pty from script(1)): the table's header in bold unless NO_COLOR is
    // set, and progress on stderr unless CI is.
    void terminal_colorAndProgress_onlyWhereWanted()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) is not installed: no terminal to run the tool on");
        const auto onTerminal = [&](const QString &command, const QProcessEnvironment &env) {
            return run({QStringLiteral("-qec"), QStringLiteral(CLI_EXECUTABLE " ") + command,
                        QStringLiteral("/dev/null")},
                       env, {}, script);
        };
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("CI"));
        env.remove(QStringLiteral("NO_COLOR"));
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
        Run r = onTerminal(QStringLiteral("teams list"), env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("\x1b[1mslug"), r.out.left(40).constData());
        r = onTerminal(QStringLiteral("members list --fields email"), env);
        QVERIFY2(r.out.contains("Members read: "), r.out.left(200).constData());

        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        env.insert(QStringLiteral("CI"), QStringLiteral("true"));
        r = onTerminal(QStringLiteral("teams list"), env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("slug"), r.out.left(40).constData());
        r = onTerminal(QStringLiteral("members list --fields email"), env);
        QVERIFY(!r.out.contains("Members read: "));
        QVERIFY(!r.out.contains('\x1b'));
    }

    // The answer lost and the check failing too: exit 33, outcome unknown, one PUT; and a
    // link created over a connection closed before its answer, found made by the check.
    void lostAnswer_checkFailsToo_exit33_closeAfterMade()
    {
        const sandbox::MemberRecord *member = unlinkedJoinedMember();
        QVERIFY(member);
        const QString email = member->email;
        const qint64 id = member->id;
        const qint64 userId = *member->userId;
        const QString team = m_sandbox.org().teams.constLast().slug;
        m_sandbox.server().addFault(
            {"PUT", QStringLiteral("members/%1/").arg(id), sandbox::Fault::Kind::ResetAfter, 0, 1});
        // Once the PUT has been taken, the member's read fails as well.
        m_sandbox.server().setExchangeObserver(
            [this, id](const sandbox::Request &request, const sandbox::Response &) {
                if (request.method == "PUT")
                    m_sandbox.server().addFault({"GET", QStringLiteral("members/%1/").arg(id),
                                                 sandbox::Fault::Kind::Html500, 0, 5});
            });
        const int puts = requestsMade("PUT");
        Run r = run({QStringLiteral("members"), QStringLiteral("update"), email,
                     QStringLiteral("--team"), team, QStringLiteral("--format"),
                     QStringLiteral("json")},
                    environment());
        m_sandbox.server().setExchangeObserver({});
        m_sandbox.server().clearFaults();
        QCOMPARE(r.exitCode, 33);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(errorOf(r).value(QLatin1String("outcome")).toString(), QStringLiteral("unknown"));
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(),
                 QStringLiteral("outcome-unknown"));
        QCOMPARE(requestsMade("PUT"), puts + 1);

        QString github;
        for (const sandbox::IntegrationRecord &i : m_sandbox.org().integrations) {
            if (i.providerKey == QLatin1String("github"))
                github = QString::number(i.id);
        }
        m_sandbox.server().addFault(
            {"POST", QStringLiteral("external-users/"), sandbox::Fault::Kind::CloseAfter, 0, 1});
        const int posts = requestsMade("POST");
        r = run({QStringLiteral("external-users"), QStringLiteral("create"),
                 QStringLiteral("--member"), email, QStringLiteral("--provider"),
                 QStringLiteral("github"), QStringLiteral("--integration"), github,
                 QStringLiteral("--external-name"), QStringLiteral("@closed-after"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                environment());
        m_sandbox.server().clearFaults();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("made-after-check"));
        QCOMPARE(requestsMade("POST"), posts + 1);
        QCOMPARE(m_sandbox.org().externalUsersOf(userId).size(), 1);
    }

    void lostAnswer_checkedAndSentOnce()
    {
        const QString email = QStringLiteral("lost.answer@example.com");
        m_sandbox.server().addFault(
            {"POST", QStringLiteral("members/"), sandbox::Fault::Kind::ResetAfter, 0, 1});
        const int posts = requestsMade("POST");
        const Run r = run({QStringLiteral("members"), QStringLiteral("invite"), email,
                           QStringLiteral("--role"), QStringLiteral("member"),
                           QStringLiteral("--format"), QStringLiteral("jsonl")},
                          environment());
        m_sandbox.server().clearFaults();
        QCOMPARE(requestsMade("POST"), posts + 1);
        QVERIFY(memberNamed(email));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("made-after-check"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
