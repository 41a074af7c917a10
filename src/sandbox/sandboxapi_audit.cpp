// SPDX-License-Identifier: MIT
// The audit log (src/sentry/core/endpoints/organization_auditlogs.py): what the member
// endpoints wrote, newest first, paged by DateTimePaginator (src/sentry/api/paginator.py).
#include "sandbox/drf.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/serialize.h"

#include <QRegularExpression>

#include <algorithm>

namespace sm::sandbox {

namespace {

// Every api name Sentry registers for the events the sandbox knows about, and the others
// an organization's log may hold (audit_log/register.py); the endpoint lists them all.
const char *const apiNames[] = {
    "member.invite",
    "member.add",
    "member.accept-invite",
    "member.edit",
    "member.remove",
    "member.join-team",
    "member.leave-team",
    "member.pending",
    "org.create",
    "org.edit",
    "org.remove",
    "org.restore",
    "team.create",
    "team.edit",
    "team.remove",
    "project.create",
    "project.edit",
    "project.remove",
    "sso.enable",
    "sso.disable",
    "sso.edit",
    "sso-identity.link",
    "api-key.create",
    "api-key.edit",
    "api-key.remove",
    "integration.add",
    "integration.edit",
    "integration.remove",
    "sentry-app.add",
    "sentry-app.remove",
    "sentry-app.install",
    "sentry-app.uninstall",
    "invite-request.create",
    "invite-request.remove",
    "invite.remove",
    "member.reinvite",
};

struct Cursor
{
    qint64 value = 0; // milliseconds since the epoch of the row the page starts at
    qint64 offset = 0;
    bool isPrev = false;
};

QString cursorText(qint64 value, qint64 offset, bool isPrev)
{
    return QStringLiteral("%1:%2:%3").arg(value).arg(offset).arg(isPrev ? 1 : 0);
}

// statsPeriod: <number><s|m|h|d|w>.
std::optional<qint64> periodSeconds(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+)([smhdw])$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    static const QHash<QString, qint64> unit{{QStringLiteral("s"), 1},
                                             {QStringLiteral("m"), 60},
                                             {QStringLiteral("h"), 3600},
                                             {QStringLiteral("d"), 86400},
                                             {QStringLiteral("w"), 7 * 86400}};
    return n * unit.value(m.captured(2));
}

} // namespace

