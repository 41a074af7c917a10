// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "bulk/bulkfile.h"
#include "cli/records.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace sm::cli {

namespace {

// Not named tr: lupdate would take translated(QT_TRANSLATE_NOOP(...)) for a call of its own and
// skip the text inside.
QString translated(const char *text)
{
    return QCoreApplication::translate("sm::cli", text);
}

// One command: its words, what follows them, what it does, and which options it takes
// besides the connection's, --format and --help.
struct CommandSpec
{
    Command command;
    QString words;
    QString synopsis; // the operand and options, as --help's usage line shows them
    const char *summary;
    QStringList options;
};

const QList<CommandSpec> &commandSpecs()
{
    const auto S = [](const char *text) { return QString::fromLatin1(text); };
    static const QList<CommandSpec> specs{
        {Command::AuthStatus,
         S("auth status"),
         {},
         QT_TRANSLATE_NOOP("sm::cli",
                           "The instance, organization and token in use, and where each came from"),
         {}},
        {Command::MembersList,
         S("members list"),
         S("[--query TEXT] [--role ROLE] [--status active|invited|expired] [--team SLUG] "
           "[--no-team] [--no-2fa] [--idp-managed] [--unlinked]"),
         QT_TRANSLATE_NOOP("sm::cli", "Every member, printed page by page as Sentry sends them"),
         {S("fields"), S("query"), S("role"), S("status"), S("team"), S("no-team"), S("no-2fa"),
          S("idp-managed"), S("unlinked")}},
        {Command::MembersShow,
         S("members show"),
         S("EMAIL|ID"),
         QT_TRANSLATE_NOOP("sm::cli", "One member, with their teams and linked accounts"),
         {S("fields")}},
        {Command::MembersInvite,
         S("members invite"),
         S("EMAIL --role ROLE [--team SLUG[:ROLE]]... [--no-email]"),
         QT_TRANSLATE_NOOP("sm::cli", "Invite someone to the organization"),
         {S("role"), S("team"), S("no-email"), S("dry-run")}},
        {Command::MembersUpdate,
         S("members update"),
         S("EMAIL|ID [--role ROLE] [--team SLUG[:ROLE]]... [--remove-team SLUG]..."),
         QT_TRANSLATE_NOOP("sm::cli", "Change a member's organization role and teams; the teams "
                                      "not named are kept"),
         {S("role"), S("team"), S("remove-team"), S("dry-run")}},
        {Command::MembersReinvite,
         S("members reinvite"),
         S("EMAIL|ID"),
         QT_TRANSLATE_NOOP("sm::cli", "Send a pending invitation again (a new link when it "
                                      "expired)"),
         {S("dry-run")}},
        {Command::MembersRemove,
         S("members remove"),
         S("EMAIL|ID [--yes]"),
         QT_TRANSLATE_NOOP("sm::cli", "Remove a member or cancel an invitation"),
         {S("yes"), S("dry-run")}},
        {Command::TeamsList,
         S("teams list"),
         {},
         QT_TRANSLATE_NOOP("sm::cli", "The organization's teams"),
         {S("fields")}},
        {Command::ScimList,
         S("scim list"),
         {},
         QT_TRANSLATE_NOOP("sm::cli", "The members your identity provider manages through SCIM"),
         {S("fields")}},
        {Command::ScimProvision,
         S("scim provision"),
         S("EMAIL [--role ROLE]"),
         QT_TRANSLATE_NOOP("sm::cli", "Add a member through SCIM, as an identity provider does "
                                      "(no invitation quota is spent)"),
         {S("role"), S("dry-run")}},
        {Command::ScimDeprovision,
         S("scim deprovision"),
         S("EMAIL [--yes]"),
         QT_TRANSLATE_NOOP("sm::cli", "Remove a SCIM-managed member for good"),
         {S("yes"), S("dry-run")}},
        {Command::LinksList,
         S("external-users list"),
         S("[--member EMAIL|ID]"),
         QT_TRANSLATE_NOOP("sm::cli", "Every linked account (GitHub, GitLab, Slack, ...), one "
                                      "row each"),
         {S("fields"), S("member")}},
        {Command::LinksCreate,
         S("external-users create"),
         S("--member EMAIL|ID --provider P --integration NAME|ID --external-name NAME "
           "[--external-id ID]"),
         QT_TRANSLATE_NOOP("sm::cli", "Link a member to their account on an integration"),
         {S("member"), S("provider"), S("integration"), S("external-name"), S("external-id"),
          S("dry-run")}},
        {Command::LinksUpdate,
         S("external-users update"),
         S("LINK-ID [--member EMAIL|ID] [--provider P] [--integration NAME|ID] "
           "[--external-name NAME] [--external-id ID]"),
         QT_TRANSLATE_NOOP("sm::cli", "Change a linked account, or move it to another member "
                                      "with --member; what is not given is kept"),
         {S("member"), S("provider"), S("integration"), S("external-name"), S("external-id"),
          S("dry-run")}},
        {Command::LinksDelete,
         S("external-users delete"),
         S("LINK-ID [--member EMAIL|ID]"),
         QT_TRANSLATE_NOOP("sm::cli", "Remove a linked account"),
         {S("member"), S("dry-run")}},
        {Command::Bulk,
         S("bulk"),
         S("FILE|- [--kind invites|scim|roles|removals|links|resends] [--dry-run] [--yes] "
           "[--concurrency N] | --resume RUN [--yes] | --template KIND"),
         QT_TRANSLATE_NOOP("sm::cli",
                           "Many changes from a CSV file: a preview of every row against the "
                           "organization and Sentry's daily invitation limit, then a run "
                           "journaled so that no row is sent twice"),
         {S("kind"), S("dry-run"), S("yes"), S("concurrency"), S("resume"), S("template")}},
        {Command::BulkRuns,
         S("bulk runs"),
         {},
         QT_TRANSLATE_NOOP("sm::cli", "The bulk runs of this organization, with their state and "
                                      "rows by status"),
         {}},
        {Command::BulkRemove,
         S("bulk remove"),
         S("RUN"),
         QT_TRANSLATE_NOOP("sm::cli", "Forget a bulk run and its rows' results"),
         {}},
    };
    return specs;
}

const CommandSpec *specFor(const QString &words)
{
    const auto &specs = commandSpecs();
    const auto it = std::find_if(specs.cbegin(), specs.cend(),
                                 [&](const CommandSpec &spec) { return spec.words == words; });
    return it == specs.cend() ? nullptr : &*it;
}

// Every option any command takes besides the common ones.
QList<QCommandLineOption> commandOptions()
{
    const auto option = [](const char *name, const char *help, const char *value = nullptr) {
        return QCommandLineOption(QLatin1String(name), translated(help),
                                  value ? QLatin1String(value) : QString());
    };
    QList<QCommandLineOption> all{
        option("fields",
               QT_TRANSLATE_NOOP("sm::cli", "Only these fields, in this order "
                                            "(comma-separated)."),
               "list"),
        option("query", QT_TRANSLATE_NOOP("sm::cli", "Only members matching <text>."), "text"),
        option("role",
               QT_TRANSLATE_NOOP("sm::cli", "list: only members with the organization role "
                                            "<role>. Changes: the organization role to give."),
               "role"),
        option("status",
               QT_TRANSLATE_NOOP("sm::cli", "Only active members, invited ones (not expired) or "
                                            "expired invitations."),
               "status"),
        option("team",
               QT_TRANSLATE_NOOP("sm::cli", "list: only members of the team <slug>. Changes: put "
                                            "the member on it, with a team role after a colon "
                                            "(repeatable)."),
               "slug[:role]"),
        option("no-team", QT_TRANSLATE_NOOP("sm::cli", "Only members on no team.")),
        option("no-2fa", QT_TRANSLATE_NOOP("sm::cli", "Only joined members without two-factor "
                                                      "authentication.")),
        option("idp-managed",
               QT_TRANSLATE_NOOP("sm::cli", "Only members managed by the identity provider.")),
        option("unlinked",
               QT_TRANSLATE_NOOP("sm::cli", "Only joined members with no linked account.")),
        option("remove-team",
               QT_TRANSLATE_NOOP("sm::cli", "Take the member off the team <slug> (repeatable)."),
               "slug"),
        option("no-email", QT_TRANSLATE_NOOP("sm::cli", "Add the invitation without emailing it.")),
        option("dry-run", QT_TRANSLATE_NOOP("sm::cli", "Print the change as a curl command (bulk: "
                                                       "the preview) and send nothing.")),
        option("yes", QT_TRANSLATE_NOOP("sm::cli", "Do not ask for confirmation.")),
        option("member", QT_TRANSLATE_NOOP("sm::cli", "The member, by email address or member id."),
               "email|id"),
        option("provider",
               QT_TRANSLATE_NOOP("sm::cli", "github, github_enterprise, gitlab, slack, msteams "
                                            "or custom."),
               "provider"),
        option("integration",
               QT_TRANSLATE_NOOP("sm::cli", "The organization's integration, by name or id."),
               "name|id"),
        option("external-name",
               QT_TRANSLATE_NOOP("sm::cli", "The account's name there (@name on GitHub and "
                                            "GitLab)."),
               "name"),
        option("external-id", QT_TRANSLATE_NOOP("sm::cli", "The account's id there (optional)."),
               "id"),
        option("kind",
               QT_TRANSLATE_NOOP("sm::cli",
                                 "The kind of change in the file, when its header does "
                                 "not say: invites, scim, roles, removals, links or resends."),
               "kind"),
        option("concurrency",
               QT_TRANSLATE_NOOP("sm::cli", "At most <n> rows in flight (1-25; default 4); "
                                            "Sentry's rate limits pace them further."),
               "n"),
        option("resume",
               QT_TRANSLATE_NOOP("sm::cli", "Go on with the run <run>: rows whose answer never "
                                            "came are checked first, then the rest is sent."),
               "run"),
        option("template",
               QT_TRANSLATE_NOOP("sm::cli", "Print the file template of <kind> and exit."), "kind"),
    };
    return all;
}

// What every command takes.
QList<QCommandLineOption> commonOptions()
{
    QList<QCommandLineOption> options{
        {{QStringLiteral("h"), QStringLiteral("help")},
         translated(QT_TRANSLATE_NOOP("sm::cli", "Show this help and the exit codes."))},
        {{QStringLiteral("v"), QStringLiteral("version")},
         translated(QT_TRANSLATE_NOOP("sm::cli", "Show the version."))},
        {QStringLiteral("profile"),
         translated(QT_TRANSLATE_NOOP("sm::cli", "Connect with the app's profile <name>.")),
         QStringLiteral("name")},
        {QStringLiteral("token-stdin"),
         translated(QT_TRANSLATE_NOOP("sm::cli", "Read the token from standard input."))},
        {QStringLiteral("format"),
         translated(QT_TRANSLATE_NOOP(
             "sm::cli", "table, json, jsonl or csv (table on a terminal, json otherwise).")),
         QStringLiteral("format")},
    };
    options.append(connection::commandLineOptions());
    return options;
}

QString environmentHelp()
{
    return QLatin1Char('\n') + translated(QT_TRANSLATE_NOOP("sm::cli", "Environment:")) +
           QLatin1Char('\n') +
           QStringLiteral("  SENTRY_URL, SENTRY_ORG, SENTRY_AUTH_TOKEN  %1\n")
               .arg(translated(QT_TRANSLATE_NOOP(
                   "sm::cli",
                   "as sentry-cli reads them; flags and a named --profile come first"))) +
           QStringLiteral("  NO_COLOR, CI  %1\n")
               .arg(translated(QT_TRANSLATE_NOOP("sm::cli", "no colour; no progress on stderr"))) +
           QLatin1Char('\n') + translated(QT_TRANSLATE_NOOP("sm::cli", "Exit status:")) +
           QLatin1Char('\n') + exitCodeHelp();
}

QString overallHelp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(translated(QT_TRANSLATE_NOOP(
        "sm::cli", "Manage the members of a Sentry organization from scripts: the same checks, "
                   "profiles and keychain as the Sentry Members app.")));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        translated(
            QT_TRANSLATE_NOOP("sm::cli", "One of the commands below; each has its own --help.")));
    QString text = parser.helpText();
    text += QLatin1Char('\n') + translated(QT_TRANSLATE_NOOP("sm::cli", "Commands:")) +
            QLatin1Char('\n');
    for (const CommandSpec &spec : commandSpecs()) {
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(QString(spec.words + QLatin1Char(' ') + spec.synopsis).trimmed(),
                         translated(spec.summary));
    }
    text += QStringLiteral("  %1\n").arg(translated(QT_TRANSLATE_NOOP(
        "sm::cli", "Each change is sent once; a lost answer is checked before the outcome is "
                   "printed. --dry-run prints it as curl instead.")));
    return text + environmentHelp();
}

