// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/exchange.h"
#include "sandbox/organization.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace sm::sandbox {

// Who is calling: the token, its effective scopes and, for user tokens, the member.
struct Caller
{
    const TokenRecord *token = nullptr;
    QSet<QString> scopes;
    std::optional<qint64> memberId;
    std::optional<qint64> userId;

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    bool isIntegration() const { return token && token->isIntegration(); }
};

// A Sentry-compatible implementation of the member-management endpoints over an in-memory
// organization. Every answer follows the server's rules and error bodies as recorded in the
// notes on Sentry's API; requests are kept so tests can check what the server received.
class SandboxApi
{
public:
    explicit SandboxApi(Organization organization);

    Response handle(const Request &request);

    // For changes from outside (tests, the seed): the caller may change the lists.
    Organization &organization()
    {
        m_org.markChanged();
        return m_org;
    }
    // Base of absolute URLs in Link headers, e.g. http://127.0.0.1:41234
    void setPublicBaseUrl(const QString &base) { m_publicBase = base; }
    // The most recent requests (at most maxReceived, bodies cut at maxReceivedBody), bodies
    // of unauthenticated ones dropped.
    const QList<Request> &received() const { return m_received; }
    static constexpr qsizetype maxReceived = 500;
    static constexpr qsizetype maxReceivedBody =
        qsizetype(256) * 1024; // longer bodies are kept cut
    void clearReceived() { m_received.clear(); }

private:
    using Args = QStringList;
    using Handler = std::function<Response(const Caller &, const Request &, const Args &)>;
    struct Route
    {
        QRegularExpression pattern; // matched against the path after the org prefix
        QByteArray method;
        QStringList anyScopes; // the endpoint's scope_map entry for this method
        Handler handler;
    };

    void addRoute(const char *pattern, const char *method, QStringList anyScopes, Handler handler);
    std::optional<Caller> authenticate(const Request &request, Response *failure) const;

    // Endpoints (sandboxapi_members.cpp, _scim.cpp, _external.cpp, _lists.cpp).
    Response listMembers(const Caller &, const Request &);
    Response inviteMember(const Caller &, const Request &);
    Response getMember(const Caller &, const Request &, const QString &memberId);
    Response updateMember(const Caller &, const Request &, const QString &memberId);
    Response deleteMember(const Caller &, const Request &, const QString &memberId);
    Response listTeamMembers(const Caller &, const Request &, const QString &teamSlug);
    Response listTeams(const Caller &, const Request &);
    Response getOrganization(const Request &);
    Response listIntegrations(const Caller &, const Request &);
    Response listScimUsers(const Caller &, const Request &);
    Response provisionScimUser(const Caller &, const Request &);
    Response getScimUser(const Caller &, const Request &, const QString &memberId);
    Response patchScimUser(const Caller &, const Request &, const QString &memberId);
    Response deleteScimUser(const Caller &, const Request &, const QString &memberId);
    Response createExternalUser(const Caller &, const Request &);
    Response updateExternalUser(const Caller &, const Request &, const QString &id);
    Response deleteExternalUser(const Caller &, const Request &, const QString &id);

    // Shared rules.
    QStringList allowedOrgRoles(const Caller &caller, bool creatingInvite,
                                const MemberRecord *forMember = nullptr);
    MemberRecord *findMember(const Caller &caller, const QString &memberId);
    MemberRecord *findScimMember(const QString &memberId);
    Response removeScimMember(MemberRecord *member);
    // Deletes the member with the invitations and invite requests it sent.
    void removeMember(qint64 memberId);
    // Sentry's cursor pagination with a Link header, over `items` or over rows produced on
    // demand: rows(from, to) gives the rows at positions [from, to) that exist, so a page
    // costs what the page holds, not what the list holds.
    using RowSource = std::function<QJsonArray(qsizetype from, qsizetype to)>;
    Response paginate(const Request &request, const QJsonArray &items, int defaultPerPage = 100);
    Response paginate(const Request &request, const RowSource &rows, int defaultPerPage = 100);
    static std::optional<QJsonObject> parseBody(const Request &request, Response *failure);

    Organization m_org;
    QString m_publicBase = QStringLiteral("http://127.0.0.1");
    QList<Route> m_routes;
    QList<Request> m_received;
};

} // namespace sm::sandbox
