// SPDX-License-Identifier: MIT
#pragma once

#include "api/apijob.h"
#include "api/result.h"

// The typed jobs: each emits finished(result) exactly once, right after ApiJob::ended, then
// deletes itself. Connect with a context object (the receiver), e.g.
//   connect(client.inviteMember(invite), &MemberJob::finished, this, &Form::onInvited);
namespace sm {

// What every typed job shares: a failure becomes a Result<T> carrying the error, and every
// result ends the job (ended) before it is delivered (finished). `Self` is the Q_OBJECT
// class that declares the signal finished(const Result<T> &).
template<typename Self, typename T> class TypedJob : public ApiJob
{
public:
    using ResultType = Result<T>;

protected:
    using ApiJob::ApiJob;

    void handleFailure(const ApiError &error, const Reply &reply) final
    {
        ResultType result;
        static_cast<Outcome &>(result) = reply.outcome();
        result.error = error.withFieldAliases(request().fieldAliases);
        deliver(result);
    }
    void deliver(const ResultType &result)
    {
        end(result);
        emit static_cast<Self *>(this)->finished(result);
    }
};

class MemberJob final : public TypedJob<MemberJob, Member>
{
    Q_OBJECT
public:
    MemberJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::MemberResult &result);

private:
    void handleReply(const Reply &reply) override;
};

// Follows Sentry's Link cursor while results="true"; pageReceived lets a view fill in
// while later pages load.
class MemberListJob final : public TypedJob<MemberListJob, QList<Member>>
{
    Q_OBJECT
public:
    MemberListJob(SentryClient *client, ApiRequest request);
    // A streaming job hands each page to pageReceived only and finishes with an empty list:
    // a large organization is then held once, by whoever keeps the pages. Set before the
    // first page arrives (pages arrive from the event loop, after the job is returned).
    void setStreaming(bool streaming) { m_streaming = streaming; }
signals:
    void pageReceived(const QList<sm::Member> &page);
    void finished(const sm::MemberListResult &result);

private:
    void handleReply(const Reply &reply) override;
    QList<Member> m_members;
    bool m_streaming = false;
};

// A team's members with their team roles, all pages.
class TeamMemberListJob final : public TypedJob<TeamMemberListJob, QList<TeamMember>>
{
    Q_OBJECT
public:
    TeamMemberListJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::TeamMemberListResult &result);

private:
    void handleReply(const Reply &reply) override;
    QList<TeamMember> m_members;
};

// A change Sentry answers without a body (DELETE, 204).
class DoneJob final : public TypedJob<DoneJob, bool>
{
    Q_OBJECT
public:
    DoneJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::DoneResult &result);

private:
    void handleReply(const Reply &reply) override;
};

// Any change, its answer kept as JSON for the operation that asked to read: one job type
// for every kind of operation, so a runner needs no list of them.
class ChangeJob final : public TypedJob<ChangeJob, QJsonObject>
{
    Q_OBJECT
public:
    ChangeJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::ChangeResult &result);

private:
    void handleReply(const Reply &reply) override;
};

class OrganizationJob final : public TypedJob<OrganizationJob, OrganizationInfo>
{
    Q_OBJECT
public:
    OrganizationJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::OrganizationResult &result);

private:
    void handleReply(const Reply &reply) override;
};

class TeamListJob final : public TypedJob<TeamListJob, QList<Team>>
{
    Q_OBJECT
public:
    TeamListJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::TeamListResult &result);

private:
    void handleReply(const Reply &reply) override;
    QList<Team> m_teams;
};

class IntegrationListJob final : public TypedJob<IntegrationListJob, QList<Integration>>
{
    Q_OBJECT
public:
    IntegrationListJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::IntegrationListResult &result);

private:
    void handleReply(const Reply &reply) override;
    QList<Integration> m_integrations;
};

class ScimUserJob final : public TypedJob<ScimUserJob, ScimUser>
{
    Q_OBJECT
public:
    ScimUserJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::ScimUserResult &result);

private:
    void handleReply(const Reply &reply) override;
};

class ScimUserPageJob final : public TypedJob<ScimUserPageJob, ScimUserPage>
{
    Q_OBJECT
public:
    ScimUserPageJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::ScimUserPageResult &result);

private:
    void handleReply(const Reply &reply) override;
};

class ExternalUserJob final : public TypedJob<ExternalUserJob, ExternalUser>
{
    Q_OBJECT
public:
    ExternalUserJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::ExternalUserResult &result);

private:
    void handleReply(const Reply &reply) override;
};

// The first page of the audit log: its newest rows (the log is read to verify a change,
// never walked to its end).
class AuditLogJob final : public TypedJob<AuditLogJob, QList<AuditEntry>>
{
    Q_OBJECT
public:
    AuditLogJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::AuditEntryListResult &result);

private:
    void handleReply(const Reply &reply) override;
};

} // namespace sm
