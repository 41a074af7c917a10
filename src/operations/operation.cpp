// SPDX-License-Identifier: MIT
#include "operations/operation.h"

#include "core/roles.h"
#include "core/sentryvocabulary.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sm::ops {

namespace {

// Called from Operation's members only, which lupdate files under the class's name.
QString tr(const char *text)
{
    return QCoreApplication::translate("sm::ops::Operation", text);
}

const char *const kindNames[] = {"invite",        "update-roles",   "resend-invite",
                                 "remove-member", "scim-provision", "scim-deprovision",
                                 "link-create",   "link-update",    "link-delete"};
static_assert(std::size(kindNames) == std::variant_size_v<Operation::Payload>);

QJsonArray teamRolesJson(const QList<TeamRoleAssignment> &teams)
{
    QJsonArray array;
    for (const TeamRoleAssignment &team : teams) {
        array.append(
            QJsonObject{{QStringLiteral("teamSlug"), team.teamSlug},
                        {QStringLiteral("role"), team.role.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(team.role)}});
    }
    return array;
}

std::optional<QList<TeamRoleAssignment>> teamRolesFrom(const QJsonValue &value)
{
    QList<TeamRoleAssignment> teams;
    if (value.isUndefined() || value.isNull())
        return teams;
    if (!value.isArray())
        return std::nullopt;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject team = item.toObject();
        const QString slug = team.value(QLatin1String("teamSlug")).toString();
        if (slug.isEmpty())
            return std::nullopt;
        teams.append({slug, team.value(QLatin1String("role")).toString()});
    }
    return teams;
}

QJsonObject linkJson(const ExternalUserLink &link)
{
    QJsonObject json{{QStringLiteral("userId"), link.userId},
                     {QStringLiteral("provider"), link.provider},
                     {QStringLiteral("externalName"), link.externalName},
                     {QStringLiteral("integrationId"), link.integrationId}};
    if (!link.id.isEmpty())
        json.insert(QStringLiteral("id"), link.id);
    if (!link.externalId.isEmpty())
        json.insert(QStringLiteral("externalId"), link.externalId);
    return json;
}

ExternalUserLink linkFrom(const QJsonObject &json)
{
    auto text = [&](const char *key) {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    };
    return {text("id"),       text("userId"),        text("externalName"),
            text("provider"), text("integrationId"), text("externalId")};
}

QString roleName(const QString &role)
{
    return roles::displayName({}, role);
}

// Overloaded lambdas for std::visit.
template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

QString kindName(Operation::Kind kind)
{
    return QString::fromLatin1(kindNames[int(kind)]);
}

std::optional<Operation::Kind> kindFromName(const QString &name)
{
    for (std::size_t i = 0; i < std::size(kindNames); ++i) {
        if (name == QLatin1String(kindNames[i]))
            return Operation::Kind(i);
    }
    return std::nullopt;
}

QString Operation::memberId() const
{
    return std::visit(Overloaded{[](const UpdateMemberRoles &p) { return p.memberId; },
                                 [](const ResendInvite &p) { return p.memberId; },
                                 [](const RemoveMember &p) { return p.memberId; },
                                 [](const DeprovisionScimUser &p) { return p.memberId; },
                                 [](const auto &) { return QString(); }},
                      m_payload);
}

bool Operation::spendsInvitation() const
{
    return kind() == Kind::Invite || kind() == Kind::ResendInvite;
}

QString Operation::invitationAddress() const
{
    if (const auto *invite = as<InviteMember>())
        return invite->email.toLower();
    return kind() == Kind::ResendInvite ? m_target.toLower() : QString();
}

QString Operation::linkUserId() const
{
    return std::visit(Overloaded{[](const CreateLink &p) { return p.link.userId; },
                                 [](const UpdateLink &p) { return p.link.userId; },
                                 [](const DeleteLink &p) { return p.userId; },
                                 [](const auto &) { return QString(); }},
                      m_payload);
}

