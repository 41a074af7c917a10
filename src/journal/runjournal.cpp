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

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

constexpr char rowColumns[] = "row, line, source, class, reason, operation, state, status, "
                              "run_id, attempted_at, outcome, message, before";

JournalRow rowFrom(const QSqlQuery &q)
{
    JournalRow row;
    row.row = q.value(0).toInt();
    row.line = q.value(1).toInt();
    row.source = objectFrom(q.value(2));
    row.rowClass = q.value(3).toString();
    row.reason = q.value(4).toString();
    if (!q.value(5).isNull())
        row.operation = ops::Operation::fromJson(objectFrom(q.value(5)));
    row.state = JournalRow::State(q.value(6).toInt());
    row.status = q.value(7).toString();
    row.runId = q.value(8).toString();
    row.attemptedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    if (!q.value(10).isNull())
        row.outcome = outcomeFromName(q.value(10).toString());
    row.message = q.value(11).toString();
    if (!q.value(12).isNull())
        row.before = ops::TargetState::fromJson(objectFrom(q.value(12)));
    return row;
}

// The address an invitation or a resend goes to, for the per-address limit; "" for other
// operations.
QString inviteAddress(const std::optional<ops::Operation> &operation)
{
    return operation ? operation->invitationAddress() : QString();
}

// A planned row's columns, in this order: class, reason, operation, op_kind, address, before,
// state, status, message. A row with nothing to send is skipped, with its reason.
void bindPlanned(QSqlQuery &q, const PlannedRow &row)
{
    const bool sent = row.operation.has_value();
    q.addBindValue(row.rowClass);
    q.addBindValue(row.reason);
    q.addBindValue(sent ? compact(row.operation->toJson()) : QVariant());
    q.addBindValue(sent ? ops::kindName(row.operation->kind()) : QString());
    q.addBindValue(inviteAddress(row.operation));
    q.addBindValue(row.before.known ? compact(row.before.toJson()) : QVariant());
    q.addBindValue(int(sent ? JournalRow::State::Planned : JournalRow::State::Done));
    q.addBindValue(sent ? QStringLiteral("planned") : QStringLiteral("skipped"));
    q.addBindValue(sent ? QString() : row.reason);
}

} // namespace

RunJournal::RunJournal(const QString &path)
    : m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // Another process (the app and the CLI, or a resumed run) may hold a write a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    // WAL with full syncs: a committed attempt survives a crash and a power cut.
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
             exec(QStringLiteral("PRAGMA synchronous=FULL")) &&
             exec(QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, "
                                 "file TEXT, kind TEXT, created TEXT, state TEXT, pid INTEGER)")) &&
             exec(QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS rows (run TEXT, row INTEGER, line INTEGER, "
                 "source TEXT, class TEXT, reason TEXT, operation TEXT, op_kind TEXT, "
                 "address TEXT, before TEXT, state INTEGER, status TEXT, run_id TEXT, "
                 "attempted_at TEXT, outcome TEXT, message TEXT, PRIMARY KEY (run, row))"));
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
    QString safeOrg = organization;
    safeOrg.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal/") + safeOrg + QLatin1Char('-') + name +
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
                                             const QList<PlannedRow> &rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Short enough to type after --resume, unique enough within one organization's runs.
    const QString id = now.toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
                       QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
                           .rightJustified(4, QLatin1Char('0'));
    db.transaction();
    QSqlQuery run(db);
    run.prepare(QStringLiteral(
        "INSERT INTO runs (id, file, kind, created, state, pid) VALUES (?, ?, ?, ?, ?, 0)"));
    run.addBindValue(id);
    run.addBindValue(file);
    run.addBindValue(kind);
    run.addBindValue(utc(now));
    run.addBindValue(QStringLiteral("paused"));
    bool ok = run.exec();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO rows (run, row, line, source, class, reason, operation, op_kind, address, "
        "before, state, status, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const PlannedRow &row : rows) {
        if (!ok)
            break;
        insert.addBindValue(id);
        insert.addBindValue(row.row);
        insert.addBindValue(row.line);
        insert.addBindValue(compact(row.source));
        bindPlanned(insert, row);
        ok = insert.exec();
    }
    if (!ok || !db.commit()) {
        m_error = (ok ? db.lastError() : insert.lastError()).text();
        if (m_error.trimmed().isEmpty())
            m_error = run.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return id;
}

