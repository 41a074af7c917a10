// SPDX-License-Identifier: MIT
// sentry-members-cli bulk against the sandbox: the preview's classes and exit codes, Sentry's
// daily invitation limit planned over three days (never a 429), runs killed with SIGKILL and
// resumed until every row reached the sandbox exactly once, rate limits with no failed row,
// and mixed failures reported per row.
#include "clifixture.h"

#include <QRandomGenerator>

using namespace sm;
using namespace sm::test;

namespace {

QList<QJsonObject> lines(const QByteArray &jsonl)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : jsonl.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

QMap<QString, int> statusCounts(const QList<QJsonObject> &rows)
{
    QMap<QString, int> counts;
    for (const QJsonObject &row : rows)
        ++counts[row.value(QLatin1String("status")).toString()];
    return counts;
}

// The JSON error object on stderr's last line (after the run's id and the preview).
QJsonObject lastError(const Run &r)
{
    const QList<QByteArray> errLines = r.err.trimmed().split('\n');
    return QJsonDocument::fromJson(errLines.constLast())
        .object()
        .value(QLatin1String("error"))
        .toObject();
}

QString runIdOf(const Run &r)
{
    const QByteArray first = r.err.left(r.err.indexOf('\n'));
    return first.startsWith("run: ") ? QString::fromUtf8(first.mid(5)) : QString();
}

} // namespace

class TestCliBulk : public QObject, public CliFixture
{
    Q_OBJECT

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_config.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text.toUtf8());
        return path;
    }

    // The member with role `role` and teams, joined, neither owner nor IdP-managed.
    QStringList joinedMembers(int count)
    {
        QStringList emails;
        for (const sandbox::MemberRecord &m : m_sandbox.org().members) {
            if (m.userId && m.role == QLatin1String("member") && emails.size() < count &&
                !m.flags.value(QStringLiteral("idp:provisioned")) &&
                !m.flags.value(QStringLiteral("idp:role-restricted")))
                emails.append(m.email);
        }
        return emails;
    }

