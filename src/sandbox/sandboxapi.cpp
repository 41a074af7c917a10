// SPDX-License-Identifier: MIT
#include "sandbox/sandboxapi.h"

#include "sandbox/drf.h"
#include "sandbox/roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace sm::sandbox {

namespace {

QStringList scopes(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Response notFoundPage()
{
    // Django's plain 404 for a URL no route matches (a missing trailing slash, say).
    Response response;
    response.status = 404;
    response.contentType = "text/html";
    response.body = "<h1>Not Found</h1><p>The requested resource was not found on this server.</p>";
    return response;
}

} // namespace

SandboxApi::SandboxApi(Organization organization)
    : m_org(std::move(organization))
{
    m_org.approvedMembersById(); // index now, so the first request does not pay for it
    using namespace std::placeholders;
    addRoute("", "GET", scopes("org:read org:write org:admin"),
             [this](const Requester &c, const Request &r, const Args &) {
                 return getOrganization(c, r);
             });
    // OrganizationAuditPermission: reading the audit log needs org:write.
    addRoute(
        "audit-logs/", "GET", scopes("org:write"),
        [this](const Requester &c, const Request &r, const Args &) { return listAuditLogs(c, r); });
    addRoute(
        "members/", "GET", scopes("member:read member:write member:admin"),
        [this](const Requester &c, const Request &r, const Args &) { return listMembers(c, r); });
    addRoute(
        "members/", "POST", scopes("member:write member:admin member:invite"),
        [this](const Requester &c, const Request &r, const Args &) { return inviteMember(c, r); });
    m_routes.last().changes = Route::Changes::MarkedByHandler;
    addRoute("members/([^/]+)/", "GET", scopes("member:read member:write member:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return getMember(c, r, a.at(0));
             });
    addRoute("members/([^/]+)/", "PUT", scopes("member:invite member:write member:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return updateMember(c, r, a.at(0));
             });
    m_routes.last().changes = Route::Changes::MembersInPlace;
    // Relaxed: member:read is enough to remove yourself; the handler applies the rest.
    addRoute("members/([^/]+)/", "DELETE", scopes("member:read member:write member:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return deleteMember(c, r, a.at(0));
             });
    // /api/0/teams/{org}/{team}/members/ (TeamPermission), routed here as team-members/.
    addRoute("team-members/([^/]+)/", "GET", scopes("team:read team:write team:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return listTeamMembers(c, r, a.at(0));
             });
    addRoute(
        "teams/", "GET", scopes("org:read org:write org:admin"),
        [this](const Requester &c, const Request &r, const Args &) { return listTeams(c, r); });
    addRoute("integrations/", "GET", scopes("org:read org:write org:admin org:integrations"),
             [this](const Requester &c, const Request &r, const Args &) {
                 return listIntegrations(c, r);
             });
    addRoute(
        "scim/v2/Users", "GET", scopes("member:read member:write member:admin"),
        [this](const Requester &c, const Request &r, const Args &) { return listScimUsers(c, r); });
    addRoute("scim/v2/Users", "POST", scopes("member:write member:admin"),
             [this](const Requester &c, const Request &r, const Args &) {
                 return provisionScimUser(c, r);
             });
    m_routes.last().changes = Route::Changes::MembersInPlace;
    addRoute("scim/v2/Users/([^/]+)", "GET", scopes("member:read member:write member:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return getScimUser(c, r, a.at(0));
             });
    addRoute("scim/v2/Users/([^/]+)", "PATCH", scopes("member:write member:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return patchScimUser(c, r, a.at(0));
             });
    addRoute("scim/v2/Users/([^/]+)", "DELETE", scopes("member:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return deleteScimUser(c, r, a.at(0));
             });
    addRoute("external-users/", "POST", scopes("org:write org:admin"),
             [this](const Requester &c, const Request &r, const Args &) {
                 return createExternalUser(c, r);
             });
    addRoute("external-users/([^/]+)/", "PUT", scopes("org:write org:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return updateExternalUser(c, r, a.at(0));
             });
    addRoute("external-users/([^/]+)/", "DELETE", scopes("org:write org:admin"),
             [this](const Requester &c, const Request &r, const Args &a) {
                 return deleteExternalUser(c, r, a.at(0));
             });
}

void SandboxApi::addRoute(const char *pattern, const char *method, QStringList anyScopes,
                          Handler handler)
{
    m_routes.append(
        {QRegularExpression(QLatin1Char('^') + QLatin1String(pattern) + QLatin1Char('$')),
         QByteArray(method), std::move(anyScopes), std::move(handler)});
}

std::optional<Requester> SandboxApi::authenticate(const Request &request, Response *failure) const
{
    // Sentry's token authentication (src/sentry/api/authentication.py) and DRF's defaults.
    const QByteArray header = request.header("Authorization").trimmed();
    const QList<QByteArray> parts = header.split(' ');
    if (header.isEmpty() || parts.at(0).toLower() != "bearer") {
        *failure =
            Response::detail(401, QStringLiteral("Authentication credentials were not provided."));
        return std::nullopt;
    }
    if (parts.size() == 1 || parts.at(1).isEmpty()) {
        *failure =
            Response::detail(401, QStringLiteral("Invalid token header. No credentials provided."));
        return std::nullopt;
    }
    if (parts.size() > 2) {
        *failure = Response::detail(
            401, QStringLiteral("Invalid token header. Token string should not contain spaces."));
        return std::nullopt;
    }
    const TokenRecord *token = m_org.token(QString::fromUtf8(parts.at(1)));
    if (!token) {
        *failure = Response::detail(401, QStringLiteral("Invalid token"));
        return std::nullopt;
    }
    Requester caller;
    caller.token = token;
    QStringList granted = token->scopes;
    if (token->userId) {
        caller.userId = token->userId;
        if (const MemberRecord *member = m_org.memberByUser(*token->userId)) {
            const MemberRecord &m = *member;
            {
                caller.memberId = m.id;
                // A user token never exceeds the scopes of its user's role. Members may
                // invite others unless the organization turned that off.
                QStringList memberScopes = orgRole(m.role)->scopes;
                if (m.role == QLatin1String("member") && !m_org.disableMemberInvite)
                    memberScopes.append(QStringLiteral("member:invite"));
                const QSet<QString> roleScopes = expandScopes(memberScopes);
                QStringList effective;
                for (const QString &s : expandScopes(granted)) {
                    if (roleScopes.contains(s))
                        effective.append(s);
                }
                granted = effective;
            }
        }
    }
    caller.scopes = expandScopes(granted);
    return caller;
}

Response SandboxApi::handle(const Request &request)
{
    // What tests read back: the most recent requests only, so a long run (or a flood of
    // huge bodies) cannot grow the sandbox without bound.
    m_received.append(request);
    if (m_received.last().body.size() > maxReceivedBody)
        m_received.last().body.truncate(maxReceivedBody);
    while (m_received.size() > maxReceived)
        m_received.removeFirst();
    static const QRegularExpression prefix(QStringLiteral("^/api/0/organizations/([^/]+)/(.*)$"));
    static const QRegularExpression teamPrefix(
        QStringLiteral("^/api/0/teams/([^/]+)/([^/]+)/members/$"));
    auto match = prefix.match(request.path);
    QString rest = match.captured(2);
    if (rest.startsWith(QLatin1String("team-members/")))
        return notFoundPage(); // only reachable under /api/0/teams/
    if (!match.hasMatch()) {
        match = teamPrefix.match(request.path);
        if (!match.hasMatch())
            return notFoundPage();
        rest = QStringLiteral("team-members/%1/").arg(match.captured(2));
    }

    const Route *route = nullptr;
    bool pathKnown = false;
    Args args;
    for (const Route &candidate : m_routes) {
        const auto routeMatch = candidate.pattern.match(rest);
        if (!routeMatch.hasMatch())
            continue;
        pathKnown = true;
        if (candidate.method == request.method) {
            route = &candidate;
            args = routeMatch.capturedTexts().mid(1);
            break;
        }
    }
    if (!pathKnown)
        return notFoundPage();

    // The rate-limit middleware runs before the view: a refused request does nothing, and
    // every answer of a limited endpoint carries the window's headers.
    const bool membersIndex =
        rest == QLatin1String("members/") && (request.method == "GET" || request.method == "POST");
    const RateLimiter::Verdict limit = m_rateLimiter.check(rateLimitCaller(request), request.method,
                                                           membersIndex, now().toMSecsSinceEpoch());
    Response response =
        limit.limited ? limit.refusal : answer(request, route, match.captured(1), args);
    response.headers.append(limit.headers);
    return response;
}

Response SandboxApi::answer(const Request &request, const Route *route, const QString &slug,
                            const Args &args)
{
    Response failure;
    const auto caller = authenticate(request, &failure);
    if (!caller) {
        m_received.last().body.clear(); // nobody's: not worth keeping
        return failure;
    }
    if (!route) {
        return Response::detail(
            405,
            QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)));
    }
    if (slug != m_org.slug && slug != QString::number(m_org.id))
        return Response::detail(404, QStringLiteral("The requested resource does not exist"));
    if (!caller->memberId && !caller->isIntegration()) // a user outside this organization
        return Response::permissionDenied();

    bool permitted = false;
    for (const QString &scope : route->anyScopes)
        permitted = permitted || caller->hasScope(scope);
    if (!permitted) {
        Response refused = Response::permissionDenied();
        // Endpoint.permission_denied: when the token itself lacks every scope the endpoint
        // takes (not only the role behind it), RFC 6750 says which scopes would do.
        const QSet<QString> tokenScopes = expandScopes(caller->token->scopes);
        const bool tokenLacks =
            std::none_of(route->anyScopes.cbegin(), route->anyScopes.cend(),
                         [&](const QString &s) { return tokenScopes.contains(s); });
        if (tokenLacks) {
            QStringList wanted = route->anyScopes;
            wanted.sort();
            refused.headers.append(
                {"WWW-Authenticate",
                 QStringLiteral("Bearer error=\"insufficient_scope\", scope=\"%1\"")
                     .arg(wanted.join(QLatin1Char(' ')))
                     .toUtf8()});
        }
        return refused;
    }
    Response response = route->handler(*caller, request, args);
    if (request.method == "GET")
        return response;
    switch (route->changes) {
    case Route::Changes::Anything:
        m_org.markChanged();
        break;
    case Route::Changes::MembersInPlace:
        m_org.markMembersEdited();
        break;
    case Route::Changes::MarkedByHandler:
        break;
    }
    return response;
}

