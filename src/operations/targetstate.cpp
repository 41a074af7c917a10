// SPDX-License-Identifier: MIT
#include "operations/targetstate.h"

#include "api/sentryclient.h"

#include <QJsonArray>
#include <QTimer>

namespace sm::ops {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject linkJson(const ExternalUser &link)
{
    return {{QStringLiteral("id"), link.id},
            {QStringLiteral("userId"), link.userId},
            {QStringLiteral("provider"), link.provider},
            {QStringLiteral("externalName"), link.externalName},
            {QStringLiteral("integrationId"), link.integrationId},
            {QStringLiteral("externalId"), nullable(link.externalId)}};
}

// The parts of a member a change can touch, for before/after records.
QJsonObject memberJson(const Member &member)
{
    QJsonArray teams;
    for (const TeamRoleAssignment &team : member.teamRoles)
        teams.append(QJsonObject{{QStringLiteral("teamSlug"), team.teamSlug},
                                 {QStringLiteral("role"), nullable(team.role)}});
    QJsonArray links;
    for (const ExternalUser &link : member.externalUsers)
        links.append(linkJson(link));
    return {{QStringLiteral("id"), member.id},
            {QStringLiteral("email"), member.email},
            {QStringLiteral("name"), member.name},
            {QStringLiteral("userId"), nullable(member.userId)},
            {QStringLiteral("orgRole"), member.orgRole},
            {QStringLiteral("pending"), member.pending},
            {QStringLiteral("expired"), member.expired},
            {QStringLiteral("teamRoles"), teams},
            {QStringLiteral("externalUsers"), links}};
}

Member memberFrom(const QJsonObject &json)
{
    auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    Member member;
    member.id = text("id");
    member.email = text("email");
    member.name = text("name");
    member.userId = text("userId");
    member.orgRole = text("orgRole");
    member.pending = json.value(QLatin1String("pending")).toBool();
    member.expired = json.value(QLatin1String("expired")).toBool();
    for (const QJsonValue &team : json.value(QLatin1String("teamRoles")).toArray()) {
        const QJsonObject t = team.toObject();
        member.teamRoles.append({t.value(QLatin1String("teamSlug")).toString(),
                                 t.value(QLatin1String("role")).toString()});
        member.teams.append(member.teamRoles.constLast().teamSlug);
    }
    for (const QJsonValue &link : json.value(QLatin1String("externalUsers")).toArray()) {
        const QJsonObject l = link.toObject();
        auto field = [&](const char *key) { return l.value(QLatin1String(key)).toString(); };
        member.externalUsers.append({field("id"), field("userId"), field("provider"),
                                     field("externalName"), field("integrationId"),
                                     field("externalId")});
    }
    return member;
}

} // namespace

