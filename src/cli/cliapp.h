// SPDX-License-Identifier: MIT
#pragma once

#include "api/connectionoptions.h"
#include "api/session.h"
#include "cli/exitcodes.h"
#include "cli/memberselection.h"
#include "cli/rowwriter.h"
#include "operations/operation.h"
#include "operations/runoutcome.h"
#include "profiles/appsettings.h"
#include "profiles/profilestore.h"
#include "profiles/sessionstarter.h"
#include "profiles/tokenvault.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace sm::cli {

// sentry-members-cli: reads the command line, connects as the app does (the same profiles,
// keychain and precedence), runs one command and ends the event loop with its exit code.
// Data goes to stdout, everything else to stderr.
class CliApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApp)

public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // The exit code when the command ended at once (help, a usage error, no token), nothing
    // when it runs in the event loop, which it then quits with the code.
    std::optional<int> start(const QStringList &arguments);

private:
    enum class Command
    {
        AuthStatus,
        MembersList,
        MembersShow,
        TeamsList,
        MembersInvite,
        MembersUpdate,
        MembersReinvite,
        MembersRemove,
    };

    std::optional<int> startConnecting();
    void onSessionState(Session::State state);
    void runCommand();
    void printAuthStatus();
    void listMembers();
    void showMember();
    void printMember(const Member &member);
    // The member m_memberRef names (an email in any case, or an id), from Sentry's search.
    void findMember(const std::function<void(const Member &)> &then);
    // Their detail, which has the teams, with the links the list had.
    void readMember(const Member &listed, const std::function<void(const Member &)> &then);
    // Changes (changecommands.cpp): each builds one operation and runs it once.
    void inviteMember();
    void updateMember(const Member &member);
    void reinviteMember(const Member &member);
    void removeMember(const Member &member);
    void runOperation(const ops::Operation &operation);
    void printOutcome(const ops::Operation &operation, const ops::RunOutcome &outcome);
    bool confirmed(const QString &question);
    void listTeams();
    // The list answer has no teams: when they are asked for, every team's member list is read
    // first (a few at a time), then the members are streamed with theirs.
    void readTeamsThenList();
    void readNextTeams();
    void streamMembers();
    // Says why on stderr (one JSON object for json and jsonl) and ends with `exit`.
    void fail(Exit exit, const QString &message, const ApiError &error = {});
    int failNow(Exit exit, const QString &message);
    void done(Exit exit);

    Command m_command = Command::AuthStatus;
    Format m_format = Format::Json;
    QStringList m_fields;
    QString m_query;
    QString m_memberRef; // members show: an email or a member id
    MemberSelection m_selection;
    // Changes: --role, --team SLUG[:ROLE] (repeatable), --remove-team, --no-email, --dry-run,
    // --yes.
    QString m_role;
    QStringList m_teams;
    QStringList m_removeTeams;
    bool m_noEmail = false;
    bool m_dryRun = false;
    bool m_yes = false;
    connection::Flags m_flags;
    QString m_profileName;
    bool m_tokenFromStdin = false;
    connection::SourcedSettings m_sourced;

    profiles::AppSettings m_settings;
    profiles::TokenVault m_vault;
    profiles::ProfileStore m_profiles{&m_settings, &m_vault};
    Session m_session;
    profiles::SessionStarter m_starter{&m_profiles, &m_session};
    std::unique_ptr<RowWriter> m_writer;
    QStringList m_teamQueue;
    int m_teamListsRunning = 0;
    QHash<QString, QList<TeamRoleAssignment>> m_teamsByMember;
    bool m_finished = false;
    QString m_failureOutcome; // a change that failed: what became of it, for the JSON error
};

} // namespace sm::cli
