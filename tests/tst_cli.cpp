// SPDX-License-Identifier: MIT
// sentry-members-cli end to end, reading: the binary against the sandbox, its help, its output
// parsed back in every format, its exit codes and JSON errors, its words and its terminal.
#include "clifixture.h"

using namespace sm;
using namespace sm::test;

class TestCli : public QObject, protected CliFixture
{
    Q_OBJECT

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
        for (const char *command :
             {"scim provision EMAIL", "scim deprovision EMAIL", "external-users list",
              "external-users delete LINK-ID [--member EMAIL|ID]"})
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

    // A list that fails part-way: the rows printed stay printed (jsonl), json prints nothing,
    // and the error and its exit code end it.
    void membersList_failsPartWay_rowsKept()
    {
        for (const QString &format : {QStringLiteral("jsonl"), QStringLiteral("json")}) {
            bool firstPageServed = false;
            m_sandbox.server().setExchangeObserver(
                [&](const sandbox::Request &request, const sandbox::Response &) {
                    if (request.method == "GET" &&
                        request.path.endsWith(QLatin1String("/members/")) && !firstPageServed) {
                        firstPageServed = true;
                        m_sandbox.server().addFault({"GET", QStringLiteral("members/"),
                                                     sandbox::Fault::Kind::Html500, 0, 100});
                    }
                });
            const Run r =
                run({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--fields"),
                     QStringLiteral("email"), QStringLiteral("--format"), format},
                    environment());
            m_sandbox.server().setExchangeObserver({});
            m_sandbox.server().clearFaults();
            QVERIFY(firstPageServed);
            QCOMPARE(r.exitCode, 31);
            QCOMPARE(errorOf(r).value(QLatin1String("status")).toInt(), 500);
            if (format == QLatin1String("jsonl"))
                QCOMPARE(r.out.trimmed().split('\n').size(), 100);
            else
                QVERIFY(r.out.isEmpty());
        }
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
        // The overall help and the usage errors too, not only each command's summary.
        r = run({QStringLiteral("--help")}, env);
        QVERIFY2(r.out.startsWith("Aufruf: ") && r.out.contains("sentry-members-cli [Optionen]"),
                 r.out.constData());
        QVERIFY2(r.out.contains("\nBefehle:\n"), r.out.constData());
        QVERIFY2(r.out.contains("Diese Hilfe und die Exit-Codes anzeigen."), r.out.constData());
        r = run({QStringLiteral("bulk"), QStringLiteral("x.csv"), QStringLiteral("--kind"),
                 QStringLiteral("people")},
                env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Unbekannte Art people"), r.err.constData());
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