QString SandboxApi::rateLimitCaller(const Request &request) const
{
    // get_rate_limit_key: a user token counts as its user (all of a user's tokens share the
    // bucket), an internal integration as its organization, anything else as its address.
    const QList<QByteArray> parts = request.header("Authorization").trimmed().split(' ');
    const TokenRecord *token = parts.size() == 2 && parts.at(0).toLower() == "bearer"
                                   ? m_org.token(QString::fromUtf8(parts.at(1)))
                                   : nullptr;
    if (token && token->userId)
        return QStringLiteral("user:%1").arg(*token->userId);
    if (token)
        return QStringLiteral("org:%1").arg(m_org.id);
    return QStringLiteral("ip:127.0.0.1");
}

QDateTime SandboxApi::now() const
{
    const QDateTime base = m_stoppedAt.isValid() ? m_stoppedAt : QDateTime::currentDateTimeUtc();
    return base.addSecs(m_clockOffsetSeconds);
}

bool SandboxApi::invitationOverLimit(const Requester &caller, const QString &email)
{
    // An internal integration invites as its proxy user, which has its own counter.
    const QString inviter = caller.userId ? QString::number(*caller.userId)
                                          : QStringLiteral("proxy-") + caller.token->label;
    return m_inviteLimits.countAttempt(now().date(), m_org.id, inviter, email);
}

