// SPDX-License-Identifier: MIT
// SCIM Users (src/sentry/scim/endpoints/members.py and utils.py).
#include "sandbox/drf.h"
#include "sandbox/memberrules.h"
#include "sandbox/roles.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/serialize.h"

#include <QDateTime>

namespace sm::sandbox {

namespace {

const QString scimErrorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");

// SCIMApiError; current servers also give the status, as a string.
Response scimError(int status, const QJsonValue &detail)
{
    return Response::json(status,
                          QJsonObject{{QStringLiteral("schemas"), QJsonArray{scimErrorSchema}},
                                      {QStringLiteral("detail"), detail},
                                      {QStringLiteral("status"), QString::number(status)}});
}

// SCIM kept the older wording (scim/members.py ERR_ONLY_OWNER), unlike members DELETE.
const QString onlyOwner =
    QStringLiteral("You cannot remove the only remaining owner of the organization.");

// OrganizationSCIMMemberDetails.convert_args turns ResourceDoesNotExist into a SCIM error.
Response scimNotFound()
{
    return scimError(404, QStringLiteral("The requested resource does not exist"));
}

// The PATCH operations Sentry understands: replace active with false, given as a path
// (generic IdPs) or inside the value (Okta); Azure sends the boolean as a string.
bool deactivates(const QJsonValue &operation)
{
    const QJsonObject op = operation.toObject();
    if (op.value(QLatin1String("op")).toString().toLower() != QLatin1String("replace"))
        return false;
    auto isFalse = [](const QJsonValue &v) {
        return (v.isBool() && !v.toBool()) ||
               (v.isString() && v.toString().toLower() == QLatin1String("false"));
    };
    const QJsonValue value = op.value(QLatin1String("value"));
    if (op.value(QLatin1String("path")).toString() == QLatin1String("active"))
        return isFalse(value);
    return !op.contains(QLatin1String("path")) && value.isObject() &&
           isFalse(value.toObject().value(QLatin1String("active")));
}

// SCIM's filter grammar as Sentry supports it: `userName eq "value"` (also value and
// displayName as the attribute).
std::optional<QString> parseFilter(const QString &filter, bool *valid)
{
    *valid = true;
    if (filter.isEmpty())
        return std::nullopt;
    static const QRegularExpression eq(
        QStringLiteral(R"re(^\s*(userName|value|displayName)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$)re"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = eq.match(filter);
    if (!match.hasMatch()) {
        *valid = false;
        return std::nullopt;
    }
    QString value = match.captured(2);
    value.replace(QLatin1String("\\\""), QLatin1String("\""));
    return value;
}

} // namespace

Response SandboxApi::listScimUsers(const Requester &, const Request &request)
{
    if (!m_org.scimEnabled)
        return Response::permissionDenied();

    QJsonObject errors;
    auto intParam = [&](const char *name, int fallback, int minimum) {
        const QString text = request.query.queryItemValue(QLatin1String(name));
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok)
            errors.insert(QLatin1String(name), QJsonArray{drf::invalidInteger()});
        else if (value < minimum)
            errors.insert(
                QLatin1String(name),
                QJsonArray{QStringLiteral("Ensure this value is greater than or equal to %1.")
                               .arg(minimum)});
        return ok ? value : fallback;
    };
    const int startIndex = intParam("startIndex", 1, 1);
    int count = qMin(intParam("count", 100, 0), 100);
    if (count == 0)
        count = 100; // none asked for: the default page
    if (!errors.isEmpty())
        return Response::json(400, errors);

    bool validFilter = true;
    const auto filter = parseFilter(
        request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded), &validFilter);
    if (!validFilter) {
        return Response::json(
            400, QJsonObject{{QStringLiteral("schemas"), QJsonArray{scimErrorSchema}},
                             {QStringLiteral("scimType"), QStringLiteral("invalidFilter")}});
    }

