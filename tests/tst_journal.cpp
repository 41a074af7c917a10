// SPDX-License-Identifier: MIT
// The bulk runs' journal: rows planned, attempted and answered survive the journal being
// closed and reopened (and the process being killed between an attempt and its answer), and
// the rows whose answer never came are the ones to check before anything is sent again.
#include "journal/runjournal.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace sm;
using namespace sm::journal;

namespace {

QList<PlannedRow> invites(int count)
{
    QList<PlannedRow> rows;
    for (int i = 0; i < count; ++i) {
        InviteMember invite;
        invite.email = QStringLiteral("Person%1@example.com").arg(i);
        invite.orgRole = QStringLiteral("member");
        PlannedRow row;
        row.row = i + 1;
        row.line = i + 2;
        row.source = {{QStringLiteral("email"), invite.email}};
        row.rowClass = QStringLiteral("ready");
        row.operation = ops::Operation(invite, invite.email);
        rows.append(row);
    }
    return rows;
}

ops::RunOutcome outcome(ops::RunOutcome::Kind kind, const QString &message)
{
    ops::RunOutcome done;
    done.kind = kind;
    done.message = message;
    return done;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

private slots:
    void rowsSurviveReopening()
    {
        QString run;
        {
            RunJournal journal(path());
            QVERIFY2(journal.isOpen(), qPrintable(journal.lastError()));
            const auto created = journal.createRun(QStringLiteral("people.csv"),
                                                   QStringLiteral("invites"), invites(3));
            QVERIFY2(created, qPrintable(journal.lastError()));
            run = *created;
            QVERIFY(journal.markAttempted(run, 1, QStringLiteral("op-1")));
            QVERIFY(journal.recordOutcome(
                run, 1, outcome(ops::RunOutcome::Kind::Done, QStringLiteral("invited")),
                QStringLiteral("done")));
            QVERIFY(journal.markAttempted(run, 2, QStringLiteral("op-2")));
            // A row the preview would not send is written as skipped, with its reason.
            PlannedRow skipped;
            skipped.row = 4;
            skipped.rowClass = QStringLiteral("malformed");
            skipped.reason = QStringLiteral("Enter a valid email address.");
            QVERIFY(journal.replan(run, skipped)); // row 4 does not exist: nothing to do
            QVERIFY(journal.setRunState(run, QStringLiteral("running"), 42));
        }
        RunJournal journal(path());
        const QList<JournalRow> rows = journal.rows(run);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).state, JournalRow::State::Done);
        QCOMPARE(rows.at(0).outcome, ops::RunOutcome::Kind::Done);
        QCOMPARE(rows.at(0).message, QStringLiteral("invited"));
        QCOMPARE(rows.at(0).status, QStringLiteral("done"));
        QCOMPARE(rows.at(0).operation->as<InviteMember>()->email,
                 QStringLiteral("Person0@example.com"));
        QCOMPARE(rows.at(0).source.value(QStringLiteral("email")).toString(),
                 QStringLiteral("Person0@example.com"));
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(1).state, JournalRow::State::Attempted);
        QCOMPARE(rows.at(1).runId, QStringLiteral("op-2"));
        QCOMPARE(rows.at(2).state, JournalRow::State::Planned);
        QCOMPARE(rows.at(2).status, QStringLiteral("planned"));

        const QList<JournalRow> check = journal.unanswered(run);
        QCOMPARE(check.size(), 1);
        QCOMPARE(check.constFirst().row, 2);

        const QList<JournalRun> runs = journal.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().id, run);
        QCOMPARE(runs.constFirst().rows, 3);
        QCOMPARE(runs.constFirst().counts.value(QStringLiteral("done")), 1);
        QCOMPARE(runs.constFirst().counts.value(QStringLiteral("planned")), 2);
        QCOMPARE(runs.constFirst().unanswered, 1);
        QCOMPARE(runs.constFirst().state, QStringLiteral("running"));
        QCOMPARE(runs.constFirst().pid, 42);
        QCOMPARE(journal.run(run)->rows, 3);
        QVERIFY(!journal.run(QStringLiteral("nope")));
        // Per address, case-folded: the limit of ten a day.
        QCOMPARE(journal.inviteAddressesOn(QDateTime::currentDateTimeUtc().date())
                     .value(QStringLiteral("person1@example.com")),
                 1);
        // Both attempts count against today's invite quota, the answered and the lost one.
        QCOMPARE(journal.invitesAttemptedOn(QDateTime::currentDateTimeUtc().date()), 2);
        QCOMPARE(journal.invitesAttemptedOn(QDateTime::currentDateTimeUtc().date().addDays(-1)), 0);

        QVERIFY(journal.removeRun(run));
        QVERIFY(journal.runs().isEmpty());
        QVERIFY(journal.rows(run).isEmpty());
        QVERIFY(!journal.removeRun(run));
    }

    // A child process marks a row attempted and is killed before it can record an answer:
    // the attempt is on disk, committed before the request would have gone out.
    void attemptSurvivesAKill()
    {
        const QString file = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QString run;
        {
            RunJournal journal(file);
            run = journal.createRun(QStringLiteral("-"), QStringLiteral("invites"), invites(2))
                      .value_or(QString());
            QVERIFY(!run.isEmpty());
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--attempt-and-hang"), file, run});
        QVERIFY(child.waitForReadyRead(20000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("attempted"));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(20000));

        RunJournal journal(file);
        const QList<JournalRow> check = journal.unanswered(run);
        QCOMPARE(check.size(), 1);
        QCOMPARE(check.constFirst().row, 1);
        QCOMPARE(check.constFirst().runId, QStringLiteral("op-killed"));
    }

    // Several attempts in one commit: all of them, or none when one cannot be written.
    void batchCommitsAllOrNothing()
    {
        RunJournal journal(m_dir.filePath(QStringLiteral("batch.sqlite")));
        const QString run =
            journal.createRun(QStringLiteral("-"), QStringLiteral("invites"), invites(3))
                .value_or(QString());
        QVERIFY(!run.isEmpty());
        QVERIFY(journal.begin());
        QVERIFY(journal.markAttempted(run, 1, QStringLiteral("op-1")));
        QVERIFY(journal.markAttempted(run, 2, QStringLiteral("op-2")));
        QVERIFY(journal.commit());
        QCOMPARE(journal.unanswered(run).size(), 2);

        QVERIFY(journal.begin());
        QVERIFY(journal.markAttempted(run, 3, QStringLiteral("op-3")));
        QVERIFY(!journal.markAttempted(run, 99, QStringLiteral("op-99"))); // no such row
        QVERIFY(!journal.commit());
        QCOMPARE(journal.unanswered(run).size(), 2); // row 3's attempt was rolled back
        // The journal goes on working after the failed batch.
        QVERIFY(journal.markAttempted(run, 3, QStringLiteral("op-3")));
        QCOMPARE(journal.unanswered(run).size(), 3);
    }

    void unwritablePath_saysWhy()
    {
        RunJournal journal(QStringLiteral("/proc/self/no-such-dir/journal.sqlite"));
        QVERIFY(!journal.isOpen() || !journal.createRun({}, {}, invites(1)));
        QVERIFY(!journal.lastError().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The child of attemptSurvivesAKill: marks row 1 attempted, says so, and waits to be killed.
    if (argc == 4 && qstrcmp(argv[1], "--attempt-and-hang") == 0) {
        RunJournal journal(QString::fromLocal8Bit(argv[2]));
        if (!journal.markAttempted(QString::fromLocal8Bit(argv[3]), 1, QStringLiteral("op-killed")))
            return 1;
        std::fputs("attempted\n", stdout);
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    TestJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journal.moc"
