// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "core/entities.h"
#include "operations/operation.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace sm {
class SentryClient;
class ApiJob;
} // namespace sm

namespace sm::ops {

// What Sentry showed of an operation's target at one moment: before the change, in the
// answer to it, or when a check read it again.
struct TargetState
{
    bool known = false;        // false: nothing was read (or it could not be)
    QList<Member> members;     // the member by id (0 or 1), by email, or a link's owner
    QList<ScimUser> scimUsers; // SCIM users with the operation's userName
    // Ids of the audit log's member.reinvite rows for the member; unset when the log could
    // not be read (it needs org:write).
    std::optional<QStringList> reinvites;

    const Member *member(const QString &id) const;
    const Member *memberByEmail(const QString &email) const;
    QList<ExternalUser> links() const;

    QJsonObject toJson() const;
    static TargetState fromJson(const QJsonObject &json);
};

// Reads an operation's target: the same read before the change and when checking it.
// Finishes once, with the state or the error of the read that failed.
class TargetRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetRead)

public:
    TargetRead(SentryClient *client, const Operation &operation, QObject *parent = nullptr);
    ~TargetRead() override;
    void start();
    void cancel();

signals:
    void finished(const sm::ops::TargetState &state, const sm::ApiError &error);

private:
    void readMember(bool thenAuditLog);
    void readAuditLog();
    void readMembersWhere(const QString &query, bool withLinks);
    void readScimUsers(const QString &userName);
    void track(ApiJob *job);
    void finish(const ApiError &error = {});

    SentryClient *m_client;
    Operation m_operation;
    TargetState m_state;
    QPointer<ApiJob> m_job;
    bool m_finished = false;
};

} // namespace sm::ops
