// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/invitelimits.h"
#include "sandbox/memberrules.h"
#include "sandbox/organization.h"
#include "sandbox/ratelimiter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace sm::sandbox {

// Who sent a request: the token, its effective scopes and, for user tokens, the member.
// (directory::Caller is the app's view of the same person.)
struct Requester
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

    // Sentry's invitation limits (on, as on sentry.io and self-hosted) and API rate limits
    // (off, as on self-hosted; sentry.io's are turned on with a default limit).
    InviteLimits &inviteLimits() { return m_inviteLimits; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    // The server's clock, moved by `seconds` (tests that cross into the next UTC day), or
    // stopped at `at` (tests of rate-limit windows, which must not cross a second by chance).
    void setClockOffset(qint64 seconds) { m_clockOffsetSeconds = seconds; }
    void stopClock(const QDateTime &at) { m_stoppedAt = at; }
    QDateTime now() const;

private:
    using Args = QStringList;
    using Handler = std::function<Response(const Requester &, const Request &, const Args &)>;
    struct Route
    {
        QRegularExpression pattern; // matched against the path after the org prefix
        QByteArray method;
        QStringList anyScopes; // the endpoint's scope_map entry for this method
        Handler handler;
        // What a change through the endpoint leaves to rebuild: the whole organization's
        // index (any change), only the member lists (members edited in place or appended,
        // Organization::markMembersEdited), or what the handler itself marks.
        enum class Changes
        {
            Anything,
            MembersInPlace,
            MarkedByHandler
        };
        Changes changes = Changes::Anything;
    };

    void addRoute(const char *pattern, const char *method, QStringList anyScopes, Handler handler);
    // The view behind the middleware: authentication, permissions, the endpoint.
    Response answer(const Request &request, const Route *route, const QString &slug,
                    const Args &args);
    std::optional<Requester> authenticate(const Request &request, Response *failure) const;

    // Endpoints (sandboxapi_members.cpp, _scim.cpp, _external.cpp, _lists.cpp).
    Response listMembers(const Requester &, const Request &);
    Response inviteMember(const Requester &, const Request &);
    Response getMember(const Requester &, const Request &, const QString &memberId);
    Response updateMember(const Requester &, const Request &, const QString &memberId);
    Response deleteMember(const Requester &, const Request &, const QString &memberId);
    Response reinviteMember(const Requester &, MemberRecord &member, const MemberRequest &input,
                            const QStringList &allowed, bool reinviteOnly);
    // save_team_assignments: the member's teams become `target`, with an audit entry per
    // team joined or left.
    void saveTeamAssignments(const Requester &, MemberRecord &member, QList<TeamMembership> target);
    // Deletes the member and writes member.remove with its data from before.
    Response removeAndAudit(const Requester &, const MemberRecord &member);
    Response listTeamMembers(const Requester &, const Request &, const QString &teamSlug);
    Response listTeams(const Requester &, const Request &);
    Response getOrganization(const Requester &, const Request &);
    Response listAuditLogs(const Requester &, const Request &);
    Response listIntegrations(const Requester &, const Request &);
    Response listScimUsers(const Requester &, const Request &);
    Response provisionScimUser(const Requester &, const Request &);
    Response getScimUser(const Requester &, const Request &, const QString &memberId);
    Response patchScimUser(const Requester &, const Request &, const QString &memberId);
    Response deleteScimUser(const Requester &, const Request &, const QString &memberId);
    Response createExternalUser(const Requester &, const Request &);
    Response updateExternalUser(const Requester &, const Request &, const QString &id);
    Response deleteExternalUser(const Requester &, const Request &, const QString &id);

    // Shared rules.
    QStringList allowedOrgRoles(const Requester &caller, bool creatingInvite,
                                const MemberRecord *forMember = nullptr);
    MemberRecord *findMember(const Requester &caller, const QString &memberId);
    MemberRecord *findScimMember(const QString &memberId);
    Response removeScimMember(const Requester &caller, MemberRecord *member);
    // Deletes the member with the invitations and invite requests it sent.
    void removeMember(qint64 memberId);
    // for_organization_member_invite: counts one invitation to `email`; true when it is over
    // one of the day's limits.
    bool invitationOverLimit(const Requester &caller, const QString &email);
    // create_audit_entry: one row of the audit log, acted by the caller, dated now.
    void audit(const Requester &caller, const QString &event, qint64 targetObject,
               std::optional<qint64> targetUserId, const QJsonObject &data);
    // OrganizationMember.get_audit_log_data.
    QJsonObject auditData(const MemberRecord &member) const;
    // The key the rate limiter counts the request's caller under.
    QString rateLimitCaller(const Request &request) const;
    // Sentry's cursor pagination with a Link header, over `items` or over rows produced on
    // demand: rows(from, to) gives the rows at positions [from, to) that exist, so a page
    // costs what the page holds, not what the list holds.
    using RowSource = std::function<QJsonArray(qsizetype from, qsizetype to)>;
    Response paginate(const Request &request, const QJsonArray &items, int defaultPerPage = 100);
    Response paginate(const Request &request, const RowSource &rows, int defaultPerPage = 100);
    // per_page of a list: `limit` keeps its default when absent; Sentry's 400 when invalid.
    static std::optional<Response> readPerPage(const Request &request, int *limit);
    // Sentry's Link header for the request's list, with the two cursors given.
    QByteArray linkHeader(const Request &request, const QString &previous, bool hasPrevious,
                          const QString &next, bool hasNext) const;
    static std::optional<QJsonObject> parseBody(const Request &request, Response *failure);

    Organization m_org;
    QString m_publicBase = QStringLiteral("http://127.0.0.1");
    QList<Route> m_routes;
    QList<Request> m_received;
    InviteLimits m_inviteLimits;
    RateLimiter m_rateLimiter;
    qint64 m_clockOffsetSeconds = 0;
    QDateTime m_stoppedAt; // invalid: the clock runs
};

} // namespace sm::sandbox
