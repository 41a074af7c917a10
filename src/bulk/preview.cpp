// SPDX-License-Identifier: MIT
#include "bulk/preview.h"

#include "core/roles.h"
#include "core/validation.h"
#include "directory/directorymember.h"
#include "directory/memberpermissions.h"
#include "l10n/sentrytext.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace sm::bulk {

namespace {

QString sentry(const char *text)
{
    return l10n::sentryText(QString::fromUtf8(text));
}

// The file's column for a field of Sentry's request, for errors found by validation.
QString columnFor(const QString &field)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("userName"), QStringLiteral("email")},
        {QStringLiteral("orgRole"), QStringLiteral("role")},
        {QStringLiteral("role"), QStringLiteral("role")},
        {QStringLiteral("sentryOrgRole"), QStringLiteral("role")},
        {QStringLiteral("teamRoles"), QStringLiteral("teams")},
        {QStringLiteral("teams"), QStringLiteral("teams")},
        {QStringLiteral("externalName"), QStringLiteral("external_name")},
        {QStringLiteral("externalId"), QStringLiteral("external_id")},
        {QStringLiteral("provider"), QStringLiteral("provider")},
        {QStringLiteral("integrationId"), QStringLiteral("integration")},
        {QStringLiteral("memberId"), QStringLiteral("member")},
        {QStringLiteral("userId"), QStringLiteral("member")},
    };
    return columns.value(field);
}

struct Judge
{
    const File &file;
    const Snapshot &org;
    directory::Caller caller;
    QHash<QString, const Member *> byEmail; // case-folded
    QHash<QString, const Member *> byId;
    QSet<QString> teamSlugs;
    QSet<QString> seen; // the rows' keys so far, for duplicates

    Judge(const File &f, const Snapshot &o)
        : file(f)
        , org(o)
        , caller(directory::Caller::fromMe(o.me))
    {
        for (const Member &m : org.members) {
            byEmail.insert(m.email.toLower(), &m);
            byId.insert(m.id, &m);
        }
        for (const Team &t : org.teams)
            teamSlugs.insert(t.slug);
    }

    static Verdict problem(RowClass c, const QString &column, const QString &reason)
    {
        Verdict v;
        v.rowClass = c;
        v.column = column;
        v.reason = reason;
        return v;
    }

    // A role this organization has and the caller may give; the problem otherwise.
    std::optional<Verdict> roleProblem(const QString &role) const
    {
        if (role.isEmpty())
            return std::nullopt;
        const auto &orgRoles = org.me.orgRoleList;
        const bool known = std::any_of(orgRoles.cbegin(), orgRoles.cend(),
                                       [&](const RoleInfo &r) { return r.id == role; });
        if (!known && !orgRoles.isEmpty()) {
            return problem(RowClass::Malformed, QStringLiteral("role"),
                           l10n::sentryText(validation::text::invalidChoice(role)));
        }
        const auto info = std::find_if(orgRoles.cbegin(), orgRoles.cend(),
                                       [&](const RoleInfo &r) { return r.id == role; });
        // With team roles (the organizations:team-roles feature, which sends teamRoleList),
        // Sentry refuses retired roles such as admin.
        if (known && info->isRetired && !org.me.teamRoleList.isEmpty()) {
            return problem(RowClass::RoleNotAllowed, QStringLiteral("role"),
                           l10n::sentryText(validation::text::retiredRole(role)));
        }
        if (known && !caller.integration && !caller.assignableRoles.contains(role)) {
            return problem(RowClass::RoleNotAllowed, QStringLiteral("role"),
                           sentry(QT_TRANSLATE_NOOP(
                               "Sentry", "You do not have permission to set that org-level role")));
        }
        return std::nullopt;
    }

    // The teams cell: every slug known, every team role one Sentry has.
    std::optional<Verdict> teamsProblem(const QString &column, const QString &cell,
                                        QList<TeamRoleAssignment> *teams) const
    {
        for (const QString &part : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const TeamRoleAssignment team = roles::parseTeam(part);
            if (team.teamSlug.isEmpty())
                return problem(RowClass::Malformed, column,
                               QCoreApplication::translate("sm::bulk", "A team has no slug."));
            if (!teamSlugs.contains(team.teamSlug)) {
                return problem(RowClass::UnknownTeam, column,
                               QCoreApplication::translate(
                                   "sm::bulk", "There is no team \"%1\" in this organization.")
                                   .arg(team.teamSlug));
            }
            if (!team.role.isEmpty() && team.role != QLatin1String("contributor") &&
                team.role != QLatin1String("admin")) {
                return problem(RowClass::Malformed, column,
                               l10n::sentryText(validation::text::invalidTeamRole()));
            }
            teams->append(team);
        }
        return std::nullopt;
    }