QString commandHelp(const CommandSpec &spec)
{
    QCommandLineParser parser;
    parser.addOptions(commonOptions());
    for (const QCommandLineOption &option : commandOptions()) {
        if (spec.options.contains(option.names().constFirst()))
            parser.addOption(option);
    }
    // Qt's usage line would put [options] before the command's words.
    const QString options = parser.helpText();
    const QString usageLine = translated(QT_TRANSLATE_NOOP("sm::cli", "Usage: %1 [options]"))
                                  .arg(QString(QStringLiteral("sentry-members-cli ") + spec.words +
                                               QLatin1Char(' ') + spec.synopsis)
                                           .simplified());
    return usageLine + QStringLiteral("\n") + translated(spec.summary) + QStringLiteral(".\n\n") +
           options.mid(options.indexOf(QLatin1String("\n\n")) + 2) + environmentHelp();
}

// The fields --fields may name: none for changes, whose outcome records are fixed.
QStringList fieldsOf(Command command)
{
    switch (command) {
    case Command::MembersList:
    case Command::MembersShow:
        return memberFields();
    case Command::TeamsList:
        return teamFields();
    case Command::ScimList:
        return scimFields();
    case Command::LinksList:
        return linkFields();
    default:
        return {};
    }
}

ParsedCommandLine usage(Format format, const QString &problem)
{
    ParsedCommandLine parsed;
    parsed.exit = Exit::Usage;
    parsed.problem = problem;
    parsed.format = format;
    return parsed;
}

