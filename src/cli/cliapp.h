// SPDX-License-Identifier: MIT
#pragma once

#include "api/session.h"
#include "bulk/bulkfile.h"
#include "bulk/preview.h"
#include "cli/commandline.h"
#include "cli/exitcodes.h"
#include "cli/rowwriter.h"
#include "cli/terminal.h"
#include "directory/memberpermissions.h"
#include "operations/operation.h"
#include "operations/runoutcome.h"
#include "profiles/appsettings.h"
#include "profiles/profilestore.h"
#include "profiles/sessionstarter.h"
#include "profiles/tokenvault.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace sm {
class MemberStream;
namespace ops {
class OperationRun;
}
namespace bulk {
class BulkRun;
}
namespace journal {
class RunJournal;
struct JournalRow;
} // namespace journal
} // namespace sm

namespace sm::cli {

// sentry-members-cli: reads the command line, connects as the app does (the same profiles,
// keychain and precedence), runs one command and ends the event loop with its exit code.
// Data goes to stdout, everything else to stderr. The commands live in readcommands.cpp,
// changecommands.cpp, scimcommands.cpp and linkcommands.cpp.
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
    // Ctrl-C: stops what runs and exits 130. A change not yet sent is not sent; one already
    // sent is reported as unknown (Sentry may still make it), never as done or not made.
    void interrupt();

private:
    using MemberThen = std::function<void(const Member &)>;

    std::optional<int> startConnecting();
    void onSessionState(Session::State state);
    void runCommand();
    void printAuthStatus();
    // One object on stdout: indented for json, one line for jsonl.
    void printObject(const QJsonObject &object);
    // A whole list at once (teams, SCIM users, links), in the chosen format.
    void printRecords(const QList<QJsonObject> &records);
    // A failed read: Sentry's words and the exit code for them. True when `error` is one.
    bool failedRead(const ApiError &error);

    // Reads (readcommands.cpp).
    // The list answer has no teams: when they are asked for, every team's member list is read
    // beside the member pages, and pages that come before the teams are known wait for them.
    void listMembers();
    void readTeams();
    void teamsRead();
    void printMemberPage(const QList<Member> &page);
    void finishMemberList();
    // Every member with their links, page by page (and the pages' count on a terminal).
    void streamMembers(const std::function<void(const QList<Member> &)> &page,
                       const std::function<void()> &finished);
    void showMember();
    void printMember(const Member &member);
    void listTeams();
    // The member `ref` names (an email in any case, or an id), from Sentry's search, with
    // their links.
    void findMember(const QString &ref, const MemberThen &then);
    // Their detail, which has the teams, with the links the list had.
    void readMember(const Member &listed, const MemberThen &then);

    // Changes (changecommands.cpp): each builds one operation and runs it once.
    void inviteMember();
    void updateMember(const Member &member);
    void reinviteMember(const Member &member);
    void removeMember(const Member &member);
    // `before`: the target as just read, when it was (then not read again).
    void runOperation(const ops::Operation &operation, const ops::TargetState &before = {});
    void printOutcome(const ops::Operation &operation, const ops::RunOutcome &outcome);
    // The caller as the directory judges permissions, from members/me/.
    directory::Caller caller() const;
    // False (and the command has ended with exit 14 and the reason) when not allowed.
    bool permitted(const directory::Permission &permission);
    // Asks on the terminal; false (and the command has ended) when the answer is no or there
    // is no terminal to ask on.
    bool confirmed(const QString &question);

    // SCIM (scimcommands.cpp).
    void listScimUsers(int startIndex);
    void provisionScimUser();
    void deprovisionScimUser();

    // Linked accounts (linkcommands.cpp).
    void listLinks();
    void createLink();
    void updateLink();
    void deleteLink();
    // The link with the operand's id, and whose it is: among `within`'s links (an email or a
    // member id), or every member's when empty.
    void findLink(const QString &within,
                  const std::function<void(const Member &, const ExternalUser &)> &then);
    // --integration (a name or an id) among the organization's integrations for `provider`.
    void findIntegration(const QString &provider,
                         const std::function<void(const Integration &)> &then);

    // Bulk changes (bulkcommands.cpp): the preview, the journaled run and its results.
    bool openJournal();
    void runBulk();
    void resumeBulk();
    void listBulkRuns();
    void removeBulkRun();
    void readSnapshot(bulk::Kind kind, const std::function<void(const bulk::Snapshot &)> &then);
    bulk::Preview judgeBulk(const bulk::File &file, const bulk::Snapshot &snapshot);
    void printPreview(const bulk::Preview &preview);
    void printPreviewSummary(const bulk::Preview &preview);
    // Confirms (unless --yes) and runs the journal's run `id`, whose rows are `rows`; a
    // preview judged at `judgedAt` that has grown old meanwhile is judged again first.
    void startBulkRun(const QString &id, const QList<journal::JournalRow> &rows, int toSend,
                      const QDateTime &judgedAt);
    void printBulkRow(const journal::JournalRow &row);
    void finishBulk();

    // Says why on stderr (one JSON object for json and jsonl) and ends with `exit`.
    void fail(Exit exit, const QString &message, const ApiError &error = {});
    int failNow(Exit exit, const QString &message);
    void done(Exit exit);

    Invocation m_call;
    Terminal m_terminal;
    connection::SourcedSettings m_sourced;

    profiles::AppSettings m_settings;
    profiles::TokenVault m_vault;
    profiles::ProfileStore m_profiles{&m_settings, &m_vault};
    Session m_session;
    profiles::SessionStarter m_starter{&m_profiles, &m_session};
    std::unique_ptr<RowWriter> m_writer;
    std::unique_ptr<ProgressLine> m_progress;
    QPointer<MemberStream> m_stream;
    QPointer<ops::OperationRun> m_run;
    std::unique_ptr<journal::RunJournal> m_journal;
    QPointer<bulk::BulkRun> m_bulk;
    bulk::File m_bulkFile;
    QString m_bulkFileName;
    bool m_runAnnounced = false; // "run: ID" is on stderr
    QList<QJsonObject> m_scimUsers;
    int m_teamListsRunning = 0;
    bool m_teamsKnown = true;
    bool m_listRead = false;
    QList<QList<Member>> m_heldPages;
    QHash<QString, QList<TeamRoleAssignment>> m_teamsByMember;
    bool m_finished = false;
    bool m_interrupted = false;
    QString m_failureOutcome; // a change that failed: what became of it, for the JSON error
};

} // namespace sm::cli
