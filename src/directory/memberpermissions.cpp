// SPDX-License-Identifier: MIT
#include "directory/memberpermissions.h"

#include "l10n/sentrytext.h"

#include <QCoreApplication>

namespace sm::directory {

namespace {

// The app's own sentences are translated in the context "sm::directory::Permissions".
// Sentry's own sentences, translated where the catalogue has them (context "Sentry").
QString sentry(const char *text)
{
    return l10n::sentryText(QString::fromUtf8(text));
}

// SCIM's removals keep Sentry's older wording (scim/members.py, ERR_ONLY_OWNER): never said
// beforehand here, but listed so the catalogue translates it when Sentry sends it.
[[maybe_unused]] constexpr char scimOnlyOwner[] =
    QT_TRANSLATE_NOOP("Sentry", "You cannot remove the only remaining owner of the organization.");

bool isSelf(const Caller &caller, const DirectoryMember &member)
{
    return !caller.memberId.isEmpty() && caller.memberId == member.id;
}

Permission needsMemberAdmin(const Caller &caller)
{
    return Permission::no(QCoreApplication::translate(
                              "sm::directory::Permissions",
                              "This needs the member:admin scope, which your role (%1) does not "
                              "have.")
                              .arg(caller.orgRoleName));
}

} // namespace

QString abilities(const Caller &caller)
{
    if (caller.integration)
        return QCoreApplication::translate(
            "sm::directory::Permissions",
            "As an internal integration: invites with the member role only and cannot change "
            "organization roles; other actions depend on the integration's scopes.");
    if (caller.hasScope(QStringLiteral("member:admin")))
        return QCoreApplication::translate(
                   "sm::directory::Permissions",
                   "Scopes include member:admin: can invite, change roles up to %1, remove "
                   "members and deprovision SCIM users.")
            .arg(caller.orgRoleName);
    if (caller.hasScope(QStringLiteral("member:write")) ||
        caller.hasScope(QStringLiteral("member:invite")))
        return QCoreApplication::translate(
            "sm::directory::Permissions",
            "Can invite members and change teams; changing roles and removing members need "
            "member:admin.");
    return QCoreApplication::translate(
        "sm::directory::Permissions",
        "Can read members only: inviting needs member:invite or member:write, changing roles "
        "member:admin.");
}

Caller Caller::fromMe(const Member &me)
{
    Caller caller;
    caller.integration = me.id.isEmpty();
    caller.memberId = me.id;
    caller.name = me.name;
    caller.orgRole = me.orgRole;
    caller.orgRoleName = me.orgRole;
    if (!me.orgRoleList.isEmpty())
        caller.orgWriteRoles.clear();
    for (const RoleInfo &role : me.orgRoleList) {
        if (role.scopes.contains(QLatin1String("org:write")) ||
            role.scopes.contains(QLatin1String("org:admin")))
            caller.orgWriteRoles.append(role.id);
        if (role.id == me.orgRole) {
            caller.scopes = role.scopes;
            caller.orgRoleName = role.name;
        }
        if (role.allowed)
            caller.assignableRoles.append(role.id);
    }
    return caller;
}

Permission canEditRoles(const Caller &caller, const DirectoryMember &member)
{
    if (caller.integration)
        return Permission::no(
            QCoreApplication::translate("sm::directory::Permissions",
                                        "An integration token cannot change roles: Sentry needs a "
                                        "user token with the member:admin scope."));
    if (!caller.hasScope(QStringLiteral("member:admin")))
        return needsMemberAdmin(caller);
    if (member.partnershipRestricted)
        return Permission::no(sentry(
            QT_TRANSLATE_NOOP("Sentry", "This member is managed by an active partnership and "
                                        "cannot be modified until the end of the partnership.")));
    if (!caller.assignableRoles.contains(member.orgRole))
        return Permission::no(sentry(
            QT_TRANSLATE_NOOP("Sentry", "You do not have permission to assign a role to the given "
                                        "user.")));
    return Permission::yes();
}

Permission canResendInvite(const Caller &caller, const DirectoryMember &member)
{
    if (!member.isPending())
        return Permission::no(sentry(
            QT_TRANSLATE_NOOP("Sentry", "You cannot send an invitation to a user who is already a "
                                        "full member.")));
    if (caller.integration)
        return Permission::yes(); // its scopes are unknown here; Sentry decides
    const bool admin = caller.hasScope(QStringLiteral("member:admin"));
    if (member.status == DirectoryMember::Status::InviteExpired && !admin)
        return Permission::no(
            sentry(QT_TRANSLATE_NOOP("Sentry", "You are missing the member:admin scope.")));
    if (!admin && member.inviterName != caller.name)
        return Permission::no(sentry(
            QT_TRANSLATE_NOOP("Sentry", "You cannot modify invitations sent by someone else.")));
    return Permission::yes();
}

Permission canRemove(const Caller &caller, const DirectoryMember &member, int orgWriteMembers)
{
    if (isSelf(caller, member))
        return Permission::no(QCoreApplication::translate(
            "sm::directory::Permissions", "This is you. Leave the organization from Sentry's own "
                                          "settings, so you do not lock yourself out here."));
    // Sentry looks for the acting member, and an integration's proxy user is none.
    if (caller.integration)
        return Permission::no(
            sentry(QT_TRANSLATE_NOOP("Sentry",
                                     "You cannot remove a member who has more access than "
                                     "you.")) +
            QLatin1Char(' ') +
            QCoreApplication::translate(
                "sm::directory::Permissions",
                "An integration token is not a member of the organization, so Sentry does not "
                "let it remove anyone: use a user token with member:admin."));
    {
        const bool admin = caller.hasScope(QStringLiteral("member:admin"));
        if (!admin && !member.isPending())
            return Permission::no(
                sentry(QT_TRANSLATE_NOOP("Sentry", "You are missing the member:admin scope.")));
        if (!admin && member.inviterName != caller.name)
            return Permission::no(sentry(QT_TRANSLATE_NOOP(
                "Sentry", "You cannot modify invitations sent by someone else.")));
        if (admin && !caller.assignableRoles.contains(member.orgRole))
            return Permission::no(sentry(
                QT_TRANSLATE_NOOP("Sentry", "You cannot remove a member who has more access than "
                                            "you.")));
    }
    if (caller.orgWriteRoles.contains(member.orgRole) && !member.isPending() &&
        orgWriteMembers <= 1)
        return Permission::no(
            sentry(QT_TRANSLATE_NOOP("Sentry", "You cannot remove the only remaining owner or "
                                               "manager of the organization.")));
    if (member.idpProvisioned)
        return Permission::no(
            sentry(QT_TRANSLATE_NOOP(
                "Sentry", "This user is managed through your organization's identity provider.")) +
            QLatin1Char(' ') +
            QCoreApplication::translate(
                "sm::directory::Permissions",
                "Remove them in the identity provider, or deprovision them in the SCIM view."));
    if (member.partnershipRestricted)
        return Permission::no(sentry(
            QT_TRANSLATE_NOOP("Sentry", "This member is managed by an active partnership and "
                                        "cannot be modified until the end of the partnership.")));
    return Permission::yes();
}

Permission canLinkExternal(const Caller &caller, const DirectoryMember &member)
{
    if (member.userId.isEmpty())
        return Permission::no(QCoreApplication::translate(
                                  "sm::directory::Permissions",
                                  "%1 has not accepted the invitation yet: there is no Sentry "
                                  "user to link until they do.")
                                  .arg(member.email));
    if (!caller.integration && !caller.hasScope(QStringLiteral("org:write")) &&
        !caller.hasScope(QStringLiteral("org:admin")))
        return Permission::no(QCoreApplication::translate(
                                  "sm::directory::Permissions",
                                  "Linking accounts needs the org:write scope, which your role "
                                  "(%1) does not have.")
                                  .arg(caller.orgRoleName));
    return Permission::yes();
}

} // namespace sm::directory