Response SandboxApi::listAuditLogs(const Requester &, const Request &request)
{
    const QUrlQuery &query = request.query;
    // AuditLogQueryParamSerializer.
    QJsonObject errors;
    std::optional<qint64> actor;
    if (query.hasQueryItem(QStringLiteral("actor"))) {
        bool ok = false;
        const qint64 id = query.queryItemValue(QStringLiteral("actor")).trimmed().toLongLong(&ok);
        constexpr qint64 maxValue = 2147483647; // BoundedIntegerField.MAX_VALUE
        if (!ok)
            errors.insert(QStringLiteral("actor"), QJsonArray{drf::invalidInteger()});
        else if (id > maxValue)
            errors.insert(QStringLiteral("actor"),
                          QJsonArray{QStringLiteral("Ensure this value is less than or equal to "
                                                    "%1.")
                                         .arg(maxValue)});
        else
            actor = id;
    }
    std::optional<qint64> startMs, endMs;
    for (const char *field : {"start", "end"}) {
        if (!query.hasQueryItem(QLatin1String(field)))
            continue;
        const QDateTime when = QDateTime::fromString(
            query.queryItemValue(QLatin1String(field), QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!when.isValid()) {
            errors.insert(
                QLatin1String(field),
                QJsonArray{QStringLiteral("Datetime has wrong format. Use one of these "
                                          "formats instead: "
                                          "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].")});
            continue;
        }
        (QLatin1String(field) == QLatin1String("start") ? startMs : endMs) =
            when.toMSecsSinceEpoch();
    }
    if (!errors.isEmpty())
        return Response::json(400, errors);
    if (query.hasQueryItem(QStringLiteral("statsPeriod"))) {
        const QString text = query.queryItemValue(QStringLiteral("statsPeriod"));
        const auto seconds = periodSeconds(text);
        if (!seconds)
            return Response::detail(400, QStringLiteral("Invalid statsPeriod: %1").arg(text));
        endMs = now().toMSecsSinceEpoch();
        startMs = *endMs - *seconds * 1000;
    }
    const QString event = query.queryItemValue(QStringLiteral("event"));
    const bool knownEvent =
        std::any_of(std::begin(apiNames), std::end(apiNames),
                    [&](const char *name) { return event == QLatin1String(name); });

    // Pagination: per_page as everywhere, a cursor "<epoch ms>:<offset>:<is_prev>".
    int limit = 100;
    if (auto refused = readPerPage(request, &limit))
        return *refused;
    Cursor cursor;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const QStringList parts =
            query.queryItemValue(QStringLiteral("cursor")).split(QLatin1Char(':'));
        bool valueOk = false, offsetOk = false, prevOk = false;
        if (parts.size() == 3) {
            cursor.value = parts.at(0).toLongLong(&valueOk);
            cursor.offset = parts.at(1).toLongLong(&offsetOk);
            cursor.isPrev = parts.at(2).toLongLong(&prevOk) != 0;
        }
        if (!valueOk || !offsetOk || !prevOk)
            return Response::detail(400, QStringLiteral("Invalid cursor parameter."));
        if (cursor.offset < 0)
            return Response::detail(400, QStringLiteral("Pagination offset cannot be negative"));
    }

    // The organization's rows that pass the filters, newest first.
    QList<const AuditEntry *> rows;
    if (event.isEmpty() || knownEvent) {
        for (const AuditEntry &entry : m_org.auditLog) {
            if ((!event.isEmpty() && entry.event != event) || (actor && entry.actorId != actor))
                continue;
            if (startMs && endMs && (entry.dateMs < *startMs || entry.dateMs > *endMs))
                continue;
            rows.append(&entry);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const AuditEntry *a, const AuditEntry *b) {
        return std::pair(a->dateMs, a->id) > std::pair(b->dateMs, b->id);
    });

    // BasePaginator.get_result: from the cursor's value on (inclusive), past `offset` rows of
    // that value, one row more than the page to know whether a next page exists.
    QList<const AuditEntry *> fetched;
    if (!cursor.isPrev) {
        qsizetype skipped = 0;
        for (const AuditEntry *row : std::as_const(rows)) {
            if (cursor.value && row->dateMs > cursor.value)
                continue;
            if (skipped++ < cursor.offset)
                continue;
            if (fetched.size() > limit)
                break;
            fetched.append(row);
        }
    } else {
        // Paging back (which a client following "next" never does; approximated): the rows
        // newer than the cursor's value, oldest first, then turned around.
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            if ((*it)->dateMs <= cursor.value)
                continue;
            if (fetched.size() > limit)
                break;
            fetched.append(*it);
        }
        std::reverse(fetched.begin(), fetched.end());
    }
    const bool hasMore = fetched.size() > limit;

    // _build_next_values: the next page starts at the first row not shown, past the shown
    // rows that share its millisecond.
    qint64 nextValue = cursor.value, nextOffset = cursor.offset;
    bool hasNext = false;
    if (cursor.isPrev) {
        nextOffset = 0;
        hasNext = true;
    } else if (!fetched.isEmpty()) {
        const qint64 pageValue = cursor.value ? cursor.value : fetched.first()->dateMs;
        hasNext = hasMore;
        nextValue = fetched.last()->dateMs;
        if (nextValue == pageValue) {
            nextOffset = cursor.offset + limit;
        } else {
            nextOffset = 0;
            for (qsizetype i = fetched.size() - (hasMore ? 2 : 1); i >= 0; --i) {
                if (fetched.at(i)->dateMs > nextValue)
                    break;
                ++nextOffset;
            }
        }
    }
    if (hasMore)
        cursor.isPrev ? fetched.removeFirst() : fetched.removeLast();
    const bool hasPrev = cursor.isPrev ? hasMore : (cursor.value || cursor.offset);
    const qint64 prevValue = fetched.isEmpty() ? 0 : fetched.first()->dateMs;

    QJsonArray page;
    for (const AuditEntry *row : std::as_const(fetched))
        page.append(serialize::auditEntry(m_org, *row));
    QJsonArray options;
    for (const char *name : apiNames)
        options.append(QLatin1String(name));
    Response response = Response::json(
        200, QJsonObject{{QStringLiteral("rows"), page}, {QStringLiteral("options"), options}});

    response.headers.append(
        {"Link", linkHeader(request, cursorText(prevValue, 0, true), hasPrev,
                            cursorText(nextValue, nextOffset, false), hasNext)});
    return response;
}

} // namespace sm::sandbox
