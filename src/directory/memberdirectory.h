// SPDX-License-Identifier: MIT
#pragma once

#include "api/memberstream.h"
#include "api/sentryclient.h"
#include "api/session.h"
#include "directory/integrationlist.h"
#include "directory/membersmodel.h"
#include "directory/teamsmodel.h"
#include "operations/operation.h"
#include "operations/runoutcome.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sm::ops {
class OperationRun;
}

namespace sm::directory {

// The organization as the app knows it, one copy shared by every view, form and picker:
// teams and the member list stream in together (the first page shows at once, later pages
// join it a few times a second, so a large organization is not laid out and painted once
// per page), then the teams' member lists, a few at a time, fill in the teams column. One
// load at a time: a reload cancels what is still running. Confirmed outcomes update it in
// place; an outcome nobody could confirm marks what it may have changed as unconfirmed.
class MemberDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDirectory)

public:
    explicit MemberDirectory(SentryClient *client, QObject *parent = nullptr);
    ~MemberDirectory() override;

    MembersModel *members() { return &m_members; }
    TeamsModel *teams() { return &m_teams; }
    // Read when first asked for; forgotten with each load.
    IntegrationList *integrations() { return &m_integrations; }
    bool isLoading() const { return m_loading; }
    // Members listed so far in this load.
    int loadedCount() const { return int(m_members.rowCount()); }
    // Team lists read so far, of how many.
    int teamListsDone() const { return m_teamListsDone; }
    // The teams whose member lists could not be read in this load, with Sentry's reason (the
    // empty slug: the list of teams itself). While any is, no one's teams are fully known.
    const QMap<QString, QString> &unreadableTeams() const { return m_unreadableTeams; }
    // Everyone's teams are known: the lists were all read.
    bool teamsKnown() const
    {
        return m_teamsDone && !m_membersFailed && m_teamQueue.isEmpty() &&
               m_teamMemberJobs.isEmpty() && m_unreadableTeams.isEmpty();
    }

    // Follows the session: loads when it connects (with its role names), empties when it
    // disconnects. Without it the owner calls reload() and clear().
    void follow(Session *session);

    // The team list of this load, as a picker shows it: teams, or why there are none; empty
    // and not cancelled-free while teamListKnown() is false.
    bool teamListKnown() const { return m_teamsDone; }
    TeamListResult teamList() const;

    // What a finished run says Sentry has: confirmed outcomes update the rows at once;
    // an unknown one marks the member it concerns as unconfirmed until a reload or a later
    // confirmed outcome. Returns true when a row changed.
    bool apply(const ops::Operation &operation, const ops::RunOutcome &outcome);
    // Applies `run`'s outcome when it finishes, if its request was sent: every front end
    // hands its runs here before it shows their outcome.
    void applyWhenFinished(ops::OperationRun *run);

    void reload();
    void cancel();
    void clear();

signals:
    void loadingChanged(bool loading);
    void progress(int membersLoaded);
    // The member list could not be read (the models keep what arrived).
    void failed(const sm::ApiError &error);
    // A team's member list could not be read: its column stays incomplete.
    void teamMembersFailed(const QString &teamSlug, const sm::ApiError &error);
    void loaded();
    // The team list of this load is known (teamList()), or was cleared.
    void teamListChanged();
    // apply() changed rows.
    void changed();

private:
    void onMembersFinished(const MemberListResult &result);
    void onTeamsFinished(const TeamListResult &result);
    // Starts team member lists until a few are on their way or none is left.
    void loadNextTeams();
    void setLoading(bool loading);
    void stopTeamMemberLists();
    void finishIfDone();
    void onPageReceived(const QList<Member> &page);
    // Moves the pages received since the last flush into the model.
    void flushPages();

    SentryClient *m_client;
    ApiError m_teamsError;
    MembersModel m_members;
    TeamsModel m_teams;
    IntegrationList m_integrations;
    QPointer<MemberStream> m_membersJob;
    QPointer<TeamListJob> m_teamsJob;
    QList<QPointer<TeamMemberListJob>> m_teamMemberJobs;
    MemberBatch m_pending; // pages waiting to join the table
    QTimer m_flushTimer;
    QStringList m_teamQueue;
    QMap<QString, QString> m_unreadableTeams;
    int m_teamListsDone = 0;
    bool m_membersDone = false;
    bool m_membersFailed = false;
    bool m_teamsDone = false;
    bool m_loading = false;
};

} // namespace sm::directory
