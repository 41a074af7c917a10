// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "core/fielderrors.h"
#include "core/operations.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

// Every change the app can make to an organization, as a value: built by a form, a row
// action, a command line or a bulk file, written to JSON and read back, validated, turned
// into its exact request, and run once by OperationRun.
namespace sm::ops {

struct RemoveMember
{
    QString memberId;
};

// DELETE scim/v2/Users/{id}: the member is removed for good.
struct DeprovisionScimUser
{
    QString memberId;
};

struct CreateLink
{
    ExternalUserLink link;
};

struct UpdateLink
{
    ExternalUserLink link;
};

struct DeleteLink
{
    QString id;
    QString userId; // whose link it is: the check reads that member's links
};

class Operation
{
public:
    // In the order of Payload's alternatives.
    enum class Kind
    {
        Invite,
        UpdateRoles,
        ResendInvite,
        RemoveMember,
        ScimProvision,
        ScimDeprovision,
        LinkCreate,
        LinkUpdate,
        LinkDelete,
    };
    using Payload =
        std::variant<InviteMember, UpdateMemberRoles, ResendInvite, RemoveMember, ProvisionScimUser,
                     DeprovisionScimUser, CreateLink, UpdateLink, DeleteLink>;

    Operation() = default;
    template<typename T>
    explicit Operation(T payload, QString target = {})
        : m_payload(std::move(payload))
        , m_target(std::move(target))
    {}

    Kind kind() const { return Kind(m_payload.index()); }
    const Payload &payload() const { return m_payload; }
    template<typename T> const T *as() const { return std::get_if<T>(&m_payload); }
    // Whom the change concerns, in words ("Ada Hopper", an email): for sentences only.
    const QString &target() const { return m_target; }
    void setTarget(const QString &target) { m_target = target; }

    // The member id for changes to one member ("" for invite, SCIM provision and links).
    QString memberId() const;
    // The Sentry user id whose links a link operation changes.
    QString linkUserId() const;
    // Invitations and resends spend Sentry's daily invitation quota (per organization,
    // inviter and address); this is the address, case-folded ("" for every other change). A
    // resend's address is its target, which the app sets to the invitation's email.
    bool spendsInvitation() const;
    QString invitationAddress() const;

    // Core's rules with Sentry's words; nothing is sent while any remain.
    FieldErrors validate() const;
    // Exactly what goes on the wire (requests::*, which the client sends).
    ApiRequest request() const;
    // What the operation asks for, as an imperative phrase for a preview or a dry run:
    // "Invite ada@example.com as Member".
    QString describe() const;

    // {"kind": "invite", ...the payload's fields, "target": ...}: stable names, new ones only
    // added.
    QJsonObject toJson() const;
    static std::optional<Operation> fromJson(const QJsonObject &json, QString *error = nullptr);

private:
    Payload m_payload;
    QString m_target;
};

// "invite", "update-roles", "resend-invite", "remove-member", "scim-provision",
// "scim-deprovision", "link-create", "link-update", "link-delete".
QString kindName(Operation::Kind kind);
std::optional<Operation::Kind> kindFromName(const QString &name);

} // namespace sm::ops
