// SPDX-License-Identifier: MIT
#pragma once

#include "api/connectionoptions.h"
#include "cli/exitcodes.h"
#include "cli/rowwriter.h"
#include "directory/memberfilter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sm::cli {

enum class Command
{
    AuthStatus,
    MembersList,
    MembersShow,
    MembersInvite,
    MembersUpdate,
    MembersReinvite,
    MembersRemove,
    TeamsList,
    ScimList,
    ScimProvision,
    ScimDeprovision,
    LinksList,
    LinksCreate,
    LinksUpdate,
    LinksDelete,
    Bulk,
    BulkRuns,
    BulkRemove,
};

// Whether the command changes the organization (and so takes --dry-run).
bool isChange(Command command);

// What the command line asks for, checked: one command with its operand and options.
struct Invocation
{
    Command command = Command::AuthStatus;
    Format format = Format::Json;
    QStringList fields; // in the order asked for; every field when none were
    QString operand;    // a member's email or id, an address (scim), a link's id
    QString query;      // members list --query
    // members list: the directory's filters, as the app's members view has them.
    directory::MemberCriteria criteria;
    QString role;      // --role: a filter for members list, the role to give for changes
    QStringList teams; // --team SLUG[:ROLE], repeatable
    QStringList removeTeams;
    bool noEmail = false;
    bool dryRun = false;
    bool yes = false;
    // external-users
    QString member; // --member EMAIL|ID
    QString provider;
    QString integration; // a name or an id
    QString externalName;
    std::optional<QString> externalId; // only when given: an update keeps the link's otherwise
    // bulk: the file is the operand ("-": standard input)
    QString bulkKind;    // --kind, when the header should not decide
    QString resume;      // --resume RUN
    int concurrency = 0; // --concurrency N; 0: the runner's default

    // Whether the listed members need their teams (read from the teams' member lists).
    bool needsTeams() const
    {
        return fields.contains(QLatin1String("teams")) || !criteria.team.isEmpty() ||
               criteria.noTeam;
    }
    // connection
    connection::Flags flags;
    QString profileName;
    bool tokenFromStdin = false;
};

// Parsing ends with an invocation to run, or at once: help or the version on stdout (exit 0),
// or a usage error.
struct ParsedCommandLine
{
    std::optional<Invocation> invocation;
    Exit exit = Exit::Ok;
    QString output;               // for stdout
    QString problem;              // for stderr
    Format format = Format::Json; // how to print the problem
};

// `terminal`: stdout is a terminal, where the default format is a table.
ParsedCommandLine parseCommandLine(const QStringList &arguments, bool terminal);

} // namespace sm::cli
