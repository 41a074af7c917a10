// SPDX-License-Identifier: MIT
#include "journal/runjournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace sm::journal {

namespace {

using Kind = ops::RunOutcome::Kind;

std::optional<Kind> outcomeFromName(const QString &name)
{
    for (Kind kind : {Kind::Done, Kind::Refused, Kind::NotMade, Kind::MadeAfterAll,
                      Kind::PartlyMade, Kind::Unknown}) {
        if (ops::outcomeName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

JournalRow rowFrom(const QSqlQuery &q)
{
    JournalRow row;
    row.row = q.value(0).toInt();
    row.operation =
        ops::Operation::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object())
            .value_or(ops::Operation());
    row.state = JournalRow::State(q.value(2).toInt());
    row.runId = q.value(3).toString();
    row.attemptedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    if (!q.value(5).isNull())
        row.outcome = outcomeFromName(q.value(5).toString());
    row.message = q.value(6).toString();
    return row;
}

constexpr char rowColumns[] = "row, operation, state, run_id, attempted_at, outcome, message";

} // namespace

RunJournal::RunJournal(const QString &path)
    : m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    // WAL with full syncs: a committed attempt survives a crash and a power cut.
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
             exec(QStringLiteral("PRAGMA synchronous=FULL")) &&
             exec(QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, "
                                 "file TEXT, kind TEXT, created TEXT)")) &&
             exec(QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS rows (run TEXT, row INTEGER, operation TEXT, "
                 "op_kind TEXT, state INTEGER, run_id TEXT, attempted_at TEXT, outcome TEXT, "
                 "message TEXT, PRIMARY KEY (run, row))"));
}

RunJournal::~RunJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString RunJournal::pathFor(const QString &instance, const QString &organization)
{
    // One file per instance and organization; the name is a digest, the URL is not a path.
    const QByteArray key = (instance + QLatin1Char('\n') + organization).toUtf8();
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal/") + organization + QLatin1Char('-') + name +
           QStringLiteral(".sqlite");
}

bool RunJournal::exec(const QString &statement)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(statement))
        return true;
    m_error = q.lastError().text();
    return false;
}

std::optional<QString> RunJournal::createRun(const QString &file, const QString &kind,
                                             const QList<ops::Operation> &operations)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Short enough to type after --resume, unique enough within one organization's runs.
    const QString id = now.toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
                       QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
                           .rightJustified(4, QLatin1Char('0'));
    db.transaction();
    QSqlQuery run(db);
    run.prepare(QStringLiteral("INSERT INTO runs (id, file, kind, created) VALUES (?, ?, ?, ?)"));
    run.addBindValue(id);
    run.addBindValue(file);
    run.addBindValue(kind);
    run.addBindValue(utc(now));
    bool ok = run.exec();
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO rows (run, row, operation, op_kind, state) "
                               "VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; ok && i < operations.size(); ++i) {
        row.addBindValue(id);
        row.addBindValue(int(i + 1));
        row.addBindValue(QString::fromUtf8(
            QJsonDocument(operations.at(i).toJson()).toJson(QJsonDocument::Compact)));
        row.addBindValue(ops::kindName(operations.at(i).kind()));
        row.addBindValue(int(JournalRow::State::Planned));
        ok = row.exec();
    }
    if (!ok || !db.commit()) {
        m_error = (ok ? db.lastError() : row.lastError()).text();
        db.rollback();
        return std::nullopt;
    }
    return id;
}

bool RunJournal::markAttempted(const QString &run, int row, const QString &runId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE rows SET state = ?, run_id = ?, attempted_at = ? "
                             "WHERE run = ? AND row = ?"));
    q.addBindValue(int(JournalRow::State::Attempted));
    q.addBindValue(runId);
    q.addBindValue(utc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(run);
    q.addBindValue(row);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_error = q.lastError().text();
    return false;
}

bool RunJournal::recordOutcome(const QString &run, int row, const ops::RunOutcome &outcome)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE rows SET state = ?, outcome = ?, message = ? "
                             "WHERE run = ? AND row = ?"));
    q.addBindValue(int(JournalRow::State::Done));
    q.addBindValue(ops::outcomeName(outcome.kind));
    q.addBindValue(outcome.message);
    q.addBindValue(run);
    q.addBindValue(row);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_error = q.lastError().text();
    return false;
}

QList<JournalRun> RunJournal::runs() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral(
        "SELECT id, file, kind, created, COUNT(rows.row), "
        "SUM(rows.state = 2), SUM(rows.state = 1) FROM runs LEFT JOIN rows ON rows.run = runs.id "
        "GROUP BY runs.id ORDER BY created"));
    QList<JournalRun> runs;
    while (q.next()) {
        runs.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs),
                     q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()});
    }
    return runs;
}

QList<JournalRow> RunJournal::rows(const QString &run) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM rows WHERE run = ? ORDER BY row")
                  .arg(QLatin1String(rowColumns)));
    q.addBindValue(run);
    QList<JournalRow> rows;
    if (q.exec()) {
        while (q.next())
            rows.append(rowFrom(q));
    }
    return rows;
}

QList<JournalRow> RunJournal::unanswered(const QString &run) const
{
    QList<JournalRow> found = rows(run);
    found.removeIf([](const JournalRow &r) { return r.state != JournalRow::State::Attempted; });
    return found;
}

bool RunJournal::removeRun(const QString &run)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM rows WHERE run = ?"));
    q.addBindValue(run);
    bool ok = q.exec();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    r.addBindValue(run);
    ok = ok && r.exec() && r.numRowsAffected() == 1;
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

int RunJournal::invitesAttemptedOn(const QDate &day) const
{
    // Sentry counts every attempt that passes validation; an attempt is the closest the
    // journal knows (refused ones included, as Sentry counts them).
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM rows WHERE state > 0 AND "
                             "op_kind IN ('invite', 'resend-invite') AND "
                             "substr(attempted_at, 1, 10) = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace sm::journal