ParsedCommandLine printed(const QString &text)
{
    ParsedCommandLine parsed;
    parsed.output = text;
    return parsed;
}

// members list's filters as the directory's criteria; a reason when they cannot be used.
std::optional<QString> readCriteria(const QCommandLineParser &parser,
                                    directory::MemberCriteria &criteria)
{
    using Criteria = directory::MemberCriteria;
    criteria.orgRole = parser.value(QStringLiteral("role")).trimmed();
    criteria.team = parser.value(QStringLiteral("team")).trimmed();
    criteria.noTeam = parser.isSet(QStringLiteral("no-team"));
    if (parser.isSet(QStringLiteral("no-2fa")))
        criteria.twoFactor = Criteria::Tri::No;
    if (parser.isSet(QStringLiteral("idp-managed")))
        criteria.idpManaged = Criteria::Tri::Yes;
    if (parser.isSet(QStringLiteral("unlinked")))
        criteria.hasExternalLinks = Criteria::Tri::No;
    static const QHash<QString, Criteria::StatusFilter> statuses{
        {QStringLiteral("active"), Criteria::StatusFilter::Active},
        {QStringLiteral("invited"), Criteria::StatusFilter::Invited},
        {QStringLiteral("expired"), Criteria::StatusFilter::Expired},
    };
    const QString status = parser.value(QStringLiteral("status")).trimmed();
    if (!status.isEmpty()) {
        if (!statuses.contains(status))
            return translated(QT_TRANSLATE_NOOP(
                                  "sm::cli", "Unknown status %1: use active, invited or expired."))
                .arg(status);
        criteria.status = statuses.value(status);
    }
    if (!criteria.team.isEmpty() && criteria.noTeam)
        return translated(QT_TRANSLATE_NOOP("sm::cli", "--team and --no-team exclude each other."));
    return std::nullopt;
}