    std::optional<Verdict> validationProblem(const ops::Operation &operation) const
    {
        const FieldErrors errors = operation.validate();
        if (errors.isEmpty())
            return std::nullopt;
        const QString &field = errors.firstKey();
        return problem(RowClass::Malformed, columnFor(field),
                       l10n::sentryText(errors.value(field)));
    }

    // The member a `member` cell names: an email in any case, or a member id.
    const Member *member(const QString &ref) const
    {
        if (const Member *m = byId.value(ref))
            return m;
        return byEmail.value(ref.toLower());
    }

    Verdict invite(const Row &row) const
    {
        const QString email = row.value(QStringLiteral("email"));
        const QString role = row.value(QStringLiteral("role"));
        if (const Member *m = byEmail.value(email.toLower())) {
            return m->pending ? problem(RowClass::AlreadyInvited, QStringLiteral("email"),
                                        l10n::sentryText(validation::text::alreadyInvited(email)))
                              : problem(RowClass::AlreadyMember, QStringLiteral("email"),
                                        l10n::sentryText(validation::text::alreadyMember(email)));
        }
        if (auto bad = roleProblem(role))
            return *bad;
        InviteMember invite;
        invite.email = email;
        if (!role.isEmpty())
            invite.orgRole = role;
        if (auto bad = teamsProblem(QStringLiteral("teams"), row.value(QStringLiteral("teams")),
                                    &invite.teamRoles))
            return *bad;
        const QString send = row.value(QStringLiteral("send_invite")).toLower();
        static const QStringList yes{QString(), QStringLiteral("true"), QStringLiteral("yes"),
                                     QStringLiteral("1")};
        static const QStringList no{QStringLiteral("false"), QStringLiteral("no"),
                                    QStringLiteral("0")};
        if (!yes.contains(send) && !no.contains(send)) {
            return problem(RowClass::Malformed, QStringLiteral("send_invite"),
                           QCoreApplication::translate("sm::bulk", "Use true or false."));
        }
        invite.sendInvite = !no.contains(send);
        Verdict v;
        v.operation = ops::Operation(invite, email);
        return v;
    }

    Verdict scim(const Row &row) const
    {
        const QString email = row.value(QStringLiteral("email"));
        if (const Member *m = byEmail.value(email.toLower())) {
            return m->pending ? problem(RowClass::AlreadyInvited, QStringLiteral("email"),
                                        l10n::sentryText(validation::text::alreadyInvited(email)))
                              : problem(RowClass::AlreadyMember, QStringLiteral("email"),
                                        sentry(QT_TRANSLATE_NOOP(
                                            "Sentry", "User already exists in the database.")));
        }
        ProvisionScimUser provision;
        provision.userName = email;
        provision.sentryOrgRole = row.value(QStringLiteral("role"));
        Verdict v;
        v.operation = ops::Operation(provision, email);
        return v;
    }

    Verdict roleChange(const Row &row, const Member &m) const
    {
        const QString role = row.value(QStringLiteral("role"));
        const bool roleChange = !role.isEmpty() && role != m.orgRole;
        if (roleChange) {
            if (m.isIdpManaged()) {
                return problem(RowClass::IdpManaged, QStringLiteral("role"),
                               QCoreApplication::translate(
                                   "sm::bulk",
                                   "%1's role is set by your identity provider: change it there, "
                                   "or through SCIM.")
                                   .arg(m.email));
            }
            const auto may = directory::canEditRoles(caller, directory::DirectoryMember::from(m));
            if (!may.allowed)
                return problem(RowClass::RoleNotAllowed, QStringLiteral("role"), may.reason);
            if (auto bad = roleProblem(role))
                return *bad;
        }
        QList<TeamRoleAssignment> add;
        if (auto bad =
                teamsProblem(QStringLiteral("teams"), row.value(QStringLiteral("teams")), &add))
            return *bad;
        QList<TeamRoleAssignment> removeTeams;
        if (auto bad = teamsProblem(QStringLiteral("remove_teams"),
                                    row.value(QStringLiteral("remove_teams")), &removeTeams))
            return *bad;
        QStringList remove;
        for (const auto &t : std::as_const(removeTeams))
            remove.append(t.teamSlug);
        const QList<TeamRoleAssignment> after = roles::teamsAfter(m, add, remove);
        if (!roleChange && roles::sameTeams(after, roles::teamsAfter(m, {}, {}))) {
            return problem(
                RowClass::NoChange, QString(),
                QCoreApplication::translate("sm::bulk", "%1 already has that role and those teams.")
                    .arg(m.email));
        }
        UpdateMemberRoles update;
        update.memberId = m.id;
        if (roleChange)
            update.orgRole = role;
        update.teamRoles = after;
        Verdict v;
        v.operation = ops::Operation(update, m.email);
        return v;
    }