bool RunJournal::markAttempted(const QString &run, int row, const QString &runId,
                               const QDateTime &at)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE rows SET state = ?, run_id = ?, attempted_at = ? "
                             "WHERE run = ? AND row = ?"));
    q.addBindValue(int(JournalRow::State::Attempted));
    q.addBindValue(runId);
    q.addBindValue(utc(at));
    q.addBindValue(run);
    q.addBindValue(row);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_error = q.lastError().text();
    m_batchFailed = true;
    return false;
}

bool RunJournal::recordOutcome(const QString &run, int row, const ops::RunOutcome &outcome,
                               const QString &status)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // A row Sentry did not make (cancelled before it went out, a 429) is planned again; one
    // whose outcome is still unknown stays attempted, to be checked before anything else.
    const bool planned = status == QLatin1String("planned");
    const bool unknown = status == QLatin1String("unknown");
    const bool finished = !planned && !unknown;
    q.prepare(QStringLiteral("UPDATE rows SET state = ?, status = ?, outcome = ?, message = ? "
                             "WHERE run = ? AND row = ?"));
    q.addBindValue(int(planned   ? JournalRow::State::Planned
                       : unknown ? JournalRow::State::Attempted
                                 : JournalRow::State::Done));
    q.addBindValue(status);
    q.addBindValue(finished ? ops::outcomeName(outcome.kind) : QVariant());
    q.addBindValue(outcome.message);
    q.addBindValue(run);
    q.addBindValue(row);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_error = q.lastError().text();
    m_batchFailed = true;
    return false;
}

bool RunJournal::begin()
{
    m_batchFailed = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (db.transaction())
        return true;
    m_error = db.lastError().text();
    return false;
}

bool RunJournal::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!m_batchFailed && db.commit())
        return true;
    if (!m_batchFailed)
        m_error = db.lastError().text();
    db.rollback();
    return false;
}

bool RunJournal::replan(const QString &run, const PlannedRow &row)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE rows SET class = ?, reason = ?, operation = ?, op_kind = ?, "
                             "address = ?, before = ?, state = ?, status = ?, message = ? "
                             "WHERE run = ? AND row = ? AND state = ?"));
    bindPlanned(q, row);
    q.addBindValue(run);
    q.addBindValue(row.row);
    q.addBindValue(int(JournalRow::State::Planned));
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool RunJournal::setRunState(const QString &run, const QString &state, qint64 pid)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE runs SET state = ?, pid = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(pid);
    q.addBindValue(run);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_error = q.lastError().text();
    return false;
}

QList<JournalRun> RunJournal::selectRuns(const QString &where, const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, file, kind, created, state, pid FROM runs %1 "
                             "ORDER BY created, id")
                  .arg(where));
    if (!id.isNull())
        q.addBindValue(id);
    QList<JournalRun> runs;
    if (!q.exec())
        return runs;
    while (q.next()) {
        JournalRun run;
        run.id = q.value(0).toString();
        run.file = q.value(1).toString();
        run.kind = q.value(2).toString();
        run.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        run.state = q.value(4).toString();
        run.pid = q.value(5).toLongLong();
        runs.append(run);
    }
    QSqlQuery counts(QSqlDatabase::database(m_connection));
    counts.prepare(QStringLiteral("SELECT status, state, COUNT(*) FROM rows WHERE run = ? "
                                  "GROUP BY status, state"));
    for (JournalRun &run : runs) {
        counts.addBindValue(run.id);
        if (!counts.exec())
            continue;
        while (counts.next()) {
            const int n = counts.value(2).toInt();
            run.rows += n;
            if (counts.value(1).toInt() == int(JournalRow::State::Attempted))
                run.unanswered += n;
            run.counts[counts.value(0).toString()] += n;
        }
    }
    return runs;
}

QList<JournalRun> RunJournal::runs() const
{
    return selectRuns(QString(), QString());
}

std::optional<JournalRun> RunJournal::run(const QString &id) const
{
    const QList<JournalRun> found = selectRuns(QStringLiteral("WHERE id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
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
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM rows WHERE state > 0 AND run_id IS NOT NULL "
                             "AND op_kind IN ('invite', 'resend-invite') AND "
                             "substr(attempted_at, 1, 10) = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, int> RunJournal::inviteAddressesOn(const QDate &day) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT address, COUNT(*) FROM rows WHERE state > 0 AND "
                             "run_id IS NOT NULL AND address != '' AND "
                             "substr(attempted_at, 1, 10) = ? GROUP BY address"));
    q.addBindValue(day.toString(Qt::ISODate));
    QHash<QString, int> used;
    if (q.exec()) {
        while (q.next())
            used.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return used;
}

} // namespace sm::journal
