#pragma once

#include "api/apijob.h"
#include "api/result.h"

// The typed jobs: each emits finished(result) exactly once, then deletes itself. Connect
// with a context object (the receiver), e.g.
//   connect(client.inviteMember(invite), &MemberJob::finished, this, &Form::onInvited);
namespace sm {

class MemberJob final : public ApiJob
{
    Q_OBJECT
public:
    MemberJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::MemberResult &result);

private:
    void handleReply(const Reply &reply) override;
    void handleFailure(const ApiError &error, const Reply &reply) override;
};

// Follows Sentry's Link cursor while results="true"; pageReceived lets a view fill in
// while later pages load.
class MemberListJob final : public ApiJob
{
    Q_OBJECT
public:
    MemberListJob(SentryClient *client, ApiRequest request);
signals:
    void pageReceived(const QList<sm::Member> &page);
    void finished(const sm::MemberListResult &result);

private:
    void handleReply(const Reply &reply) override;
    void handleFailure(const ApiError &error, const Reply &reply) override;
    QList<Member> m_members;
};

class TeamListJob final : public ApiJob
{
    Q_OBJECT
public:
    TeamListJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::TeamListResult &result);

private:
    void handleReply(const Reply &reply) override;
    void handleFailure(const ApiError &error, const Reply &reply) override;
    QList<Team> m_teams;
};

class IntegrationListJob final : public ApiJob
{
    Q_OBJECT
public:
    IntegrationListJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::IntegrationListResult &result);

private:
    void handleReply(const Reply &reply) override;
    void handleFailure(const ApiError &error, const Reply &reply) override;
    QList<Integration> m_integrations;
};

class ScimUserJob final : public ApiJob
{
    Q_OBJECT
public:
    ScimUserJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::ScimUserResult &result);

private:
    void handleReply(const Reply &reply) override;
    void handleFailure(const ApiError &error, const Reply &reply) override;
};

class ScimUserPageJob final : public ApiJob
{
    Q_OBJECT
public:
    ScimUserPageJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::ScimUserPageResult &result);

private:
    void handleReply(const Reply &reply) override;
    void handleFailure(const ApiError &error, const Reply &reply) override;
};

class ExternalUserJob final : public ApiJob
{
    Q_OBJECT
public:
    ExternalUserJob(SentryClient *client, ApiRequest request);
signals:
    void finished(const sm::ExternalUserResult &result);

private:
    void handleReply(const Reply &reply) override;
    void handleFailure(const ApiError &error, const Reply &reply) override;
};

} // namespace sm