// bulk's own options, checked; a reason when they cannot be used.
std::optional<QString> readBulkOptions(const QCommandLineParser &parser, Invocation &call)
{
    call.bulkKind = parser.value(QStringLiteral("kind")).trimmed();
    if (!call.bulkKind.isEmpty() && !bulk::kindFromName(call.bulkKind))
        return translated(QT_TRANSLATE_NOOP("sm::cli", "Unknown kind %1: use invites, scim, roles, "
                                                       "removals, links or resends."))
            .arg(call.bulkKind);
    call.resume = parser.value(QStringLiteral("resume")).trimmed();
    if (!call.resume.isEmpty() && !call.operand.isEmpty())
        return translated(
            QT_TRANSLATE_NOOP("sm::cli", "--resume goes on with a run: give no file."));
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        call.concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || call.concurrency < 1 || call.concurrency > 25)
            return translated(
                QT_TRANSLATE_NOOP("sm::cli", "--concurrency takes a number from 1 to 25."));
    }
    return std::nullopt;
}

} // namespace

bool isChange(Command command)
{
    switch (command) {
    case Command::AuthStatus:
    case Command::MembersList:
    case Command::MembersShow:
    case Command::TeamsList:
    case Command::ScimList:
    case Command::LinksList:
    case Command::BulkRuns:
        return false;
    default:
        return true;
    }
}

