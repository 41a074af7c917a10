// SPDX-License-Identifier: MIT
#include "sandbox/sandboxapi.h"

#include "sandbox/drf.h"
#include "sandbox/roles.h"

#include <QJsonDocument>
#include <QUrl>

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
    using namespace std::placeholders;
    addRoute("members/", "GET", scopes("member:read member:write member:admin"),
             [this](const Caller &c, const Request &r, const Args &) { return listMembers(c, r); });
    addRoute(
        "members/", "POST", scopes("member:write member:admin member:invite"),
        [this](const Caller &c, const Request &r, const Args &) { return inviteMember(c, r); });
    addRoute("members/([^/]+)/", "GET", scopes("member:read member:write member:admin"),
             [this](const Caller &c, const Request &r, const Args &a) {
                 return getMember(c, r, a.at(0));
             });
    addRoute("members/([^/]+)/", "PUT", scopes("member:invite member:write member:admin"),
             [this](const Caller &c, const Request &r, const Args &a) {
                 return updateMember(c, r, a.at(0));
             });
    addRoute("teams/", "GET", scopes("org:read org:write org:admin"),
             [this](const Caller &c, const Request &r, const Args &) { return listTeams(c, r); });
    addRoute(
        "integrations/", "GET", scopes("org:read org:write org:admin org:integrations"),
        [this](const Caller &c, const Request &r, const Args &) { return listIntegrations(c, r); });
    addRoute(
        "scim/v2/Users", "GET", scopes("member:read member:write member:admin"),
        [this](const Caller &c, const Request &r, const Args &) { return listScimUsers(c, r); });
    addRoute("scim/v2/Users", "POST", scopes("member:write member:admin"),
             [this](const Caller &c, const Request &r, const Args &) {
                 return provisionScimUser(c, r);
             });
    addRoute("external-users/", "POST", scopes("org:write org:admin"),
             [this](const Caller &c, const Request &r, const Args &) {
                 return createExternalUser(c, r);
             });
    addRoute("external-users/([^/]+)/", "PUT", scopes("org:write org:admin"),
             [this](const Caller &c, const Request &r, const Args &a) {
                 return updateExternalUser(c, r, a.at(0));
             });
}

void SandboxApi::addRoute(const char *pattern, const char *method, QStringList anyScopes,
                          Handler handler)
{
    m_routes.append(
        {QRegularExpression(QLatin1Char('^') + QLatin1String(pattern) + QLatin1Char('$')),
         QByteArray(method), std::move(anyScopes), std::move(handler)});
}

std::optional<Caller> SandboxApi::authenticate(const Request &request, Response *failure) const
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
    Caller caller;
    caller.token = token;
    QStringList granted = token->scopes;
    if (token->userId) {
        caller.userId = token->userId;
        for (const MemberRecord &m : m_org.members) {
            if (m.userId == token->userId) {
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
    const auto match = prefix.match(request.path);
    if (!match.hasMatch())
        return notFoundPage();
    const QString rest = match.captured(2);

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
    const QString slug = match.captured(1);
    if (slug != m_org.slug && slug != QString::number(m_org.id))
        return Response::detail(404, QStringLiteral("The requested resource does not exist"));
    if (!caller->memberId && !caller->isIntegration()) // a user outside this organization
        return Response::permissionDenied();

    bool permitted = false;
    for (const QString &scope : route->anyScopes)
        permitted = permitted || caller->hasScope(scope);
    if (!permitted)
        return Response::permissionDenied();
    return route->handler(*caller, request, args);
}

QStringList SandboxApi::allowedOrgRoles(const Caller &caller, bool creatingInvite,
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

MemberRecord *SandboxApi::findMember(const Caller &caller, const QString &memberId)
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

Response SandboxApi::paginate(const Request &request, const QJsonArray &items, int defaultPerPage)
{
    // OffsetPaginator with cursors "value:offset:is_prev" (src/sentry/api/paginator.py).
    int perPage = defaultPerPage;
    const QString perPageText = request.query.queryItemValue(QStringLiteral("per_page"));
    if (!perPageText.isEmpty()) {
        bool ok = false;
        perPage = perPageText.toInt(&ok);
        if (!ok)
            return Response::detail(400, QStringLiteral("Invalid per_page parameter."));
        if (perPage > 100)
            return Response::detail(400,
                                    QStringLiteral("Invalid per_page value. Cannot exceed 100."));
        perPage = qMax(1, perPage);
    }
    qsizetype offset = 0;
    const QString cursorText = request.query.queryItemValue(QStringLiteral("cursor"));
    if (!cursorText.isEmpty()) {
        const QStringList parts = cursorText.split(QLatin1Char(':'));
        bool ok = parts.size() == 3;
        for (const QString &part : parts) {
            bool partOk = false;
            part.toLongLong(&partOk);
            ok = ok && partOk;
        }
        if (!ok)
            return Response::detail(400, QStringLiteral("Invalid cursor parameter."));
        // A cursor from a hostile client may be any number: past the end is an empty page.
        offset = qBound<qsizetype>(0, parts.at(1).toLongLong(), items.size());
    }

    QJsonArray page;
    for (qsizetype i = offset; i < items.size() && i < offset + perPage; ++i)
        page.append(items.at(i));

    QUrlQuery others = request.query;
    others.removeAllQueryItems(QStringLiteral("cursor"));
    const QString base =
        m_publicBase + request.path + QLatin1Char('?') + others.toString(QUrl::FullyEncoded);
    const bool hasPrevious = offset > 0;
    const bool hasNext = offset + perPage < items.size();
    const QString previous = QStringLiteral("0:%1:1").arg(qMax<qsizetype>(0, offset - perPage));
    const QString next = QStringLiteral("0:%1:0").arg(offset + perPage);
    const QString link =
        QStringLiteral("<%1&cursor=%2>; rel=\"previous\"; results=\"%3\"; cursor=\"%2\", "
                       "<%1&cursor=%4>; rel=\"next\"; results=\"%5\"; cursor=\"%4\"")
            .arg(base, previous, hasPrevious ? QStringLiteral("true") : QStringLiteral("false"),
                 next, hasNext ? QStringLiteral("true") : QStringLiteral("false"));
    Response response = Response::json(200, page);
    response.headers.append({"Link", link.toUtf8()});
    return response;
}

} // namespace sm::sandbox