    // email__iexact on the member, or a user with that address (any case).
    auto matchesFilter = [&](const MemberRecord &m) {
        if (!filter)
            return true;
        const UserRecord *u = m.userId ? m_org.user(*m.userId) : nullptr;
        return m.email.compare(*filter, Qt::CaseInsensitive) == 0 ||
               (u && u->email.compare(*filter, Qt::CaseInsensitive) == 0);
    };
    QList<const MemberRecord *> matches;
    for (const MemberRecord &m : m_org.members) {
        if (m.isApproved() && matchesFilter(m))
            matches.append(&m);
    }
    // Sentry orders SCIM users by email, then id.
    std::sort(matches.begin(), matches.end(), [](const MemberRecord *a, const MemberRecord *b) {
        return std::pair(a->email, a->id) < std::pair(b->email, b->id);
    });
    QJsonArray resources;
    for (qsizetype i = startIndex - 1; i < matches.size() && resources.size() < count; ++i)
        resources.append(serialize::scimUser(m_org, *matches.at(i)));
    return Response::json(
        200, QJsonObject{
                 {QStringLiteral("schemas"),
                  QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")}},
                 {QStringLiteral("totalResults"), matches.size()},
                 {QStringLiteral("startIndex"), startIndex},
                 {QStringLiteral("itemsPerPage"), resources.size()},
                 {QStringLiteral("Resources"), resources},
             });
}

Response SandboxApi::provisionScimUser(const Requester &caller, const Request &request)
{
    if (!m_org.scimEnabled)
        return Response::permissionDenied();
    Response failure;
    const auto data = parseBody(request, &failure);
    if (!data)
        return failure;

    QString role = m_org.defaultRole;
    bool roleRestricted = false;
    const QJsonValue requested = data->value(QLatin1String("sentryOrgRole"));
    if (requested.isString() && !requested.toString().isEmpty()) {
        role = requested.toString().toLower();
        roleRestricted = true;
    }
    // Any role without org:admin may be provisioned; owner may not.
    QStringList allowed;
    for (const OrgRoleDef &def : orgRoles()) {
        if (!expandScopes(def.scopes).contains(QStringLiteral("org:admin")))
            allowed.append(def.id);
    }
    if (!allowed.contains(role))
        return scimError(400, QStringLiteral("Invalid organization role."));

    QJsonObject memberData{{QStringLiteral("role"), role}};
    if (data->contains(QLatin1String("userName")))
        memberData.insert(QStringLiteral("email"), data->value(QLatin1String("userName")));
    MemberRequest input;
    MemberRequestContext context;
    context.org = &m_org;
    context.allowedRoles = allowed;
    context.allowExistingInviteRequest = true;
    const QJsonObject errors = validateMemberRequest(memberData, context, input);
    if (!errors.isEmpty()) {
        // Only a joined member is a conflict; an invitation's "has already been invited"
        // falls through to the serializer errors (scim/members.py, post()).
        for (const QJsonValue &message : errors.value(QLatin1String("email")).toArray()) {
            if (message.toString().contains(QLatin1String("is already a member")))
                return scimError(409, QStringLiteral("User already exists in the database."));
        }
        if (errors.contains(QLatin1String("role")))
            return scimError(400, QStringLiteral("Invalid organization role."));
        return scimError(400, drf::sentryJsonDumps(errors));
    }

    // Provisioning spends no invitation quota, and is audited as an invitation.
    for (MemberRecord &existing : m_org.members) {
        if (existing.email == input.email && existing.role == role) {
            existing.tokenExpired = false;
            audit(caller, QStringLiteral("member.invite"), existing.id, std::nullopt,
                  auditData(existing));
            return Response::json(201, serialize::scimUser(m_org, existing));
        }
    }
    MemberRecord member;
    member.id = m_org.allocateId();
    member.email = input.email;
    member.role = role;
    member.inviterUserId = caller.userId;
    member.dateCreated = now().toString(Qt::ISODateWithMs);
    member.flags.insert(QStringLiteral("idp:provisioned"), true);
    member.flags.insert(QStringLiteral("idp:role-restricted"), roleRestricted);
    m_org.members.append(member);
    audit(caller, QStringLiteral("member.invite"), member.id, std::nullopt, auditData(member));
    return Response::json(201, serialize::scimUser(m_org, member));
}

MemberRecord *SandboxApi::findScimMember(const QString &memberId)
{
    bool numeric = false;
    const qint64 id = memberId.toLongLong(&numeric);
    MemberRecord *member = numeric ? m_org.member(id) : nullptr;
    return member && member->isApproved() ? member : nullptr;
}

Response SandboxApi::getScimUser(const Requester &, const Request &, const QString &memberId)
{
    if (!m_org.scimEnabled)
        return Response::permissionDenied();
    const MemberRecord *member = findScimMember(memberId);
    if (!member)
        return scimNotFound();
    return Response::json(200, serialize::scimUser(m_org, *member));
}

Response SandboxApi::patchScimUser(const Requester &caller, const Request &request,
                                   const QString &memberId)
{
    if (!m_org.scimEnabled)
        return Response::permissionDenied();
    MemberRecord *member = findScimMember(memberId);
    if (!member)
        return scimNotFound();
    Response failure;
    const auto data = parseBody(request, &failure);
    if (!data)
        return failure;
    const QJsonValue operations = data->value(QLatin1String("Operations"));
    QJsonObject errors;
    if (operations.isUndefined())
        errors.insert(QStringLiteral("Operations"), QJsonArray{drf::required()});
    else if (!operations.isArray())
        errors.insert(QStringLiteral("Operations"), QJsonArray{drf::notAList(operations)});
    else if (operations.toArray().size() > 100)
        errors.insert(
            QStringLiteral("Operations"),
            QJsonArray{QStringLiteral("Ensure this field has no more than 100 elements.")});
    if (!errors.isEmpty())
        return scimError(400, drf::sentryJsonDumps(errors));
    if (member->flags.value(QStringLiteral("partnership:restricted")))
        return Response::permissionDenied();
    bool deactivate = false;
    for (const QJsonValue &operation : operations.toArray()) {
        if (!deactivates(operation))
            return scimError(400, QStringLiteral("Invalid Patch Operation."));
        deactivate = true;
    }
    if (deactivate)
        return removeScimMember(caller, member);
    return Response::empty(204);
}

Response SandboxApi::deleteScimUser(const Requester &caller, const Request &,
                                    const QString &memberId)
{
    if (!m_org.scimEnabled)
        return Response::permissionDenied();
    MemberRecord *member = findScimMember(memberId);
    if (!member)
        return scimNotFound();
    if (member->flags.value(QStringLiteral("partnership:restricted")))
        return Response::permissionDenied();
    return removeScimMember(caller, member);
}

Response SandboxApi::removeScimMember(const Requester &caller, MemberRecord *member)
{
    // Deactivating through SCIM deletes the member for good.
    if (m_org.isOnlyOwner(*member))
        return Response::detail(403, onlyOwner);
    return removeAndAudit(caller, *member);
}

} // namespace sm::sandbox