    Verdict removal(const Member &m) const
    {
        const auto may = directory::canRemove(caller, directory::DirectoryMember::from(m),
                                              std::numeric_limits<int>::max());
        if (!may.allowed)
            return problem(RowClass::RoleNotAllowed, QStringLiteral("member"), may.reason);
        Verdict v;
        v.operation = ops::Operation(ops::RemoveMember{m.id}, m.email);
        return v;
    }

    Verdict resend(const Member &m) const
    {
        if (!m.pending) {
            return problem(RowClass::AlreadyMember, QStringLiteral("member"),
                           sentry(QT_TRANSLATE_NOOP("Sentry", "You cannot send an invitation to "
                                                              "a user who is already a full "
                                                              "member.")));
        }
        const auto may = directory::canResendInvite(caller, directory::DirectoryMember::from(m));
        if (!may.allowed)
            return problem(RowClass::RoleNotAllowed, QStringLiteral("member"), may.reason);
        // An expired invitation needs a new link, which Sentry makes with regenerate.
        Verdict v;
        v.operation = ops::Operation(ResendInvite{m.id, m.expired}, m.email);
        return v;
    }

    Verdict link(const Row &row, const Member &m) const
    {
        const auto may = directory::canLinkExternal(caller, directory::DirectoryMember::from(m));
        if (m.userId.isEmpty()) // an invitation: no user to link yet
            return problem(RowClass::Malformed, QStringLiteral("member"), may.reason);
        if (!may.allowed)
            return problem(RowClass::RoleNotAllowed, QStringLiteral("member"), may.reason);
        const QString provider = row.value(QStringLiteral("provider")).toLower();
        const QString name = row.value(QStringLiteral("integration"));
        const auto integration =
            std::find_if(org.integrations.cbegin(), org.integrations.cend(), [&](const auto &i) {
                return i.providerKey == provider && (i.id == name || i.name == name);
            });
        if (integration == org.integrations.cend()) {
            return problem(RowClass::UnknownIntegration, QStringLiteral("integration"),
                           QCoreApplication::translate(
                               "sm::bulk", "No %1 integration named \"%2\" is installed in this "
                                           "organization.")
                               .arg(provider, name));
        }
        ExternalUserLink link;
        link.userId = m.userId;
        link.provider = provider;
        link.integrationId = integration->id;
        link.externalName = row.value(QStringLiteral("external_name"));
        link.externalId = row.value(QStringLiteral("external_id"));
        for (const ExternalUser &existing : m.externalUsers) {
            if (existing.provider != provider || existing.externalName != link.externalName)
                continue;
            if (existing.integrationId == link.integrationId)
                return problem(
                    RowClass::NoChange, QString(),
                    QCoreApplication::translate("sm::bulk", "%1 is already linked as %2.")
                        .arg(m.email, link.externalName));
            return problem(
                RowClass::NameTaken, QStringLiteral("external_name"),
                sentry(QT_TRANSLATE_NOOP("Sentry", "There already exists an external "
                                                   "association with this external_name and "
                                                   "provider.")));
        }
        Verdict v;
        v.operation = ops::Operation(ops::CreateLink{link}, m.email);
        return v;
    }

    Verdict judgeRow(const Row &row)
    {
        if (row.raw.size() > file.header.size()) {
            for (qsizetype i = file.header.size(); i < row.raw.size(); ++i) {
                if (!row.raw.at(i).trimmed().isEmpty())
                    return problem(
                        RowClass::Malformed, QString(),
                        QCoreApplication::translate(
                            "sm::bulk", "The row has more cells than the header names."));
            }
        }
        for (const QString &column : requiredColumns(file.kind)) {
            if (row.value(column).isEmpty())
                return problem(RowClass::Malformed, column,
                               l10n::sentryText(validation::text::required()));
        }
        const bool byEmailCell = file.kind == Kind::Invites || file.kind == Kind::Scim;
        QString key = byEmailCell ? row.value(QStringLiteral("email")).toLower()
                                  : row.value(QStringLiteral("member")).toLower();
        if (byEmailCell) {
            const QStringList problems = validation::emailProblems(key);
            if (!problems.isEmpty())
                return problem(RowClass::Malformed, QStringLiteral("email"),
                               l10n::sentryText(problems));
        }
        const Member *target = nullptr;
        if (!byEmailCell) {
            target = member(row.value(QStringLiteral("member")));
            if (!target)
                return problem(
                    RowClass::Malformed, QStringLiteral("member"),
                    QCoreApplication::translate(
                        "sm::bulk", "No member of this organization has this email or id."));
            key = target->id;
        }
        if (file.kind == Kind::Links)
            key += QLatin1Char('\n') + row.value(QStringLiteral("provider")).toLower();
        if (seen.contains(key))
            return problem(RowClass::Duplicate,
                           byEmailCell ? QStringLiteral("email") : QStringLiteral("member"),
                           QCoreApplication::translate(
                               "sm::bulk", "An earlier row of the file names the same member."));
        seen.insert(key);

        Verdict v;
        switch (file.kind) {
        case Kind::Invites:
            v = invite(row);
            break;
        case Kind::Scim:
            v = scim(row);
            break;
        case Kind::Roles:
            v = roleChange(row, *target);
            break;
        case Kind::Removals:
            v = removal(*target);
            break;
        case Kind::Links:
            v = link(row, *target);
            break;
        case Kind::Resends:
            v = resend(*target);
            break;
        }
        if (v.operation) {
            if (auto bad = validationProblem(*v.operation))
                return *bad;
        }
        if (target) {
            v.before.known = true;
            v.before.members = {*target};
        }
        return v;
    }
};