FieldErrors Operation::validate() const
{
    return std::visit(
        Overloaded{
            [](const InviteMember &p) { return validation::validate(p); },
            [](const UpdateMemberRoles &p) { return validation::validate(p); },
            [](const ResendInvite &p) { return validation::validate(p); },
            [](const RemoveMember &p) { return validation::validateMemberId(p.memberId); },
            [](const ProvisionScimUser &p) { return validation::validate(p); },
            [](const DeprovisionScimUser &p) { return validation::validateMemberId(p.memberId); },
            [](const CreateLink &p) {
                ExternalUserLink create = p.link;
                create.id.clear();
                return validation::validate(create);
            },
            [](const UpdateLink &p) {
                FieldErrors problems = validation::validate(p.link);
                if (p.link.id.isEmpty())
                    problems[QStringLiteral("id")].append(validation::text::required());
                return problems;
            },
            [](const DeleteLink &p) { return validation::validateLinkId(p.id); }},
        m_payload);
}

ApiRequest Operation::request() const
{
    return std::visit(
        Overloaded{
            [](const InviteMember &p) { return requests::inviteMember(p); },
            [](const UpdateMemberRoles &p) { return requests::updateMemberRoles(p); },
            [](const ResendInvite &p) { return requests::resendInvite(p); },
            [](const RemoveMember &p) { return requests::removeMember(p.memberId); },
            [](const ProvisionScimUser &p) { return requests::provisionScimUser(p); },
            [](const DeprovisionScimUser &p) { return requests::deprovisionScimUser(p.memberId); },
            [](const CreateLink &p) {
                ExternalUserLink create = p.link;
                create.id.clear();
                return requests::createExternalUser(create);
            },
            [](const UpdateLink &p) { return requests::updateExternalUser(p.link); },
            [](const DeleteLink &p) { return requests::deleteExternalUser(p.id); }},
        m_payload);
}

QString Operation::describe() const
{
    const QString who = m_target.isEmpty() ? tr("member %1").arg(memberId()) : m_target;
    return std::visit(
        Overloaded{
            [](const InviteMember &p) {
                QString text = tr("Invite %1 as %2").arg(p.email, roleName(p.orgRole));
                if (!p.teamRoles.isEmpty())
                    text += tr(" to %1").arg(roles::describeTeams(p.teamRoles));
                return text;
            },
            [&](const UpdateMemberRoles &p) {
                const QString teams = roles::describeTeams(p.teamRoles);
                return p.orgRole ? tr("Make %1 %2, on %3").arg(who, roleName(*p.orgRole), teams)
                                 : tr("Put %1 on %2").arg(who, teams);
            },
            [&](const ResendInvite &p) {
                return p.regenerate ? tr("Send %1 a new invitation").arg(who)
                                    : tr("Send the invitation to %1 again").arg(who);
            },
            [&](const RemoveMember &) { return tr("Remove %1 from the organization").arg(who); },
            [](const ProvisionScimUser &p) {
                return p.sentryOrgRole.isEmpty() ? tr("Provision %1 through SCIM").arg(p.userName)
                                                 : tr("Provision %1 through SCIM as %2")
                                                       .arg(p.userName, roleName(p.sentryOrgRole));
            },
            [&](const DeprovisionScimUser &) { return tr("Deprovision %1 through SCIM").arg(who); },
            [&](const CreateLink &p) {
                return tr("Link %1 account %2 to %3")
                    .arg(vocabulary::providerDisplayName(p.link.provider), p.link.externalName,
                         m_target.isEmpty() ? tr("user %1").arg(p.link.userId) : m_target);
            },
            [&](const UpdateLink &p) {
                return tr("Change link %1 to %2 account %3")
                    .arg(p.link.id, vocabulary::providerDisplayName(p.link.provider),
                         p.link.externalName);
            },
            [](const DeleteLink &p) { return tr("Delete link %1").arg(p.id); }},
        m_payload);
}

