// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The sandbox's in-memory organization: the records Sentry keeps in its database, reduced
// to what the member-management endpoints read and write.
namespace sm::sandbox {

struct UserRecord
{
    qint64 id = 0;
    QString email;
    QString name;
    bool has2fa = false;
    QString dateJoined;
};

struct TeamMembership
{
    QString teamSlug;
    QString role;  // empty: no explicit team role (Sentry's null)
    qint64 id = 0; // the OrganizationMemberTeam row: team audit entries point at it
};

struct MemberRecord
{
    qint64 id = 0;
    std::optional<qint64> userId; // unset for a pending invite
    QString email;                // the invited address (for joined members, the user's email)
    QString role;
    QString inviteStatus = QStringLiteral("approved"); // or requested_to_be_invited / _join
    bool tokenExpired = false;
    std::optional<qint64> inviterUserId;
    QString dateCreated;
    QMap<QString, bool> flags;
    QList<TeamMembership> teams;

    bool isPending() const { return !userId.has_value(); }
    bool isApproved() const { return inviteStatus == QLatin1String("approved"); }
};

struct TeamRecord
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString dateCreated;
    bool idpProvisioned = false;
};

struct IntegrationRecord
{
    qint64 id = 0;
    QString name;
    QString providerKey;
    QString providerName;
    QString domainName;
    QString externalId;
    QString status = QStringLiteral("active");
};

struct ExternalUserRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QString provider;
    QString externalName;
    qint64 integrationId = 0;
    QString externalId;
};

// One row of the organization's audit log (AuditLogEntry), as the member endpoints write
// it (src/sentry/audit_log/register.py).
struct AuditEntry
{
    qint64 id = 0;
    QString event;                 // the api name, e.g. "member.invite"
    std::optional<qint64> actorId; // the acting user; unset: shown by name
    QString actorName;
    qint64 targetObject = 0;
    std::optional<qint64> targetUserId;
    QJsonObject data;
    qint64 dateMs = 0; // milliseconds since the epoch, UTC
    QString dateCreated;
};

struct TokenRecord
{
    QString label; // "owner", "manager", "member", "integration"
    QString name;  // an integration's name (its audit entries show it); empty: the label
    QString token;
    std::optional<qint64> userId; // unset for an internal-integration token
    QStringList scopes;

    bool isIntegration() const { return !userId.has_value(); }
};

struct Organization
{
    qint64 id = 1;
    QString slug = QStringLiteral("demo");
    QString name = QStringLiteral("Demo Organization");
    QString defaultRole = QStringLiteral("member");
    QSet<QString> features;
    bool scimEnabled = true;
    QString authProvider = QStringLiteral("saml2"); // "" none; "azure" omits SCIM "active"
    bool disableMemberInvite = false;
    bool allowJoinLeave = true; // "Open Membership"
    // links.regionUrl of organizations/{org}/; empty: the sandbox's own URL, as a
    // self-hosted Sentry answers (its system.url-prefix).
    QString regionUrl;

    QList<UserRecord> users;
    QList<MemberRecord> members;
    QList<TeamRecord> teams;
    QList<IntegrationRecord> integrations;
    QList<ExternalUserRecord> externalUsers;
    QList<TokenRecord> tokens;
    QList<AuditEntry> auditLog; // oldest first
    qint64 nextId = 100000;
    qint64 nextMembershipId = 1;
    qint64 nextAuditId = 1;

    bool hasFeature(const char *feature) const { return features.contains(QLatin1String(feature)); }
    qint64 allocateId() { return nextId++; }

    // Lookups stay O(1) on a large organization through an index rebuilt after a change:
    // whoever changes the lists calls markChanged(). A stale entry is never trusted by the
    // lookups by id (every hit is checked, a miss falls back to a scan).
    void markChanged()
    {
        m_indexed = false;
        m_listed = false;
    }
    // Members edited in place (roles, teams) or appended, nothing removed or moved: the
    // lookups by id stay right (an appended member is found by their fallback), and only the
    // member lists' order and the team counts are rebuilt, so a run of role changes does not
    // re-index the whole organization each time.
    void markMembersEdited() { m_listed = false; }
    // One member appended with a new (the highest) id, nothing else changed: the lists take it
    // in place (an invitation after another client's read would otherwise rebuild and re-sort
    // the lists of 10,000 members, about 20 ms).
    void markMemberAppended();
    // Positions in `members` of the approved members (active and invited), ordered by id:
    // the order of Sentry's member list.
    const QList<qsizetype> &approvedMembersById() const;
    // The external-user links of one Sentry user.
    QList<const ExternalUserRecord *> externalUsersOf(qint64 userId) const;
    bool hasExternalUsers(qint64 userId) const;
    // Active (joined, approved) members of a team.
    int teamMemberCount(const QString &teamSlug) const;
    // Positions in `members` of a team's approved members (invitations included) in the
    // order of Sentry's team member list: by the member's email, which Sentry keeps only for
    // invitations (joined members have none, and NULL sorts last), then by membership.
    QList<qsizetype> teamMembersInListOrder(const QString &teamSlug) const;
    // is_only_owner: the one joined owner of the organization.
    bool isOnlyOwner(const MemberRecord &member) const;
    // is_only_member_with_org_write: the one joined member whose role has org:write (an
    // owner or manager): removing it would leave nobody to manage the organization.
    bool isOnlyMemberWithOrgWrite(const MemberRecord &member) const;

    const UserRecord *user(qint64 userId) const;
    const UserRecord *userByEmail(const QString &email) const;
    MemberRecord *member(qint64 memberId);
    MemberRecord *memberByUser(qint64 userId);
    const MemberRecord *memberByUser(qint64 userId) const;
    const TeamRecord *team(const QString &teamSlug) const;
    const IntegrationRecord *integration(qint64 integrationId) const;
    ExternalUserRecord *externalUser(qint64 externalUserId);
    const TokenRecord *token(const QString &token) const;
    QString memberName(const MemberRecord &member) const;
    // The member counts as `email` if invited with it or if its user has it.
    bool memberHasEmail(const MemberRecord &member, const QString &email) const;

private:
    struct Index
    {
        QHash<qint64, qsizetype> users, members, memberByUser, externalUsers;
        QHash<QString, qsizetype> tokens;
        QMultiHash<qint64, qsizetype> externalUsersByUser;
    };
    // The member lists and counts derived from every member's status and teams.
    struct Lists
    {
        QHash<QString, int> teamMemberCounts;
        QList<qsizetype> approvedById;
        QHash<QString, QList<qsizetype>> teamListOrder;
    };
    void ensureIndexed() const;
    void ensureListed() const;
    mutable Index m_index;
    mutable Lists m_lists;
    mutable bool m_indexed = false;
    mutable bool m_listed = false;
};

} // namespace sm::sandbox
