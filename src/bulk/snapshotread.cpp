// SPDX-License-Identifier: MIT
#include "bulk/snapshotread.h"

#include "api/jobs.h"
#include "api/memberstream.h"
#include "api/sentryclient.h"
#include "api/session.h"

namespace sm::bulk {

SnapshotRead::SnapshotRead(Session *session, Kind kind, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(kind)
{}

SnapshotRead::~SnapshotRead() = default;

void SnapshotRead::start()
{
    m_snapshot.me = m_session->me();
    m_snapshot.readAt = QDateTime::currentDateTimeUtc();
    // Every read at once: the pacer spaces them within Sentry's limits.
    ++m_running;
    auto *stream = new MemberStream(m_session->client(), QString());
    m_stream = stream;
    connect(stream, &MemberStream::pageReceived, this, [this](const QList<Member> &page) {
        m_snapshot.members.append(page);
        emit progress(int(m_snapshot.members.size()));
    });
    connect(stream, &MemberStream::finished, this,
            [this](const MemberListResult &result) { oneDone(result.error); });
    // Only invitations and role changes name teams.
    if (m_kind == Kind::Invites || m_kind == Kind::Roles)
        readTeams();
    if (m_kind == Kind::Links)
        readIntegrations();
    if (m_kind == Kind::Invites)
        readScim();
}

void SnapshotRead::cancel()
{
    if (m_stream)
        m_stream->cancel();
    oneDone(ApiError::cancelled());
}

void SnapshotRead::readTeams()
{
    ++m_running;
    TeamListJob *teams = m_session->client()->listTeams();
    connect(teams, &TeamListJob::finished, this, [this](const TeamListResult &result) {
        m_snapshot.teams = result.value;
        if (m_kind == Kind::Roles && result.ok()) {
            // A role change keeps the teams it does not name: each member's are needed.
            for (const Team &team : result.value) {
                ++m_running;
                TeamMemberListJob *job = m_session->client()->listTeamMembers(team.slug);
                connect(job, &TeamMemberListJob::finished, this,
                        [this, slug = team.slug](const TeamMemberListResult &r) {
                            for (const TeamMember &member : r.value)
                                m_teamsByMember[member.memberId].append({slug, member.teamRole});
                            oneDone(r.error);
                        });
            }
        }
        oneDone(result.error);
    });
}

void SnapshotRead::readIntegrations()
{
    ++m_running;
    IntegrationListJob *job = m_session->client()->listIntegrations();
    connect(job, &IntegrationListJob::finished, this, [this](const IntegrationListResult &r) {
        m_snapshot.integrations = r.value;
        oneDone(r.error);
    });
}

void SnapshotRead::readScim()
{
    ++m_running;
    ScimUserPageJob *job = m_session->client()->listScimUsers(1, 1);
    connect(job, &ScimUserPageJob::finished, this, [this](const ScimUserPageResult &r) {
        // Refused or missing: SCIM is not set up here. Any other failure leaves it unknown.
        if (r.ok())
            m_snapshot.scimEnabled = true;
        else if (r.error.httpStatus == 403 || r.error.httpStatus == 404)
            m_snapshot.scimEnabled = false;
        oneDone({});
    });
}

void SnapshotRead::oneDone(const ApiError &error)
{
    if (m_finished)
        return;
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (error.isError() && m_stream)
        m_stream->cancel(); // one failed read spoils the snapshot: stop the rest
    if (--m_running > 0 && !error.isError())
        return;
    m_finished = true;
    if (m_kind == Kind::Roles) {
        for (Member &member : m_snapshot.members) {
            member.teamRoles = m_teamsByMember.value(member.id);
            member.teams.clear();
            for (const auto &team : std::as_const(member.teamRoles))
                member.teams.append(team.teamSlug);
        }
    }
    emit finished(m_snapshot, m_error);
    deleteLater();
}

} // namespace sm::bulk