QJsonObject SandboxApi::auditData(const MemberRecord &member) const
{
    QJsonArray teamIds, teamSlugs;
    for (const TeamMembership &t : member.teams) {
        if (const TeamRecord *team = m_org.team(t.teamSlug)) {
            teamIds.append(team->id);
            teamSlugs.append(team->slug);
        }
    }
    const UserRecord *user = member.userId ? m_org.user(*member.userId) : nullptr;
    return QJsonObject{
        {QStringLiteral("email"), user ? user->email : member.email},
        {QStringLiteral("user"),
         member.userId ? QJsonValue(*member.userId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("teams"), teamIds},
        {QStringLiteral("teams_slugs"), teamSlugs},
        {QStringLiteral("has_global_access"), true},
        {QStringLiteral("role"), member.role},
        {QStringLiteral("invite_status"), member.inviteStatus},
    };
}

void SandboxApi::audit(const Requester &caller, const QString &event, qint64 targetObject,
                       std::optional<qint64> targetUserId, const QJsonObject &data)
{
    AuditEntry entry;
    entry.id = m_org.nextAuditId++;
    entry.event = event;
    entry.actorId = caller.userId;
    entry.actorName = caller.token->name.isEmpty() ? caller.token->label : caller.token->name;
    entry.targetObject = targetObject;
    entry.targetUserId = targetUserId;
    entry.data = data;
    const QDateTime when = now();
    entry.dateMs = when.toMSecsSinceEpoch();
    entry.dateCreated = when.toString(Qt::ISODateWithMs);
    m_org.auditLog.append(entry);
}

QStringList SandboxApi::allowedOrgRoles(const Requester &caller, bool creatingInvite,
                                        const MemberRecord *forMember)
{
    // get_allowed_org_roles: member:admin is needed except to invite; the roles are those
    // the member's own role can manage (same or lower priority).
    if (!caller.hasScope(QStringLiteral("member:admin")) && !creatingInvite)
        return {};
    const MemberRecord *member = forMember;
    if (!member && caller.memberId)
        member = m_org.member(*caller.memberId);
    if (!member)
        return {};
    QStringList allowed;
    for (const OrgRoleDef &role : orgRoles()) {
        if (canManage(member->role, role.id))
            allowed.append(role.id);
    }
    return allowed;
}

void SandboxApi::removeMember(qint64 memberId)
{
    const MemberRecord *member = m_org.member(memberId);
    const qint64 userId = member && member->userId ? *member->userId : -1;
    m_org.members.removeIf([&](const MemberRecord &m) {
        const bool sentByThem =
            userId >= 0 && m.isPending() && m.inviterUserId.value_or(-1) == userId;
        return m.id == memberId || sentByThem;
    });
    m_org.markChanged();
}

MemberRecord *SandboxApi::findMember(const Requester &caller, const QString &memberId)
{
    MemberRecord *member = nullptr;
    if (memberId == QLatin1String("me")) {
        member = caller.memberId ? m_org.member(*caller.memberId) : nullptr;
    } else {
        bool ok = false;
        const qint64 id = memberId.toLongLong(&ok);
        member = ok ? m_org.member(id) : nullptr;
    }
    // Only approved members and invites are reachable; invite requests are not.
    if (member && !member->isApproved())
        return nullptr;
    return member;
}

std::optional<QJsonObject> SandboxApi::parseBody(const Request &request, Response *failure)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    // DRF picks a parser by Content-Type (Sentry's: JSON, multipart, form); anything else is
    // refused before the body is read.
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json" && type != "multipart/form-data" &&
        type != "application/x-www-form-urlencoded") {
        *failure = Response::detail(415, QStringLiteral("Unsupported media type \"%1\" in request.")
                                             .arg(QString::fromLatin1(type)));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *failure =
            Response::detail(400, QStringLiteral("JSON parse error - %1").arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *failure = Response::json(
            400, QJsonObject{{QStringLiteral("non_field_errors"),
                              QJsonArray{drf::notADictionary(doc.isArray() ? QJsonValue(doc.array())
                                                                           : QJsonValue())}}});
        return std::nullopt;
    }
    return doc.object();
}