QJsonObject Operation::toJson() const
{
    QJsonObject json = std::visit(
        Overloaded{[](const InviteMember &p) {
                       return QJsonObject{{QStringLiteral("email"), p.email},
                                          {QStringLiteral("orgRole"), p.orgRole},
                                          {QStringLiteral("teamRoles"), teamRolesJson(p.teamRoles)},
                                          {QStringLiteral("sendInvite"), p.sendInvite}};
                   },
                   [](const UpdateMemberRoles &p) {
                       QJsonObject o{{QStringLiteral("memberId"), p.memberId},
                                     {QStringLiteral("teamRoles"), teamRolesJson(p.teamRoles)}};
                       if (p.orgRole)
                           o.insert(QStringLiteral("orgRole"), *p.orgRole);
                       return o;
                   },
                   [](const ResendInvite &p) {
                       return QJsonObject{{QStringLiteral("memberId"), p.memberId},
                                          {QStringLiteral("regenerate"), p.regenerate}};
                   },
                   [](const RemoveMember &p) {
                       return QJsonObject{{QStringLiteral("memberId"), p.memberId}};
                   },
                   [](const ProvisionScimUser &p) {
                       QJsonObject o{{QStringLiteral("userName"), p.userName}};
                       if (!p.sentryOrgRole.isEmpty())
                           o.insert(QStringLiteral("sentryOrgRole"), p.sentryOrgRole);
                       return o;
                   },
                   [](const DeprovisionScimUser &p) {
                       return QJsonObject{{QStringLiteral("memberId"), p.memberId}};
                   },
                   [](const CreateLink &p) { return linkJson(p.link); },
                   [](const UpdateLink &p) { return linkJson(p.link); },
                   [](const DeleteLink &p) {
                       return QJsonObject{{QStringLiteral("id"), p.id},
                                          {QStringLiteral("userId"), p.userId}};
                   }},
        m_payload);
    json.insert(QStringLiteral("kind"), kindName(kind()));
    if (!m_target.isEmpty())
        json.insert(QStringLiteral("target"), m_target);
    return json;
}

std::optional<Operation> Operation::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Operation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString name = json.value(QLatin1String("kind")).toString();
    const auto kind = kindFromName(name);
    if (!kind)
        return fail(tr("unknown operation kind \"%1\"").arg(name));
    // Ids may be written as numbers in a hand-made file.
    auto text = [&](const char *key) {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    };
    const auto teams = teamRolesFrom(json.value(QLatin1String("teamRoles")));
    if (!teams)
        return fail(tr("teamRoles must be a list of {\"teamSlug\", \"role\"}"));
    const QString target = text("target");
    switch (*kind) {
    case Kind::Invite:
        return Operation(InviteMember{text("email"),
                                      json.contains(QLatin1String("orgRole"))
                                          ? text("orgRole")
                                          : QStringLiteral("member"),
                                      *teams, json.value(QLatin1String("sendInvite")).toBool(true)},
                         target);
    case Kind::UpdateRoles: {
        UpdateMemberRoles update{text("memberId"), std::nullopt, *teams};
        if (json.contains(QLatin1String("orgRole")))
            update.orgRole = text("orgRole");
        return Operation(update, target);
    }
    case Kind::ResendInvite:
        return Operation(
            ResendInvite{text("memberId"), json.value(QLatin1String("regenerate")).toBool()},
            target);
    case Kind::RemoveMember:
        return Operation(RemoveMember{text("memberId")}, target);
    case Kind::ScimProvision:
        return Operation(ProvisionScimUser{text("userName"), text("sentryOrgRole")}, target);
    case Kind::ScimDeprovision:
        return Operation(DeprovisionScimUser{text("memberId")}, target);
    case Kind::LinkCreate:
        return Operation(CreateLink{linkFrom(json)}, target);
    case Kind::LinkUpdate:
        return Operation(UpdateLink{linkFrom(json)}, target);
    case Kind::LinkDelete:
        return Operation(DeleteLink{text("id"), text("userId")}, target);
    }
    return fail(tr("unknown operation kind \"%1\"").arg(name));
}

} // namespace sm::ops
