// SPDX-License-Identifier: MIT
#include "directory/memberdirectory.h"

#include "directory/outcomeapplier.h"
#include "operations/operationrun.h"

#include <chrono>
#include <utility>

namespace sm::directory {

namespace {
// How long later pages wait to join the table: often enough to watch the count grow, rarely
// enough that 100 pages cost a handful of layouts and paints.
constexpr auto flushInterval = std::chrono::milliseconds(100);
// Team member lists read side by side: each is a chain of pages, so on a distant server the
// teams column fills in a few times sooner, and well within Sentry's concurrency limits.
constexpr qsizetype teamListsAtOnce = 3;
} // namespace

MemberDirectory::MemberDirectory(SentryClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_integrations(client)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &MemberDirectory::flushPages);
}

MemberDirectory::~MemberDirectory()
{
    // Receivers may be half destroyed by now: stop the jobs without telling anyone.
    const QSignalBlocker quiet(this);
    cancel();
}

void MemberDirectory::follow(Session *session)
{
    auto onState = [this, session](Session::State state) {
        if (state == Session::State::Connected) {
            QMap<QString, QString> names;
            for (const RoleInfo &role : session->me().orgRoleList)
                names.insert(role.id, role.name);
            m_members.setRoleNames(names);
            reload();
        } else if (state != Session::State::Connecting) {
            clear();
        }
    };
    connect(session, &Session::stateChanged, this, onState);
    if (session->state() == Session::State::Connected)
        onState(session->state());
}

TeamListResult MemberDirectory::teamList() const
{
    TeamListResult result;
    if (!m_teamsDone) {
        result.error.kind = ApiError::Kind::Cancelled;
        return result;
    }
    result.error = m_teamsError;
    if (result.ok())
        result.value = m_teams.teams();
    return result;
}

void MemberDirectory::applyWhenFinished(ops::OperationRun *run)
{
    connect(run, &ops::OperationRun::finished, this,
            [this, operation = run->operation()](const ops::RunOutcome &outcome) {
                if (outcome.sent)
                    apply(operation, outcome);
            });
}

bool MemberDirectory::apply(const ops::Operation &operation, const ops::RunOutcome &outcome)
{
    using Kind = ops::RunOutcome::Kind;
    bool rowChanged = false;
    if (outcome.kind == Kind::Unknown)
        rowChanged = markUnconfirmed(&m_members, operation, outcome.message);
    else if (outcome.sent && outcome.kind == Kind::NotMade) // a check showed it as it was
        rowChanged = markUnconfirmed(&m_members, operation, QString());
    else
        rowChanged = applyOutcome(&m_members, operation, outcome);
    if (rowChanged)
        emit changed();
    return rowChanged;
}

void MemberDirectory::reload()
{
    cancel();
    m_members.clear();
    m_teams.setTeams({});
    m_integrations.clear();
    m_teamsError = {};
    m_teamQueue.clear();
    m_unreadableTeams.clear();
    m_teamListsDone = 0;
    m_membersDone = false;
    m_membersFailed = false;
    m_teamsDone = false;
    setLoading(true);

    // Several pages at a time within Sentry's limits, handed out in order.
    m_membersJob = new MemberStream(m_client, QString());
    connect(m_membersJob, &MemberStream::pageReceived, this, &MemberDirectory::onPageReceived);
    connect(m_membersJob, &MemberStream::finished, this, &MemberDirectory::onMembersFinished);
    m_teamsJob = m_client->listTeams();
    connect(m_teamsJob, &TeamListJob::finished, this, &MemberDirectory::onTeamsFinished);
}

void MemberDirectory::onPageReceived(const QList<Member> &page)
{
    m_members.addToBatch(&m_pending, page);
    if (m_members.rowCount() == 0) // the first rows show at once
        flushPages();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void MemberDirectory::flushPages()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    m_members.appendBatch(std::exchange(m_pending, {}));
    emit progress(loadedCount());
}

void MemberDirectory::cancel()
{
    // Cancelled jobs still finish; their results must not reach the next load.
    if (m_membersJob) {
        disconnect(m_membersJob, nullptr, this, nullptr);
        m_membersJob->cancel();
    }
    QList<ApiJob *> jobs{m_teamsJob};
    for (const QPointer<TeamMemberListJob> &job : std::as_const(m_teamMemberJobs))
        jobs.append(job);
    m_teamMemberJobs.clear();
    for (ApiJob *job : std::as_const(jobs)) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
    m_flushTimer.stop();
    m_pending = {};
    m_teamQueue.clear();
    setLoading(false);
}

void MemberDirectory::stopTeamMemberLists()
{
    for (const QPointer<TeamMemberListJob> &job : std::exchange(m_teamMemberJobs, {})) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
    m_teamQueue.clear();
}

void MemberDirectory::clear()
{
    cancel();
    m_members.clear();
    m_teams.setTeams({});
    m_integrations.clear();
    m_unreadableTeams.clear();
    m_teamsError = {};
    m_teamsDone = false;
    emit teamListChanged();
}

void MemberDirectory::onMembersFinished(const MemberListResult &result)
{
    m_membersDone = true;
    flushPages(); // what arrived stays listed, also when a later page failed
    if (!result.ok()) {
        // The team list still comes (pickers need it); the teams' member lists, which fill
        // in rows, have no rows to fill.
        m_membersFailed = true;
        stopTeamMemberLists();
        setLoading(false);
        emit failed(result.error);
        return;
    }
    loadNextTeams();
}

void MemberDirectory::onTeamsFinished(const TeamListResult &result)
{
    m_teamsDone = true;
    m_teamsError = result.error;
    if (!result.ok()) {
        // Members still list without their teams; the view says why the column is empty.
        m_unreadableTeams.insert(QString(), result.error.message);
        emit teamMembersFailed(QString(), result.error);
    } else {
        m_teams.setTeams(result.value);
        for (const Team &team : result.value)
            m_teamQueue.append(team.slug);
    }
    emit teamListChanged();
    loadNextTeams();
}

void MemberDirectory::loadNextTeams()
{
    // A team's list is applied to the members already listed, so it waits for all of them.
    if (!m_membersDone || !m_teamsDone || m_membersFailed)
        return;
    m_teamMemberJobs.removeAll(nullptr);
    while (!m_teamQueue.isEmpty() && m_teamMemberJobs.size() < teamListsAtOnce) {
        const QString slug = m_teamQueue.takeFirst();
        TeamMemberListJob *job = m_client->listTeamMembers(slug);
        m_teamMemberJobs.append(job);
        connect(job, &TeamMemberListJob::finished, this,
                [this, job, slug](const TeamMemberListResult &result) {
                    m_teamMemberJobs.removeAll(job);
                    ++m_teamListsDone;
                    if (result.ok())
                        m_members.setTeamMembers(slug, result.value);
                    else {
                        m_unreadableTeams.insert(slug, result.error.message);
                        emit teamMembersFailed(slug, result.error);
                    }
                    loadNextTeams();
                });
    }
    if (m_teamMemberJobs.isEmpty())
        finishIfDone();
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