std::optional<Response> SandboxApi::readPerPage(const Request &request, int *limit)
{
    // per_page (src/sentry/api/base.py): an integer from 1 to 100.
    constexpr int maxPerPage = 100;
    if (!request.query.hasQueryItem(QStringLiteral("per_page")))
        return std::nullopt;
    bool ok = false;
    *limit = request.query.queryItemValue(QStringLiteral("per_page")).trimmed().toInt(&ok);
    if (!ok)
        return Response::detail(400, QStringLiteral("Invalid per_page parameter."));
    if (*limit < 1 || *limit > maxPerPage)
        return Response::detail(
            400,
            QStringLiteral("Invalid per_page value. Must be between 1 and %1.").arg(maxPerPage));
    return std::nullopt;
}

QByteArray SandboxApi::linkHeader(const Request &request, const QString &previous, bool hasPrevious,
                                  const QString &next, bool hasNext) const
{
    // CURSOR_LINK_HEADER: both rels always, the request's other parameters kept.
    QUrlQuery others = request.query;
    others.removeAllQueryItems(QStringLiteral("cursor"));
    const QString query = others.toString(QUrl::FullyEncoded);
    const QString base = m_publicBase + request.path + QLatin1Char('?') + query +
                         (query.isEmpty() ? QString() : QStringLiteral("&"));
    auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    return QStringLiteral("<%1cursor=%2>; rel=\"previous\"; results=\"%3\"; cursor=\"%2\", "
                          "<%1cursor=%4>; rel=\"next\"; results=\"%5\"; cursor=\"%4\"")
        .arg(base, previous, flag(hasPrevious), next, flag(hasNext))
        .toUtf8();
}