private slots:
    void init()
    {
        m_sandbox.server().clearFaults();
        m_sandbox.api().setClockOffset(0);
        m_sandbox.api().rateLimiter().setDefaultLimit(0);
    }

    void templateAndVersionLine()
    {
        const Run t =
            run({QStringLiteral("bulk"), QStringLiteral("--template"), QStringLiteral("links")},
                environment(QString()));
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.startsWith("# sentry-members bulk 1 links\n"
                                 "member,provider,integration,external_name,external_id\n"));
        const QString later = writeFile(QStringLiteral("later.csv"),
                                        QStringLiteral("# sentry-members bulk 9 invites\n"
                                                       "email,role,teams,send_invite\n"
                                                       "a@example.com,member,,\n"));
        const Run r =
            run({QStringLiteral("bulk"), later, QStringLiteral("--dry-run")}, environment());
        QCOMPARE(r.exitCode, 21);
        QVERIFY2(errorOf(r)
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("later.csv:1: This file was written for version 9")),
                 r.err.constData());
        // "email,role" is an invitation and a SCIM provisioning alike: the kind is asked for.
        const QString both =
            writeFile(QStringLiteral("both.csv"), QStringLiteral("email,role\na@example.com,\n"));
        const Run ambiguous =
            run({QStringLiteral("bulk"), both, QStringLiteral("--dry-run")}, environment());
        QCOMPARE(ambiguous.exitCode, 21);
        QVERIFY(errorOf(ambiguous)
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("invites, scim")));
    }

    void dryRunClassifiesEveryRow()
    {
        const QString joined = joinedMembers(1).constFirst();
        const QString file = writeFile(QStringLiteral("problems.csv"),
                                       QStringLiteral("email,role,teams,send_invite\n"
                                                      "fresh1@example.com,member,backend,true\n"
                                                      "not-an-email,member,,\n"
                                                      "fresh1@example.com,member,,\n"
                                                      "%1,member,,\n"
                                                      "fresh2@example.com,member,no-such-team,\n"
                                                      "fresh3@example.com,admin,,\n")
                                           .arg(joined));
        const int posts = requestsMade("POST");
        const Run r = run({QStringLiteral("bulk"), file, QStringLiteral("--dry-run"),
                           QStringLiteral("--format"), QStringLiteral("jsonl")},
                          environment());
        QCOMPARE(r.exitCode, 21);
        const QList<QJsonObject> rows = lines(r.out);
        QCOMPARE(rows.size(), 6);
        const QStringList expected{
            QStringLiteral("ready"),        QStringLiteral("malformed"),
            QStringLiteral("duplicate"),    QStringLiteral("already-member"),
            QStringLiteral("unknown-team"), QStringLiteral("role-not-allowed")};
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).value(QLatin1String("class")).toString(), expected.at(i));
        QCOMPARE(rows.at(1).value(QLatin1String("column")).toString(), QStringLiteral("email"));
        QCOMPARE(rows.at(5).value(QLatin1String("reason")).toString(),
                 QStringLiteral("The role 'admin' is deprecated and may no longer be assigned."));
        QCOMPARE(requestsMade("POST"), posts); // a preview sends nothing

        const QString fine =
            writeFile(QStringLiteral("fine.csv"), QStringLiteral("email,role,teams,send_invite\n"
                                                                 "fresh9@example.com,member,,\n"));
        QCOMPARE(run({QStringLiteral("bulk"), fine, QStringLiteral("--dry-run")}, environment())
                     .exitCode,
                 0);
    }

    // Without --yes and with no terminal to ask on: 24, nothing sent; the run can go on.
    void needsYesWithoutTerminal()
    {
        const QString file =
            writeFile(QStringLiteral("one.csv"), QStringLiteral("email,role,teams,send_invite\n"
                                                                "asked@example.com,member,,\n"));
        const int posts = requestsMade("POST");
        const Run r = run({QStringLiteral("bulk"), file}, environment());
        QCOMPARE(r.exitCode, 24);
        QCOMPARE(requestsMade("POST"), posts);
        const QString id = runIdOf(r);
        QVERIFY2(!id.isEmpty(), r.err.constData());
        const Run resumed =
            run({QStringLiteral("bulk"), QStringLiteral("--resume"), id, QStringLiteral("--yes"),
                 QStringLiteral("--format"), QStringLiteral("jsonl")},
                environment());
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY(memberNamed(QStringLiteral("asked@example.com")));
        QCOMPARE(statusCounts(lines(resumed.out)).value(QStringLiteral("done")), 1);

        const Run runs = run({QStringLiteral("bulk"), QStringLiteral("runs"),
                              QStringLiteral("--format"), QStringLiteral("json")},
                             environment());
        QCOMPARE(runs.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(runs.out).array();
        const auto mine = std::find_if(all.cbegin(), all.cend(), [&](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("id")).toString() == id;
        });
        QVERIFY(mine != all.cend());
        const QJsonObject record = mine->toObject();
        QCOMPARE(record.value(QLatin1String("kind")).toString(), QStringLiteral("invites"));
        QCOMPARE(record.value(QLatin1String("state")).toString(), QStringLiteral("done"));
        QCOMPARE(record.value(QLatin1String("file")).toString(), file);
        QVERIFY(
            QDateTime::fromString(record.value(QLatin1String("created")).toString(), Qt::ISODate)
                .isValid());
        QCOMPARE(record.value(QLatin1String("counts")).toObject().value(QLatin1String("done")),
                 QJsonValue(1));

        QCOMPARE(
            run({QStringLiteral("bulk"), QStringLiteral("remove"), id}, environment()).exitCode, 0);
        QCOMPARE(
            run({QStringLiteral("bulk"), QStringLiteral("remove"), id}, environment()).exitCode,
            23);
    }

    // 250 invitations: 100 today, the rest planned, then sent as the sandbox's clock reaches
    // the next UTC days. Sentry never has to answer 429.
    void invitationsOverThreeDays()
    {
        QString text = QStringLiteral("email,role,teams,send_invite\n");
        for (int i = 0; i < 250; ++i)
            text += QStringLiteral("day%1@example.com,member,,\n").arg(i);
        const QString file = writeFile(QStringLiteral("invites250.csv"), text);
        // A fresh organization's day: the earlier tests' invitations are in its counters.
        m_sandbox.api().setClockOffset(10 * 86400);
        QList<int> statuses;
        m_sandbox.recordStatuses(&statuses);
        const auto invited = [&] {
            return std::count_if(
                m_sandbox.org().members.cbegin(), m_sandbox.org().members.cend(),
                [](const auto &m) { return m.email.startsWith(QLatin1String("day")); });
        };
        const Run first = run({QStringLiteral("bulk"), file, QStringLiteral("--yes"),
                               QStringLiteral("--format"), QStringLiteral("jsonl")},
                              environment());
        QCOMPARE(first.exitCode, 32);
        const QString id = runIdOf(first);
        QVERIFY(first.err.contains("100 on "));
        QVERIFY(first.err.contains("50 on "));
        const QMap<QString, int> counts = statusCounts(lines(first.out));
        QCOMPARE(counts.value(QStringLiteral("done")), 100);
        QCOMPARE(counts.value(QStringLiteral("planned")), 150);
        QCOMPARE(invited(), 100);
        QVERIFY2(lastError(first)
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("T00:00:00Z")),
                 first.err.constData());

        // The same day again: nothing more goes.
        const Run sameDay =
            run({QStringLiteral("bulk"), QStringLiteral("--resume"), id, QStringLiteral("--yes")},
                environment());
        QCOMPARE(sameDay.exitCode, 32);
        QCOMPARE(invited(), 100);

        m_sandbox.api().setClockOffset(11 * 86400);
        const Run second =
            run({QStringLiteral("bulk"), QStringLiteral("--resume"), id, QStringLiteral("--yes")},
                environment());
        QCOMPARE(second.exitCode, 32);
        QCOMPARE(invited(), 200);
        m_sandbox.api().setClockOffset(12 * 86400);
        const Run third =
            run({QStringLiteral("bulk"), QStringLiteral("--resume"), id, QStringLiteral("--yes")},
                environment());
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(invited(), 250);
        m_sandbox.server().setExchangeObserver({});
        QVERIFY(!statuses.contains(429));
    }

    // Resends spend the same daily limit: after 99 invitations, one of three resends goes
    // today and two wait for 00:00 UTC, with no 429 from the sandbox.
    void resendsShareTheInvitationLimit()
    {
        m_sandbox.api().setClockOffset(30 * 86400); // a day no other test invited on
        QString text = QStringLiteral("email,role,teams,send_invite\n");
        for (int i = 0; i < 99; ++i)
            text += QStringLiteral("again%1@example.com,member,,\n").arg(i);
        QList<int> statuses;
        m_sandbox.recordStatuses(&statuses);
        const Run invited = run({QStringLiteral("bulk"), writeFile(QStringLiteral("i99.csv"), text),
                                 QStringLiteral("--yes")},
                                environment());
        QCOMPARE(invited.exitCode, 0);

        const QString resends =
            writeFile(QStringLiteral("resends.csv"),
                      QStringLiteral("member\nagain0@example.com\n"
                                     "again1@example.com\nagain2@example.com\n"));
        const Run preview = run({QStringLiteral("bulk"), resends, QStringLiteral("--kind"),
                                 QStringLiteral("resends"), QStringLiteral("--dry-run"),
                                 QStringLiteral("--format"), QStringLiteral("jsonl")},
                                environment());
        QCOMPARE(preview.exitCode, 21);
        const QList<QJsonObject> planned = lines(preview.out);
        QCOMPARE(planned.size(), 3);
        QCOMPARE(planned.at(0).value(QLatin1String("class")).toString(), QStringLiteral("ready"));
        QCOMPARE(planned.at(2).value(QLatin1String("class")).toString(),
                 QStringLiteral("over-quota"));

        int reinvites = 0;
        m_sandbox.server().setExchangeObserver(
            [&](const sandbox::Request &request, const sandbox::Response &response) {
                statuses.append(response.status);
                if (request.method == "PUT" && request.body.contains("reinvite"))
                    ++reinvites;
            });
        const Run sent = run({QStringLiteral("bulk"), resends, QStringLiteral("--kind"),
                              QStringLiteral("resends"), QStringLiteral("--yes"),
                              QStringLiteral("--format"), QStringLiteral("jsonl")},
                             environment());
        m_sandbox.server().setExchangeObserver({});
        QCOMPARE(sent.exitCode, 32);
        const QMap<QString, int> counts = statusCounts(lines(sent.out));
        QCOMPARE(counts.value(QStringLiteral("done")), 1);
        QCOMPARE(counts.value(QStringLiteral("planned")), 2);
        QCOMPARE(reinvites, 1);
        QVERIFY(!statuses.contains(429));
    }

    // SIGKILL at random points of a 1,000-row run, then resumed, until it is done: every row
    // reached the sandbox exactly once.
    void killedAndResumedSendsEachRowOnce()
    {
        QString text = QStringLiteral("email,role\n");
        for (int i = 0; i < 1000; ++i)
            text += QStringLiteral("scim%1@example.com,member\n").arg(i);
        const QString file = writeFile(QStringLiteral("scim1000.csv"), text);
        QHash<QString, int> posted;
        int postsSeen = 0;
        m_sandbox.server().setExchangeObserver(
            [&](const sandbox::Request &request, const sandbox::Response &) {
                if (request.method != "POST" || !request.path.contains(QLatin1String("scim/v2")))
                    return;
                ++postsSeen;
                ++posted[QJsonDocument::fromJson(request.body)
                             .object()
                             .value(QLatin1String("userName"))
                             .toString()];
            });
        QString id;
        int kills = 0;
        QStringList args{QStringLiteral("bulk"),   file,
                         QStringLiteral("--kind"), QStringLiteral("scim"),
                         QStringLiteral("--yes"),  QStringLiteral("--format"),
                         QStringLiteral("jsonl")};
        for (int attempt = 0; attempt < 40; ++attempt) {
            QProcess process;
            process.setProcessEnvironment(environment());
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(QStringLiteral(CLI_EXECUTABLE), args);
            process.closeWriteChannel();
            // Killed once a random number of further rows have reached the sandbox.
            const int target = postsSeen + 20 + int(QRandomGenerator::global()->bounded(130));
            const bool reached =
                kills < 6 &&
                QTest::qWaitFor([&] { return postsSeen >= target || !finished.isEmpty(); }, 30000);
            if (reached && finished.isEmpty()) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++kills;
            }
            if (finished.isEmpty())
                QVERIFY(finished.wait(60000));
            if (id.isEmpty()) {
                const QByteArray err = process.readAllStandardError();
                QVERIFY2(err.startsWith("run: "), err.constData());
                id = QString::fromUtf8(err.mid(5, err.indexOf('\n') - 5));
                args = {
                    QStringLiteral("bulk"),  QStringLiteral("--resume"), id,
                    QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("jsonl")};
            }
            if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
                break;
        }
        m_sandbox.server().setExchangeObserver({});
        QVERIFY2(kills >= 5, qPrintable(QString::number(kills)));
        QCOMPARE(posted.size(), 1000);
        for (auto it = posted.cbegin(); it != posted.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const Run runs = run({QStringLiteral("bulk"), QStringLiteral("runs"),
                              QStringLiteral("--format"), QStringLiteral("jsonl")},
                             environment());
        bool found = false;
        for (const QJsonObject &record : lines(runs.out)) {
            if (record.value(QLatin1String("id")).toString() != id)
                continue;
            found = true;
            QCOMPARE(record.value(QLatin1String("state")).toString(), QStringLiteral("done"));
            QCOMPARE(record.value(QLatin1String("counts")).toObject().value(QLatin1String("done")),
                     QJsonValue(1000));
        }
        QVERIFY(found);
    }

    // Ctrl-C: nothing more is sent, rows in flight end as they end (a change sent and not
    // answered stays to be checked), the run is "interrupted", exit 130; resumed, it ends
    // with every row sent once.
    void interruptedAndResumed()
    {
        // Few enough rows that the sandbox keeps every request of both runs (500).
        m_sandbox.api().clearReceived();
        QString text = QStringLiteral("email,role\n");
        for (int i = 0; i < 150; ++i)
            text += QStringLiteral("int%1@example.com,member\n").arg(i);
        const QString file = writeFile(QStringLiteral("scim150.csv"), text);
        const QStringList args{QStringLiteral("bulk"),   file,
                               QStringLiteral("--kind"), QStringLiteral("scim"),
                               QStringLiteral("--yes"),  QStringLiteral("--format"),
                               QStringLiteral("jsonl")};
        const Run stopped = interruptedAt("POST", args);
        QCOMPARE(stopped.exitCode, 130);
        const QString id = runIdOf(stopped);
        QVERIFY(!id.isEmpty());
        QVERIFY(lastError(stopped).value(QLatin1String("message")).toString().contains(id));
        const Run runs = run({QStringLiteral("bulk"), QStringLiteral("runs"),
                              QStringLiteral("--format"), QStringLiteral("jsonl")},
                             environment());
        bool interrupted = false;
        for (const QJsonObject &record : lines(runs.out)) {
            if (record.value(QLatin1String("id")).toString() == id)
                interrupted =
                    record.value(QLatin1String("state")).toString() == QLatin1String("interrupted");
        }
        QVERIFY2(interrupted, runs.out.constData());
        const Run resumed =
            run({QStringLiteral("bulk"), QStringLiteral("--resume"), id, QStringLiteral("--yes")},
                environment());
        QCOMPARE(resumed.exitCode, 0);
        QHash<QString, int> posted;
        for (const sandbox::Request &r : m_sandbox.api().received()) {
            if (r.method == "POST" && r.path.contains(QLatin1String("scim/v2")))
                ++posted[QJsonDocument::fromJson(r.body)
                             .object()
                             .value(QLatin1String("userName"))
                             .toString()];
        }
        int ours = 0;
        for (auto it = posted.cbegin(); it != posted.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("int")))
                continue;
            ++ours;
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        }
        QCOMPARE(ours, 150);
    }

    // A rate-limited Sentry: the run waits for its windows and no row fails.
    void rateLimitedWithNoFailedRow()
    {
        const QStringList members = joinedMembers(30);
        QCOMPARE(members.size(), 30);
        QString text = QStringLiteral("member,role,teams,remove_teams\n");
        for (const QString &email : members)
            text += QStringLiteral("%1,,frontend,\n").arg(email);
        const QString file = writeFile(QStringLiteral("roles30.csv"), text);
        m_sandbox.api().rateLimiter().setDefaultLimit(10);
        const Run r = run({QStringLiteral("bulk"), file, QStringLiteral("--yes"),
                           QStringLiteral("--format"), QStringLiteral("jsonl")},
                          environment());
        m_sandbox.api().rateLimiter().setDefaultLimit(0);
        const QMap<QString, int> counts = statusCounts(lines(r.out));
        QVERIFY2(r.exitCode == 0 ||
                     (r.exitCode == 62 && counts.value(QStringLiteral("failed")) == 0 &&
                      counts.value(QStringLiteral("refused")) == 0),
                 r.err.constData());
        QCOMPARE(counts.value(QStringLiteral("failed")), 0);
        QCOMPARE(counts.value(QStringLiteral("refused")), 0);
        QCOMPARE(counts.value(QStringLiteral("done")) + counts.value(QStringLiteral("skipped")),
                 30);
    }

    // A 429 refuses a row without making it: the row waits for the window Sentry names and
    // goes again; nothing fails and nothing is made twice.
    void tooManyRequestsWaitsForTheWindow()
    {
        const QStringList members = joinedMembers(50).mid(40, 3);
        QCOMPARE(members.size(), 3);
        QString text = QStringLiteral("member,role,teams,remove_teams\n");
        for (const QString &email : members)
            text += QStringLiteral("%1,manager,,\n").arg(email);
        const QString file = writeFile(QStringLiteral("limited.csv"), text);
        const sandbox::MemberRecord *second = memberNamed(members.at(1));
        QVERIFY(second);
        QString error;
        m_sandbox.server().addFault(*sandbox::parseFault(
            QStringLiteral("PUT members/%1/=rate-limited:1*1").arg(second->id), &error));
        m_sandbox.api().clearReceived();
        const Run r = run({QStringLiteral("bulk"), file, QStringLiteral("--yes"),
                           QStringLiteral("--format"), QStringLiteral("jsonl")},
                          environment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(statusCounts(lines(r.out)).value(QStringLiteral("done")), 3);
        const QString path = QStringLiteral("/members/%1/").arg(second->id);
        const auto &received = m_sandbox.api().received();
        // The sandbox's journal keeps the requests it answered itself: the one after the 429.
        QCOMPARE(std::count_if(received.cbegin(), received.cend(),
                               [&](const sandbox::Request &q) {
                                   return q.method == "PUT" && q.path.endsWith(path);
                               }),
                 1);
        QCOMPARE(memberNamed(members.at(1))->role, QStringLiteral("manager"));
    }

    // One row's request fails (a 500): that row says so, the others are done, exit 62.
    void mixedFailuresPerRow()
    {
        const QStringList members = joinedMembers(40).mid(30, 5);
        QCOMPARE(members.size(), 5);
        QString text = QStringLiteral("member,role,teams,remove_teams\n");
        for (const QString &email : members)
            text += QStringLiteral("%1,manager,,\n").arg(email);
        text += QStringLiteral("nobody@example.com,manager,,\n");
        const QString file = writeFile(QStringLiteral("mixed.csv"), text);
        const sandbox::MemberRecord *third = memberNamed(members.at(2));
        QVERIFY(third);
        QString error;
        m_sandbox.server().addFault(*sandbox::parseFault(
            QStringLiteral("PUT members/%1/=html-500*1").arg(third->id), &error));
        const Run r = run({QStringLiteral("bulk"), file, QStringLiteral("--yes"),
                           QStringLiteral("--concurrency"), QStringLiteral("2"),
                           QStringLiteral("--format"), QStringLiteral("jsonl")},
                          environment());
        QCOMPARE(r.exitCode, 62);
        QHash<int, QJsonObject> byRow;
        for (const QJsonObject &row : lines(r.out))
            byRow.insert(row.value(QLatin1String("row")).toInt(), row);
        QCOMPARE(byRow.size(), 6);
        QCOMPARE(byRow.value(3).value(QLatin1String("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(byRow.value(6).value(QLatin1String("status")).toString(),
                 QStringLiteral("skipped"));
        QCOMPARE(byRow.value(6).value(QLatin1String("class")).toString(),
                 QStringLiteral("malformed"));
        for (int row : {1, 2, 4, 5})
            QCOMPARE(byRow.value(row).value(QLatin1String("status")).toString(),
                     QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_clibulk.moc"
