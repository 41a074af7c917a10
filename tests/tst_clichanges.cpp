// SPDX-License-Identifier: MIT
// sentry-members-cli end to end, changing: each change against the sandbox, sent once, its
// outcome as JSON, what the sandbox then has, lost answers, Ctrl-C, permissions known before
// sending, and the packaged example script.
#include "clifixture.h"

using namespace sm;
using namespace sm::test;

class TestCliChanges : public QObject, protected CliFixture
{
    Q_OBJECT

private slots:
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

        // Relinked: the account now belongs to another member, as the app's form allows.
        const sandbox::MemberRecord *other = unlinkedJoinedMember();
        QVERIFY(other && other->email != email);
        const QString otherEmail = other->email;
        const qint64 otherUser = *other->userId;
        r = run(QStringList{QStringLiteral("external-users"), QStringLiteral("update"), linkId,
                            QStringLiteral("--member"), otherEmail} +
                    jsonl,
                environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(linksOfUser().isEmpty());
        const auto otherLinks = m_sandbox.org().externalUsersOf(otherUser);
        QCOMPARE(otherLinks.size(), 1);
        QCOMPARE(QString::number(otherLinks.constFirst()->id), linkId);
        QCOMPARE(otherLinks.constFirst()->externalName, QStringLiteral("@renamed"));

        // --member narrows a deletion to that member's links.
        r = run(QStringList{QStringLiteral("external-users"), QStringLiteral("delete"), linkId,
                            QStringLiteral("--member"), otherEmail} +
                    jsonl,
                environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(m_sandbox.org().externalUsersOf(otherUser).isEmpty());

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

    // The answer to an invitation is lost: the tool checks before it says anything, says the
    // invitation was made, and sent it once.
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

QTEST_GUILESS_MAIN(TestCliChanges)
#include "tst_clichanges.moc"