const Member *TargetState::member(const QString &id) const
{
    for (const Member &m : members) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const Member *TargetState::memberByEmail(const QString &email) const
{
    for (const Member &m : members) {
        if (m.email.compare(email, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QList<ExternalUser> TargetState::links() const
{
    QList<ExternalUser> all;
    for (const Member &m : members)
        all += m.externalUsers;
    return all;
}

QJsonObject TargetState::toJson() const
{
    if (!known)
        return {{QStringLiteral("known"), false}};
    QJsonObject json{{QStringLiteral("known"), true}};
    QJsonArray memberArray;
    for (const Member &m : members)
        memberArray.append(memberJson(m));
    json.insert(QStringLiteral("members"), memberArray);
    if (!scimUsers.isEmpty()) {
        QJsonArray users;
        for (const ScimUser &u : scimUsers)
            users.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("userName"), u.userName},
                                     {QStringLiteral("sentryOrgRole"), u.sentryOrgRole}});
        json.insert(QStringLiteral("scimUsers"), users);
    }
    if (reinvites)
        json.insert(QStringLiteral("reinvites"), QJsonArray::fromStringList(*reinvites));
    return json;
}

TargetState TargetState::fromJson(const QJsonObject &json)
{
    TargetState state;
    state.known = json.value(QLatin1String("known")).toBool();
    for (const QJsonValue &m : json.value(QLatin1String("members")).toArray())
        state.members.append(memberFrom(m.toObject()));
    for (const QJsonValue &u : json.value(QLatin1String("scimUsers")).toArray()) {
        const QJsonObject o = u.toObject();
        ScimUser user;
        user.id = o.value(QLatin1String("id")).toString();
        user.userName = o.value(QLatin1String("userName")).toString();
        user.sentryOrgRole = o.value(QLatin1String("sentryOrgRole")).toString();
        state.scimUsers.append(user);
    }
    if (json.contains(QLatin1String("reinvites"))) {
        QStringList ids;
        for (const QJsonValue &id : json.value(QLatin1String("reinvites")).toArray())
            ids.append(id.toString());
        state.reinvites = ids;
    }
    return state;
}

TargetRead::TargetRead(SentryClient *client, const Operation &operation, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_operation(operation)
{}

TargetRead::~TargetRead()
{
    if (m_job)
        m_job->cancel();
}

void TargetRead::start()
{
    using Kind = Operation::Kind;
    switch (m_operation.kind()) {
    case Kind::Invite:
        readMembersWhere(QStringLiteral("email:") + m_operation.as<InviteMember>()->email, false);
        return;
    case Kind::UpdateRoles:
    case Kind::RemoveMember:
    case Kind::ScimDeprovision:
        readMember(false);
        return;
    case Kind::ResendInvite:
        readMember(true);
        return;
    case Kind::ScimProvision:
        readScimUsers(m_operation.as<ProvisionScimUser>()->userName);
        return;
    case Kind::LinkCreate:
    case Kind::LinkUpdate:
    case Kind::LinkDelete:
        if (m_operation.linkUserId().isEmpty()) {
            // Without the owner, only the whole organization's links tell.
            readMembersWhere(QStringLiteral("hasExternalUsers:true"), true);
        } else {
            readMembersWhere(QStringLiteral("user.id:") + m_operation.linkUserId(), true);
        }
        return;
    }
}

void TargetRead::cancel()
{
    if (m_job)
        m_job->cancel();
}

void TargetRead::track(ApiJob *job)
{
    m_job = job;
}

void TargetRead::readMember(bool thenAuditLog)
{
    auto *job = m_client->getMember(m_operation.memberId());
    track(job);
    connect(job, &MemberJob::finished, this, [this, thenAuditLog](const MemberResult &result) {
        // A member that is not there is a finding, not a failure.
        if (!result.ok() && result.error.kind != ApiError::Kind::NotFound) {
            finish(result.error);
            return;
        }
        if (result.ok())
            m_state.members = {result.value};
        if (thenAuditLog)
            readAuditLog();
        else
            finish();
    });
}

void TargetRead::readAuditLog()
{
    auto *job = m_client->listAuditLog(QStringLiteral("member.reinvite"));
    track(job);
    connect(job, &AuditLogJob::finished, this, [this](const AuditEntryListResult &result) {
        if (result.error.isCancelled()) {
            finish(result.error);
            return;
        }
        // The log needs org:write: without it a resend cannot be verified, but the state of
        // the member still counts.
        if (result.ok()) {
            QStringList ids;
            for (const AuditEntry &entry : result.value) {
                if (entry.targetObject == m_operation.memberId())
                    ids.append(entry.id);
            }
            m_state.reinvites = ids;
        }
        finish();
    });
}

void TargetRead::readMembersWhere(const QString &query, bool withLinks)
{
    auto *job = m_client->listMembers(query, withLinks);
    track(job);
    connect(job, &MemberListJob::finished, this, [this](const MemberListResult &result) {
        if (result.ok())
            m_state.members = result.value;
        finish(result.error);
    });
}

void TargetRead::readScimUsers(const QString &userName)
{
    auto *job = m_client->listScimUsers(1, 10, userName);
    track(job);
    connect(job, &ScimUserPageJob::finished, this, [this](const ScimUserPageResult &result) {
        if (result.ok())
            m_state.scimUsers = result.value.users;
        finish(result.error);
    });
}

void TargetRead::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_job = nullptr;
    m_state.known = !error.isError();
    emit finished(error.isError() ? TargetState{} : m_state, error);
}

} // namespace sm::ops
