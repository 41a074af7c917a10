// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "bulk/preview.h"

#include <QObject>
#include <QPointer>

namespace sm {
class Session;
class MemberStream;
} // namespace sm

namespace sm::bulk {

// Reads what a preview of `kind` judges against, all at once through the pacing client:
// every member with links (the pages read ahead), the teams, and for role changes every
// team's members (the list answer has no teams); the integrations for links; whether SCIM
// is on for invitations. Finishes once; deletes itself after.
class SnapshotRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotRead)

public:
    SnapshotRead(Session *session, Kind kind, QObject *parent = nullptr);
    ~SnapshotRead() override;

    void start();
    void cancel();

signals:
    // Members read so far, for a progress line.
    void progress(int members);
    // `error` set when a read failed; the snapshot is then incomplete.
    void finished(const sm::bulk::Snapshot &snapshot, const sm::ApiError &error);

private:
    void readTeams();
    void readIntegrations();
    void readScim();
    void oneDone(const ApiError &error);

    Session *m_session;
    Kind m_kind;
    Snapshot m_snapshot;
    QHash<QString, QList<TeamRoleAssignment>> m_teamsByMember;
    QPointer<MemberStream> m_stream;
    int m_running = 0;
    ApiError m_error;
    bool m_finished = false;
};

} // namespace sm::bulk
