// SPDX-License-Identifier: MIT
#include "sandbox/memberrules.h"

#include "sandbox/drf.h"
#include "sandbox/emailfield.h"
#include "sandbox/roles.h"

#include <QJsonArray>

namespace sm::sandbox {

namespace {

QStringList roleChoices()
{
    QStringList ids;
    for (const OrgRoleDef &role : orgRoles())
        ids.append(role.id);
    return ids;
}

// validate_orgRole (also used for the deprecated "role").
std::optional<QString> checkOrgRole(const QString &role, const MemberRequestContext &context)
{
    if (role == QLatin1String("billing") && context.org->hasFeature("organizations:invite-billing"))
        return std::nullopt;
    if (!context.allowedRoles.contains(role))
        return QStringLiteral("You do not have permission to set that org-level role");
    if (!context.allowRetiredRoles && orgRole(role)->isRetired)
        return QStringLiteral("The role '%1' is deprecated and may no longer be assigned.")
            .arg(role);
    return std::nullopt;
}

std::optional<QString> checkEmail(const QString &email, const MemberRequestContext &context)
{
    for (const MemberRecord &m : context.org->members) {
        if (!context.org->memberHasEmail(m, email))
            continue;
        if (m.isApproved() && m.isPending())
            return QStringLiteral("The user %1 has already been invited").arg(email);
        if (m.isApproved())
            return QStringLiteral("The user %1 is already a member").arg(email);
        if (!context.allowExistingInviteRequest)
            return QStringLiteral("There is an existing invite request for %1").arg(email);
    }
    return std::nullopt;
}

std::optional<QString> checkTeams(const QStringList &slugs, const Organization &org)
{
    for (const QString &slug : slugs) {
        if (!org.team(slug))
            return QStringLiteral("Invalid teams");
    }
    return std::nullopt;
}

} // namespace

QJsonObject validateMemberRequest(const QJsonObject &data, const MemberRequestContext &context,
                                  MemberRequest &out)
{
    QJsonObject errors;
    auto fail = [&errors](const char *field, const QString &message) {
        QJsonArray list = errors.value(QLatin1String(field)).toArray();
        list.append(message);
        errors.insert(QLatin1String(field), list);
    };
    auto has = [&data, &out](const char *field) {
        const bool present = data.contains(QLatin1String(field));
        if (present)
            out.present.insert(QLatin1String(field));
        return present;
    };
    QString error;

    // email: AllowedEmailField(max_length=75, required=True), then validate_email.
    if (has("email")) {
        if (auto email = drf::charField(data.value(QLatin1String("email")), &error)) {
            const QStringList problems = drf::allowedEmailFieldErrors(*email, 75);
            for (const QString &problem : problems)
                fail("email", problem);
            if (problems.isEmpty()) {
                if (auto conflict = checkEmail(*email, context))
                    fail("email", *conflict);
                out.email = *email;
            }
        } else {
            fail("email", error);
        }
    } else if (!context.partial) {
        fail("email", drf::required());
    }

    // role (deprecated) and orgRole: ChoiceField with the org default, then validate_orgRole.
    const QString defaultRole = context.org->defaultRole;
    for (const char *field : {"role", "orgRole"}) {
        QString *target = QLatin1String(field) == QLatin1String("role") ? &out.role : &out.orgRole;
        std::optional<QString> value;
        if (has(field)) {
            value = drf::choiceField(data.value(QLatin1String(field)), roleChoices(), &error);
            if (!value)
                fail(field, error);
        } else if (!context.partial) {
            value = defaultRole;
        }
        if (value) {
            if (auto problem = checkOrgRole(*value, context))
                fail(field, *problem);
            *target = *value;
        }
    }

    // teams (deprecated): list of slugs.
    if (has("teams")) {
        const QJsonValue teams = data.value(QLatin1String("teams"));
        if (!teams.isArray()) {
            fail("teams", teams.isNull() ? drf::notNull() : drf::notAList(teams));
        } else {
            for (const QJsonValue &slug : teams.toArray())
                out.teams.append(slug.toVariant().toString());
            if (auto problem = checkTeams(out.teams, *context.org))
                fail("teams", *problem);
        }
    }

    // teamRoles: list of {"teamSlug", "role"}; role must be a team role or null.
    if (has("teamRoles")) {
        const QJsonValue teamRoles = data.value(QLatin1String("teamRoles"));
        if (!teamRoles.isArray() && !teamRoles.isNull()) {
            fail("teamRoles", drf::notAList(teamRoles));
        } else {
            bool badRole = false;
            QStringList slugs;
            for (const QJsonValue &item : teamRoles.toArray()) {
                const QJsonObject object = item.toObject();
                const QJsonValue role = object.value(QLatin1String("role"));
                if (!role.isNull() && !role.isUndefined() && !teamRole(role.toString()))
                    badRole = true;
                slugs.append(object.value(QLatin1String("teamSlug")).toString());
                out.teamRoles.append({slugs.constLast(), role.toString()});
            }
            if (badRole)
                fail("teamRoles", QStringLiteral("Invalid team-role"));
            else if (auto problem = checkTeams(slugs, *context.org))
                fail("teamRoles", *problem);
        }
    }

    for (const char *field : {"sendInvite", "reinvite", "regenerate"}) {
        if (!has(field))
            continue;
        const auto value = drf::booleanField(data.value(QLatin1String(field)), &error);
        if (!value) {
            fail(field, error);
            continue;
        }
        if (QLatin1String(field) == QLatin1String("sendInvite"))
            out.sendInvite = *value;
        else if (QLatin1String(field) == QLatin1String("reinvite"))
            out.reinvite = *value;
        else
            out.regenerate = *value;
    }
    return errors;
}

} // namespace sm::sandbox
