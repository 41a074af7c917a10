// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Typed values for what Sentry's member-management API returns. Field names follow the
// API's JSON; every id is kept as a string because Sentry serializes ids as strings.
namespace sm {

struct TeamRoleAssignment
{
    QString teamSlug;
    QString role; // "contributor", "admin", or empty for Sentry's null (default role)

    friend bool operator==(const TeamRoleAssignment &, const TeamRoleAssignment &) = default;
};

// One entry of a member's orgRoleList / teamRoleList: what a role is and whether the
// caller may assign it.
struct RoleInfo
{
    QString id;
    QString name;
    QString desc;
    QStringList scopes;
    bool allowed = false;
    bool isRetired = false;
    bool isTeamRolesAllowed = true;
    QString minimumTeamRole;

    friend bool operator==(const RoleInfo &, const RoleInfo &) = default;
};

struct ExternalUser
{
    QString id;
    QString userId; // the Sentry *user* id, not the member id
    QString provider;
    QString externalName;
    QString integrationId;
    QString externalId;

    friend bool operator==(const ExternalUser &, const ExternalUser &) = default;
};

struct Member
{
    // Sentry marks an invitation by pending (user null); expired says its link lapsed.
    enum class Status : quint8
    {
        Active,
        Invited,
        InviteExpired,
    };

    QString id;
    QString email;
    QString name;
    QString userId; // empty for a pending invite (Sentry sends "user": null)
    QString orgRole;
    bool pending = false;
    bool expired = false;
    QString inviteStatus;
    QString inviterName;
    QString dateCreated;
    QMap<QString, bool> flags;
    QStringList teams;
    QList<TeamRoleAssignment> teamRoles;
    QList<RoleInfo> orgRoleList;
    QList<RoleInfo> teamRoleList;
    QList<ExternalUser> externalUsers;
    bool isOnlyOwner = false;
    bool has2fa = false; // user.has2fa; an invitation has no user and so no 2FA

    bool isRoleRestricted() const { return flags.value(QStringLiteral("idp:role-restricted")); }
    bool isIdpProvisioned() const { return flags.value(QStringLiteral("idp:provisioned")); }
    // Added or given its role by the identity provider: Sentry's UI and API leave it to SCIM.
    bool isIdpManaged() const { return isIdpProvisioned() || isRoleRestricted(); }
    Status status() const
    {
        if (!pending && !userId.isEmpty())
            return Status::Active;
        return expired ? Status::InviteExpired : Status::Invited;
    }
    // Roles from orgRoleList the caller may assign now (allowed and not retired).
    QList<RoleInfo> assignableOrgRoles() const;

    friend bool operator==(const Member &, const Member &) = default;
};

// One row of a team's member list: who is on the team, with which team role.
struct TeamMember
{
    QString memberId;
    QString teamSlug;
    QString teamRole; // "contributor", "admin", or empty for Sentry's null
};

struct Team
{
    QString id;
    QString slug;
    QString name;
    int memberCount = 0;
    bool idpProvisioned = false;
};

// The organization as GET organizations/{org}/ describes it. On sentry.io `regionUrl` is the
// API host of the region holding its data (us.sentry.io, de.sentry.io); self-hosted servers
// answer their own URL.
struct OrganizationInfo
{
    QString id;
    QString slug;
    QString name;
    QUrl organizationUrl;
    QUrl regionUrl;
};

struct Integration
{
    QString id;
    QString name;
    QString providerKey; // matches an external user's provider
    QString providerName;
    QString domainName;
    QString status;
};

struct ScimUser
{
    QString id;
    QString userName;
    QString sentryOrgRole;
    std::optional<bool> active; // omitted for Azure AD organizations
};

struct ScimUserPage
{
    QList<ScimUser> users;
    int totalResults = 0;
    int startIndex = 1;
    int itemsPerPage = 0;
};

// One row of the organization's audit log (GET audit-logs/, newest first).
struct AuditEntry
{
    QString id;
    QString event;        // Sentry's api name: "member.invite", "member.reinvite", ...
    QString targetObject; // the member's id for member events
    QString dateCreated;
};

// A person as the app names them in sentences and pickers: "Ada Hopper <ada@example.com>",
// or the email alone when there is no other name.
inline QString nameAndEmail(const QString &name, const QString &email)
{
    return name.isEmpty() || name == email ? email : QStringLiteral("%1 <%2>").arg(name, email);
}

} // namespace sm

// Every member is Qt's implicitly shared values and plain data: lists of them grow and move by
// moving bytes, as a 10,000-member list does many times while it loads.
Q_DECLARE_TYPEINFO(sm::TeamRoleAssignment, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(sm::ExternalUser, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(sm::RoleInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(sm::Member, Q_RELOCATABLE_TYPE);