Response SandboxApi::paginate(const Request &request, const QJsonArray &items, int defaultPerPage)
{
    return paginate(
        request,
        [&items](qsizetype from, qsizetype to) {
            QJsonArray rows;
            for (qsizetype i = from; i < to && i < items.size(); ++i)
                rows.append(items.at(i));
            return rows;
        },
        defaultPerPage);
}

Response SandboxApi::paginate(const Request &request, const RowSource &rows, int defaultPerPage)
{
    // Sentry's OffsetPaginator (src/sentry/api/paginator.py) and per_page rule (base.py):
    // a cursor is "<per_page>:<page>:<is_prev>", the page's rows start at page * per_page, and
    // one row more than the page is fetched to tell whether a next page has results.
    int limit = defaultPerPage;
    if (auto refused = readPerPage(request, &limit))
        return *refused;
    qint64 value = 0;
    qint64 page = 0;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        const QStringList parts =
            request.query.queryItemValue(QStringLiteral("cursor")).split(QLatin1Char(':'));
        bool ok = parts.size() == 3;
        if (ok) {
            bool valueOk = false, pageOk = false, prevOk = false;
            value = parts.at(0).toLongLong(&valueOk);
            page = parts.at(1).toLongLong(&pageOk);
            parts.at(2).toLongLong(&prevOk);
            ok = valueOk && pageOk && prevOk;
        }
        if (!ok)
            return Response::detail(400, QStringLiteral("Invalid cursor parameter."));
    }
    // Hostile cursors may hold any number: the arithmetic saturates instead of overflowing.
    constexpr qint64 huge = qint64(1) << 40;
    value = qBound(-huge, value, huge);
    page = qBound(-huge, page, huge);   // also keeps the next and previous cursors in range
    const qint64 offset = page * value; // a value of 0 always means row 0
    const qint64 pageSize = value != 0 ? value : limit;
    if (offset < 0)
        return Response::detail(400, QStringLiteral("Pagination offset cannot be negative"));
    const qint64 stop = offset + pageSize + 1;
    // A cursor made for another page size keeps only the last limit + 1 of its rows.
    const qint64 start = value != limit ? qMax(offset, stop - (limit + 1)) : offset;
    const QJsonArray fetched = rows(start, stop);
    const bool hasNext = fetched.size() > limit;
    QJsonArray pageRows;
    for (qsizetype i = 0; i < fetched.size() && i < limit; ++i)
        pageRows.append(fetched.at(i));

    const QString previous = QStringLiteral("%1:%2:1").arg(limit).arg(page - 1);
    const QString next = QStringLiteral("%1:%2:0").arg(limit).arg(page + 1);
    Response response = Response::json(200, pageRows);
    response.headers.append({"Link", linkHeader(request, previous, page > 0, next, hasNext)});
    return response;
}

} // namespace sm::sandbox