// Spreads the ready invitations and resends over the days Sentry's three limits allow.
void planInvites(Preview &preview, const QDate &today)
{
    const InviteQuota &quota = preview.quota;
    const int dayLimit = std::min(InviteQuota::perOrganization, InviteQuota::perInviter);
    // What each day has used: today starts with what the journal shows, later days fresh.
    QList<int> used{std::max(quota.organizationUsed, quota.inviterUsed)};
    QList<int> byDay{0};
    for (Verdict &v : preview.rows) {
        if (!v.operation || !v.operation->spendsInvitation())
            continue;
        int day = 0;
        // An address that has had its ten today waits for tomorrow (any later day is fresh).
        if (quota.addressUsed.value(v.operation->invitationAddress()) >= InviteQuota::perAddress)
            day = 1;
        while (day < used.size() && used.at(day) >= dayLimit)
            ++day;
        while (used.size() <= day) {
            used.append(0);
            byDay.append(0);
        }
        ++used[day];
        ++byDay[day];
        v.day = day;
        if (day > 0) {
            v.rowClass = RowClass::OverQuota;
            v.reason = QCoreApplication::translate(
                           "sm::bulk",
                           "Over today's invitation limit (%1 per organization and per inviter "
                           "each UTC day): planned for %2, after 00:00 UTC.")
                           .arg(dayLimit)
                           .arg(today.addDays(day).toString(Qt::ISODate));
        }
    }
    preview.invitesByDay = byDay;
}

} // namespace

QString className(RowClass rowClass)
{
    switch (rowClass) {
    case RowClass::Ready:
        return QStringLiteral("ready");
    case RowClass::Malformed:
        return QStringLiteral("malformed");
    case RowClass::Duplicate:
        return QStringLiteral("duplicate");
    case RowClass::AlreadyMember:
        return QStringLiteral("already-member");
    case RowClass::AlreadyInvited:
        return QStringLiteral("already-invited");
    case RowClass::RoleNotAllowed:
        return QStringLiteral("role-not-allowed");
    case RowClass::UnknownTeam:
        return QStringLiteral("unknown-team");
    case RowClass::IdpManaged:
        return QStringLiteral("idp-managed");
    case RowClass::UnknownIntegration:
        return QStringLiteral("unknown-integration");
    case RowClass::NameTaken:
        return QStringLiteral("name-taken");
    case RowClass::NoChange:
        return QStringLiteral("no-change");
    case RowClass::OverQuota:
        return QStringLiteral("over-quota");
    }
    return {};
}

const QList<RowClass> &allClasses()
{
    static const QList<RowClass> classes{
        RowClass::Ready,         RowClass::Malformed,      RowClass::Duplicate,
        RowClass::AlreadyMember, RowClass::AlreadyInvited, RowClass::RoleNotAllowed,
        RowClass::UnknownTeam,   RowClass::IdpManaged,     RowClass::UnknownIntegration,
        RowClass::NameTaken,     RowClass::NoChange,       RowClass::OverQuota};
    return classes;
}

int Preview::count(RowClass rowClass) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [&](const Verdict &v) { return v.rowClass == rowClass; }));
}

int Preview::toSend() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Verdict &v) { return v.willSend(); }));
}

Preview judge(const File &file, const Snapshot &org, const InviteQuota &quota, const QDate &today)
{
    Preview preview;
    preview.kind = file.kind;
    preview.today = today;
    preview.judgedAt = org.readAt;
    preview.quota = quota;
    preview.scimEnabled = org.scimEnabled;
    Judge judge(file, org);
    for (const Row &row : file.rows) {
        Verdict v = judge.judgeRow(row);
        v.row = row.row;
        v.line = row.line;
        preview.rows.append(v);
    }
    if (file.kind == Kind::Invites || file.kind == Kind::Resends)
        planInvites(preview, today);
    return preview;
}

} // namespace sm::bulk