ParsedCommandLine parseCommandLine(const QStringList &arguments, bool terminal)
{
    QCommandLineParser parser;
    parser.addOptions(commonOptions());
    const QList<QCommandLineOption> options = commandOptions();
    parser.addOptions(options);

    // The default (a table on a terminal) is known before a usage error is printed.
    Format format = terminal ? Format::Table : Format::Json;
    if (!parser.parse(arguments))
        return usage(format, parser.errorText());
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        const auto chosen = formatFrom(name);
        if (!chosen)
            return usage(
                format, translated(QT_TRANSLATE_NOOP("sm::cli",
                                                     "Unknown format %1: use table, json, jsonl or "
                                                     "csv."))
                            .arg(name));
        format = *chosen;
    }
    if (parser.isSet(QStringLiteral("version")))
        return printed(
            QStringLiteral("sentry-members-cli %1\n").arg(QCoreApplication::applicationVersion()));

    const QStringList words = parser.positionalArguments();
    QString name = words.mid(0, 2).join(QLatin1Char(' '));
    const CommandSpec *spec = specFor(name);
    qsizetype commandWords = 2;
    if (!spec && !words.isEmpty() && specFor(words.constFirst())) {
        // A one-word command ("bulk FILE").
        name = words.constFirst();
        spec = specFor(name);
        commandWords = 1;
    }
    if (parser.isSet(QStringLiteral("help")))
        return printed(spec ? commandHelp(*spec) : overallHelp(parser));
    if (!spec) {
        return usage(format,
                     words.isEmpty()
                         ? translated(QT_TRANSLATE_NOOP("sm::cli", "No command given: see --help."))
                         : translated(QT_TRANSLATE_NOOP("sm::cli", "Unknown command: %1. See "
                                                                   "--help."))
                               .arg(words.join(QLatin1Char(' '))));
    }

    Invocation call;
    call.command = spec->command;
    call.format = format;
    const bool hasOperand = spec->synopsis.startsWith(QLatin1String("EMAIL")) ||
                            spec->synopsis.startsWith(QLatin1String("LINK-ID")) ||
                            spec->synopsis.startsWith(QLatin1String("RUN")) ||
                            spec->synopsis.startsWith(QLatin1String("FILE"));
    // bulk's file is not needed to resume a run or print a template.
    const bool operandOptional =
        spec->command == Command::Bulk &&
        (parser.isSet(QStringLiteral("resume")) || parser.isSet(QStringLiteral("template")));
    if (hasOperand) {
        call.operand = words.value(commandWords).trimmed();
        if (call.operand.isEmpty() && !operandOptional)
            return usage(format, translated(QT_TRANSLATE_NOOP("sm::cli", "%1 needs %2."))
                                     .arg(name, spec->synopsis.section(QLatin1Char(' '), 0, 0)));
    }
    const qsizetype used = commandWords + (hasOperand && !call.operand.isEmpty() ? 1 : 0);
    if (words.size() > used)
        return usage(format, translated(QT_TRANSLATE_NOOP("sm::cli", "Unexpected argument: %1."))
                                 .arg(words.at(used)));
    for (const QCommandLineOption &option : options) {
        const QString &optionName = option.names().constFirst();
        if (parser.isSet(optionName) && !spec->options.contains(optionName))
            return usage(format,
                         translated(QT_TRANSLATE_NOOP("sm::cli", "--%1 is not an option of %2. "
                                                                 "See %2 --help."))
                             .arg(optionName, name));
    }

    const auto value = [&parser](const char *option) {
        return parser.value(QLatin1String(option)).trimmed();
    };
    const auto isSet = [&parser](const char *option) {
        return parser.isSet(QLatin1String(option));
    };
    call.query = parser.value(QStringLiteral("query"));
    call.role = value("role");
    call.teams = parser.values(QStringLiteral("team"));
    call.removeTeams = parser.values(QStringLiteral("remove-team"));
    call.noEmail = isSet("no-email");
    call.dryRun = isSet("dry-run");
    call.yes = isSet("yes");
    call.member = value("member");
    call.provider = value("provider");
    call.integration = value("integration");
    call.externalName = value("external-name");
    if (isSet("external-id"))
        call.externalId = value("external-id");
    if (call.command == Command::MembersList) {
        if (const auto problem = readCriteria(parser, call.criteria))
            return usage(format, *problem);
    }
    if (call.command == Command::MembersInvite && call.role.isEmpty())
        return usage(format,
                     translated(QT_TRANSLATE_NOOP("sm::cli", "members invite needs --role.")));
    if (call.command == Command::LinksCreate) {
        for (const char *required : {"member", "provider", "integration", "external-name"}) {
            if (value(required).isEmpty())
                return usage(format,
                             translated(QT_TRANSLATE_NOOP("sm::cli", "external-users create needs "
                                                                     "--%1."))
                                 .arg(QLatin1String(required)));
        }
    }

    const QStringList known = fieldsOf(call.command);
    call.fields = known;
    if (parser.isSet(QStringLiteral("fields"))) {
        call.fields = value("fields").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &field : call.fields)
            field = field.trimmed();
        for (const QString &field : std::as_const(call.fields)) {
            if (!known.contains(field))
                return usage(format,
                             translated(QT_TRANSLATE_NOOP("sm::cli", "Unknown field %1. The "
                                                                     "fields are: %2."))
                                 .arg(field, known.join(QLatin1String(", "))));
        }
    }
    if (call.command == Command::Bulk) {
        if (const auto problem = readBulkOptions(parser, call))
            return usage(format, *problem);
        if (parser.isSet(QStringLiteral("template"))) {
            const auto kind = bulk::kindFromName(value("template"));
            if (!kind)
                return usage(format,
                             translated(QT_TRANSLATE_NOOP("sm::cli", "Unknown kind %1: use "
                                                                     "invites, scim, roles, "
                                                                     "removals, links or "
                                                                     "resends."))
                                 .arg(value("template")));
            return printed(bulk::templateText(*kind));
        }
    }
    call.flags = connection::flagsFrom(parser);
    call.profileName = value("profile");
    call.tokenFromStdin = isSet("token-stdin");
    ParsedCommandLine parsed;
    parsed.invocation = call;
    parsed.format = format;
    return parsed;
}

} // namespace sm::cli
