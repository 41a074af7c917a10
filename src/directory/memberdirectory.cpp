// SPDX-License-Identifier: MIT
#include "directory/memberdirectory.h"

namespace sm::directory {

MemberDirectory::MemberDirectory(SentryClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

MemberDirectory::~MemberDirectory()
{
    // Receivers may be half destroyed by now: stop the jobs without telling anyone.
    const QSignalBlocker quiet(this);
    cancel();
}

void MemberDirectory::reload()
{
    cancel();
    m_members.clear();
    m_teams.setTeams({});
    m_teamQueue.clear();
    m_teamListsDone = 0;
    m_membersDone = false;
    m_teamsDone = false;
    setLoading(true);

    m_membersJob = m_client->streamMembers();
    connect(m_membersJob, &MemberListJob::pageReceived, this, [this](const QList<Member> &page) {
        m_members.appendMembers(page);
        emit progress(loadedCount());
    });
    connect(m_membersJob, &MemberListJob::finished, this, &MemberDirectory::onMembersFinished);
    m_teamsJob = m_client->listTeams();
    connect(m_teamsJob, &TeamListJob::finished, this, &MemberDirectory::onTeamsFinished);
}

void MemberDirectory::cancel()
{
    // Cancelled jobs still finish; their results must not reach the next load.
    for (ApiJob *job : {static_cast<ApiJob *>(m_membersJob), static_cast<ApiJob *>(m_teamsJob),
                        static_cast<ApiJob *>(m_teamMembersJob)}) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
    m_teamQueue.clear();
    setLoading(false);
}

void MemberDirectory::clear()
{
    cancel();
    m_members.clear();
    m_teams.setTeams({});
}

void MemberDirectory::onMembersFinished(const MemberListResult &result)
{
    m_membersDone = true;
    if (!result.ok()) {
        cancel();
        emit failed(result.error);
        return;
    }
    loadNextTeam();
}

void MemberDirectory::onTeamsFinished(const TeamListResult &result)
{
    m_teamsDone = true;
    if (!result.ok()) {
        // Members still list without their teams; the view says why the column is empty.
        emit teamMembersFailed(QString(), result.error);
    } else {
        m_teams.setTeams(result.value);
        for (const Team &team : result.value)
            m_teamQueue.append(team.slug);
    }
    loadNextTeam();
}

void MemberDirectory::loadNextTeam()
{
    // A team's list is applied to the members already listed, so it waits for all of them.
    if (!m_membersDone || !m_teamsDone || m_teamMembersJob)
        return;
    if (m_teamQueue.isEmpty()) {
        finishIfDone();
        return;
    }
    const QString slug = m_teamQueue.takeFirst();
    m_teamMembersJob = m_client->listTeamMembers(slug);
    connect(m_teamMembersJob, &TeamMemberListJob::finished, this,
            [this, slug](const TeamMemberListResult &result) {
                m_teamMembersJob = nullptr;
                ++m_teamListsDone;
                if (result.ok())
                    m_members.setTeamMembers(slug, result.value);
                else
                    emit teamMembersFailed(slug, result.error);
                loadNextTeam();
            });
}

void MemberDirectory::finishIfDone()
{
    if (!m_loading)
        return;
    setLoading(false);
    emit loaded();
}

void MemberDirectory::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace sm::directory
