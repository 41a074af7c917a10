// SPDX-License-Identifier: MIT
#include "cli/cliapp.h"

#include "api/memberstream.h"
#include "cli/memberrecord.h"
#include "l10n/sentrytext.h"
#include "profiles/connectionplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <unistd.h>

#include <algorithm>

namespace sm::cli {

namespace {

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + CliApp::tr("Commands:") + QLatin1Char('\n');
    text += QStringLiteral("  auth status     %1\n")
                .arg(CliApp::tr(
                    "The instance, organization and token in use, and where each came from"));
    text += QStringLiteral("  members list    %1\n")
                .arg(CliApp::tr("Every member, printed page by page as Sentry sends them"));
    text += QStringLiteral("  members show EMAIL|ID  %1\n")
                .arg(CliApp::tr("One member, with their teams and linked accounts"));
    text += QStringLiteral("  teams list      %1\n").arg(CliApp::tr("The organization's teams"));
    text +=
        QStringLiteral("  members invite EMAIL --role ROLE [--team SLUG[:ROLE]]... [--no-email]\n");
    text += QStringLiteral("  members update EMAIL|ID [--role ROLE] [--team SLUG[:ROLE]]... "
                           "[--remove-team SLUG]...\n");
    text += QStringLiteral("  members reinvite EMAIL|ID\n");
    text += QStringLiteral("  members remove EMAIL|ID [--yes]\n");
    text += QStringLiteral("                  %1\n")
                .arg(CliApp::tr("Each change is sent once; a lost answer is checked before the "
                                "outcome is printed. --dry-run prints it as curl instead."));
    text += QLatin1Char('\n') + CliApp::tr("Environment:") + QLatin1Char('\n');
    text +=
        QStringLiteral("  SENTRY_URL, SENTRY_ORG, SENTRY_AUTH_TOKEN  %1\n")
            .arg(CliApp::tr("as sentry-cli reads them; flags and a named --profile come first"));
    text += QLatin1Char('\n') + CliApp::tr("Exit status:") + QLatin1Char('\n') + exitCodeHelp();
    return text;
}

QString tokenKind(const QString &token, const Session &session)
{
    if (token.startsWith(QLatin1String("sntrys_")))
        return QStringLiteral("organization");
    if (session.isIntegrationToken())
        return QStringLiteral("integration");
    return QStringLiteral("user");
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{
    connect(&m_session, &Session::stateChanged, this, &CliApp::onSessionState);
    connect(&m_starter, &profiles::SessionStarter::connecting, this,
            [this](const connection::SourcedSettings &settings) { m_sourced = settings; });
    connect(&m_profiles, &profiles::ProfileStore::tokenMissing, this,
            [this](const profiles::Profile &profile, const QString &reason) {
                fail(Exit::NoToken,
                     tr("No token for the profile %1: %2").arg(profile.shownName(), reason));
            });
}

CliApp::~CliApp() = default;

std::optional<int> CliApp::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the members of a Sentry organization from scripts: the same checks, "
           "profiles and keychain as the Sentry Members app."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("auth status, members list|show|invite|update|reinvite|"
                                    "remove, or teams list"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and the exit codes."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Connect with the app's profile <name>."),
                                     QStringLiteral("name"));
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"),
                                        tr("Read the token from standard input."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("table, json, jsonl or csv (table on a terminal, "
                                       "json otherwise)."),
                                    QStringLiteral("format"));
    const QCommandLineOption fields(QStringLiteral("fields"),
                                    tr("Only these fields, in this order (comma-separated)."),
                                    QStringLiteral("list"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   tr("members list: only members matching <text>."),
                                   QStringLiteral("text"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("members list: only members with the organization role "
                                     "<role>. invite, update: the organization role to give."),
                                  QStringLiteral("role"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("members list: only active members, invited ones (not "
                                       "expired) or expired invitations."),
                                    QStringLiteral("status"));
    const QCommandLineOption team(QStringLiteral("team"),
                                  tr("members list: only members of the team <slug>. invite, "
                                     "update: put the member on it, with a team role after a "
                                     "colon (repeatable)."),
                                  QStringLiteral("slug[:role]"));
    const QCommandLineOption removeTeam(QStringLiteral("remove-team"),
                                        tr("update: take the member off the team <slug> "
                                           "(repeatable)."),
                                        QStringLiteral("slug"));
    const QCommandLineOption noEmail(QStringLiteral("no-email"),
                                     tr("invite: add the invitation without emailing it."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the change as a curl command and send nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("remove: do not ask for confirmation."));
    const QCommandLineOption noTeam(QStringLiteral("no-team"),
                                    tr("members list: only members on no team."));
    const QCommandLineOption no2fa(QStringLiteral("no-2fa"),
                                   tr("members list: only joined members without two-factor "
                                      "authentication."));
    const QCommandLineOption idpManaged(
        QStringLiteral("idp-managed"),
        tr("members list: only members managed by the identity provider."));
    const QCommandLineOption unlinked(QStringLiteral("unlinked"),
                                      tr("members list: only joined members with no linked "
                                         "account."));
    parser.addOptions({help, version, profile, tokenStdin, format, fields, query, role, status,
                       team, noTeam, no2fa, idpManaged, unlinked, removeTeam, noEmail, dryRun,
                       yes});
    parser.addOptions(connection::commandLineOptions());

    // Default: table on a terminal, json for a script; known before a usage error is printed.
    const bool terminal = isatty(STDOUT_FILENO) != 0;
    m_format = terminal ? Format::Table : Format::Json;
    if (!parser.parse(arguments))
        return failNow(Exit::Usage, parser.errorText());
    if (parser.isSet(format)) {
        const auto chosen = formatFrom(parser.value(format));
        if (!chosen)
            return failNow(
                Exit::Usage,
                tr("Unknown format %1: use table, json, jsonl or csv.").arg(parser.value(format)));
        m_format = *chosen;
    }
    if (parser.isSet(help)) {
        printTo(stdout, helpText(parser));
        return 0;
    }
    if (parser.isSet(version)) {
        printTo(
            stdout,
            QStringLiteral("sentry-members-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    const QString command = words.mid(0, 2).join(QLatin1Char(' '));
    static const QHash<QString, Command> commands{
        {QStringLiteral("auth status"), Command::AuthStatus},
        {QStringLiteral("members list"), Command::MembersList},
        {QStringLiteral("members show"), Command::MembersShow},
        {QStringLiteral("teams list"), Command::TeamsList},
        {QStringLiteral("members invite"), Command::MembersInvite},
        {QStringLiteral("members update"), Command::MembersUpdate},
        {QStringLiteral("members reinvite"), Command::MembersReinvite},
        {QStringLiteral("members remove"), Command::MembersRemove},
    };
    if (!commands.contains(command)) {
        return failNow(
            Exit::Usage,
            words.isEmpty()
                ? tr("No command given: see --help.")
                : tr("Unknown command: %1. See --help.").arg(words.join(QLatin1Char(' '))));
    }
    m_command = commands.value(command);
    const bool list = m_command == Command::MembersList;
    const bool change =
        m_command == Command::MembersInvite || m_command == Command::MembersUpdate ||
        m_command == Command::MembersReinvite || m_command == Command::MembersRemove;
    // Every command on one member names it: an email address, or a member id.
    const qsizetype operands = m_command == Command::MembersShow || change ? 1 : 0;
    if (operands) {
        m_memberRef = words.value(2).trimmed();
        if (m_memberRef.isEmpty())
            return failNow(Exit::Usage,
                           tr("%1 needs an email address or a member id.").arg(command));
    }
    if (words.size() > 2 + operands)
        return failNow(Exit::Usage, tr("Unexpected argument: %1.").arg(words.at(2 + operands)));
    const bool roleAndTeams =
        list || m_command == Command::MembersInvite || m_command == Command::MembersUpdate;
    const QList<std::pair<const QCommandLineOption *, bool>> allowed{
        {&query, list},
        {&status, list},
        {&noTeam, list},
        {&no2fa, list},
        {&idpManaged, list},
        {&unlinked, list},
        {&role, roleAndTeams},
        {&team, roleAndTeams},
        {&removeTeam, m_command == Command::MembersUpdate},
        {&noEmail, m_command == Command::MembersInvite},
        {&dryRun, change},
        {&yes, m_command == Command::MembersRemove},
    };
    for (const auto &[option, here] : allowed) {
        if (parser.isSet(*option) && !here)
            return failNow(
                Exit::Usage,
                tr("--%1 is not an option of %2.").arg(option->names().constFirst(), command));
    }
    m_query = parser.value(query);
    if (list) {
        m_selection.role = parser.value(role);
        m_selection.team = parser.value(team);
    }
    m_selection.status = parser.value(status);
    m_selection.noTeam = parser.isSet(noTeam);
    m_selection.no2fa = parser.isSet(no2fa);
    m_selection.idpManaged = parser.isSet(idpManaged);
    m_selection.unlinked = parser.isSet(unlinked);
    if (const auto problem = m_selection.problem())
        return failNow(Exit::Usage, *problem);
    m_role = parser.value(role);
    m_teams = parser.values(team);
    m_removeTeams = parser.values(removeTeam);
    m_noEmail = parser.isSet(noEmail);
    m_dryRun = parser.isSet(dryRun);
    m_yes = parser.isSet(yes);
    if (m_command == Command::MembersInvite && m_role.isEmpty())
        return failNow(Exit::Usage, tr("members invite needs --role."));

    const QStringList known = m_command == Command::TeamsList ? teamFields() : memberFields();
    m_fields = known;
    if (parser.isSet(fields)) {
        m_fields = parser.value(fields).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &field : m_fields)
            field = field.trimmed();
        for (const QString &field : std::as_const(m_fields)) {
            if (!known.contains(field))
                return failNow(Exit::Usage, tr("Unknown field %1. The fields are: %2.")
                                                .arg(field, known.join(QLatin1String(", "))));
        }
    }
    m_flags = connection::flagsFrom(parser);
    m_profileName = parser.value(profile);
    m_tokenFromStdin = parser.isSet(tokenStdin);
    return startConnecting();
}

std::optional<int> CliApp::startConnecting()
{
    const profiles::ConnectionPlan plan =
        profiles::planConnection(m_flags, m_profileName, QProcessEnvironment::systemEnvironment(),
                                 m_profiles.profiles(), m_profiles.lastProfile());
    for (const QString &notice : plan.notices)
        printTo(stderr, notice + QLatin1Char('\n'));
    using Kind = profiles::ConnectionPlan::Kind;
    if (plan.kind == Kind::Refuse)
        return failNow(Exit::Usage, plan.problem);

    if (m_tokenFromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failNow(Exit::NoToken, tr("Standard input cannot be read."));
        const QString token = QString::fromUtf8(in.readAll()).trimmed();
        if (token.isEmpty())
            return failNow(Exit::NoToken, tr("--token-stdin: standard input held no token."));
        m_sourced = plan.connection;
        if (plan.kind == Kind::OpenProfile) {
            if (const auto chosen = m_profiles.profile(plan.profileId))
                m_sourced = profiles::overlay(chosen->connection(), m_flags);
        }
        m_sourced.settings.token = token;
        m_sourced.token = connection::Source::Flag;
        if (m_sourced.settings.organization.isEmpty())
            return failNow(Exit::Usage, tr("No organization: give --org, set SENTRY_ORG or use "
                                           "a profile."));
        m_session.connectTo(m_sourced.settings);
        return std::nullopt;
    }
    if (plan.kind == Kind::Ask) {
        if (plan.connection.settings.token.isEmpty())
            return failNow(Exit::NoToken,
                           tr("No token: set SENTRY_AUTH_TOKEN, pass --token-stdin or save a "
                              "profile in the Sentry Members app."));
        return failNow(Exit::Usage,
                       tr("No organization: give --org, set SENTRY_ORG or use a profile."));
    }
    m_starter.start(plan);
    return std::nullopt;
}

void CliApp::onSessionState(Session::State state)
{
    if (m_finished)
        return;
    if (state == Session::State::Connected) {
        runCommand();
    } else if (state == Session::State::Failed) {
        const ApiError &error = m_session.lastError();
        fail(exitFor(error), l10n::sentryText(error.message), error);
    }
}

void CliApp::runCommand()
{
    switch (m_command) {
    case Command::AuthStatus:
        printAuthStatus();
        return;
    case Command::MembersList:
        listMembers();
        return;
    case Command::MembersShow:
        showMember();
        return;
    case Command::TeamsList:
        listTeams();
        return;
    case Command::MembersInvite:
        inviteMember();
        return;
    case Command::MembersUpdate:
        findMember([this](const Member &listed) {
            readMember(listed, [this](const Member &member) { updateMember(member); });
        });
        return;
    case Command::MembersReinvite:
        findMember([this](const Member &member) { reinviteMember(member); });
        return;
    case Command::MembersRemove:
        findMember([this](const Member &member) { removeMember(member); });
        return;
    }
}

void CliApp::printAuthStatus()
{
    using connection::sourceName;
    const ConnectionSettings &settings = m_session.settings();
    const Member &me = m_session.me();
    const QString kind = tokenKind(settings.token, m_session);
    QStringList scopes;
    for (const RoleInfo &role : me.orgRoleList) {
        if (role.id == me.orgRole)
            scopes = role.scopes;
    }
    if (m_format == Format::Json || m_format == Format::Jsonl) {
        const QJsonObject status{
            {QStringLiteral("url"),
             QJsonObject{{QStringLiteral("value"), settings.baseUrl.toString()},
                         {QStringLiteral("source"), sourceName(m_sourced.url)}}},
            {QStringLiteral("org"),
             QJsonObject{{QStringLiteral("value"), settings.organization},
                         {QStringLiteral("source"), sourceName(m_sourced.organization)}}},
            {QStringLiteral("token"),
             QJsonObject{{QStringLiteral("source"), sourceName(m_sourced.token)},
                         {QStringLiteral("kind"), kind}}},
            {QStringLiteral("user"), orNull(me.email)},
            {QStringLiteral("role"), orNull(me.orgRole)},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        };
        const auto shape =
            m_format == Format::Json ? QJsonDocument::Indented : QJsonDocument::Compact;
        printTo(stdout, QString::fromUtf8(QJsonDocument(status).toJson(shape)).trimmed() +
                            QLatin1Char('\n'));
    } else {
        const QString user =
            me.email.isEmpty() ? QStringLiteral("-") : nameAndEmail(me.name, me.email);
        QString text;
        text += QStringLiteral("url: %1 (%2)\n")
                    .arg(settings.baseUrl.toString(), sourceName(m_sourced.url));
        text += QStringLiteral("org: %1 (%2)\n")
                    .arg(settings.organization, sourceName(m_sourced.organization));
        text += QStringLiteral("token: %1 (%2)\n").arg(kind, sourceName(m_sourced.token));
        text += QStringLiteral("user: %1\n").arg(user);
        text += QStringLiteral("role: %1\n")
                    .arg(me.orgRole.isEmpty() ? QStringLiteral("-") : me.orgRole);
        text += QStringLiteral("scopes: %1\n").arg(scopes.join(QLatin1String(", ")));
        printTo(stdout, text);
    }
    done(Exit::Ok);
}

void CliApp::listMembers()
{
    m_writer = std::make_unique<RowWriter>(m_format, m_fields, stdout);
    if (m_fields.contains(QLatin1String("teams")) || m_selection.needsTeams())
        readTeamsThenList();
    else
        streamMembers();
}

void CliApp::readTeamsThenList()
{
    TeamListJob *teams = m_session.client()->listTeams();
    QObject::connect(teams, &TeamListJob::finished, this, [this](const TeamListResult &result) {
        if (!result.ok()) {
            fail(exitFor(result.error), l10n::sentryText(result.error.message), result.error);
            return;
        }
        for (const Team &team : result.value)
            m_teamQueue.append(team.slug);
        readNextTeams();
    });
}

void CliApp::readNextTeams()
{
    // As the app reads them: three teams at a time, each a chain of pages.
    constexpr int atOnce = 3;
    while (!m_teamQueue.isEmpty() && m_teamListsRunning < atOnce) {
        const QString slug = m_teamQueue.takeFirst();
        ++m_teamListsRunning;
        TeamMemberListJob *job = m_session.client()->listTeamMembers(slug);
        QObject::connect(job, &TeamMemberListJob::finished, this,
                         [this, slug](const TeamMemberListResult &result) {
                             --m_teamListsRunning;
                             if (m_finished)
                                 return;
                             if (!result.ok()) {
                                 fail(exitFor(result.error), l10n::sentryText(result.error.message),
                                      result.error);
                                 return;
                             }
                             for (const TeamMember &member : result.value)
                                 m_teamsByMember[member.memberId].append({slug, member.teamRole});
                             readNextTeams();
                         });
    }
    if (m_teamQueue.isEmpty() && m_teamListsRunning == 0)
        streamMembers();
}

void CliApp::streamMembers()
{
    auto *stream = new MemberStream(m_session.client(), m_query);
    QObject::connect(stream, &MemberStream::pageReceived, this, [this](const QList<Member> &page) {
        QList<QJsonObject> records;
        records.reserve(page.size());
        for (Member member : page) {
            if (const auto teams = m_teamsByMember.constFind(member.id);
                teams != m_teamsByMember.cend())
                member.teamRoles = *teams;
            const QJsonObject record = memberRecord(member);
            if (m_selection.accepts(record))
                records.append(record);
        }
        m_writer->write(records);
    });
    QObject::connect(stream, &MemberStream::finished, this, [this](const MemberListResult &result) {
        if (!result.ok()) {
            // Rows already printed stay printed; json prints nothing, its array is incomplete.
            fail(exitFor(result.error), l10n::sentryText(result.error.message), result.error);
            return;
        }
        m_writer->finish();
        done(Exit::Ok);
    });
}

void CliApp::findMember(const std::function<void(const Member &)> &then)
{
    // Sentry's list search finds the member by address or id (with their links).
    const bool byId =
        !m_memberRef.isEmpty() &&
        std::all_of(m_memberRef.cbegin(), m_memberRef.cend(), [](QChar c) { return c.isDigit(); });
    const QString query = (byId ? QStringLiteral("id:") : QStringLiteral("email:")) + m_memberRef;
    MemberListJob *job = m_session.client()->listMembers(query, true);
    QObject::connect(
        job, &MemberListJob::finished, this, [this, byId, then](const MemberListResult &r) {
            if (!r.ok()) {
                fail(exitFor(r.error), l10n::sentryText(r.error.message), r.error);
                return;
            }
            const auto match = std::find_if(r.value.cbegin(), r.value.cend(), [&](const Member &m) {
                return byId ? m.id == m_memberRef
                            : m.email.compare(m_memberRef, Qt::CaseInsensitive) == 0;
            });
            if (match == r.value.cend()) {
                fail(Exit::NotFound, tr("The organization has no member %1.").arg(m_memberRef));
                return;
            }
            then(*match);
        });
}

void CliApp::readMember(const Member &listed, const std::function<void(const Member &)> &then)
{
    // The detail has the teams; only the list expands the links.
    MemberJob *job = m_session.client()->getMember(listed.id);
    QObject::connect(job, &MemberJob::finished, this, [this, listed, then](const MemberResult &r) {
        if (!r.ok()) {
            fail(exitFor(r.error), l10n::sentryText(r.error.message), r.error);
            return;
        }
        Member member = r.value;
        member.externalUsers = listed.externalUsers;
        then(member);
    });
}

void CliApp::showMember()
{
    findMember([this](const Member &listed) {
        readMember(listed, [this](const Member &member) { printMember(member); });
    });
}

void CliApp::printMember(const Member &member)
{
    const QJsonObject record = memberRecord(member);
    if (m_format == Format::Json) { // one member: an object, not an array
        QJsonObject only;
        for (const QString &field : std::as_const(m_fields))
            only.insert(field, record.value(field));
        printTo(stdout, QString::fromUtf8(QJsonDocument(only).toJson(QJsonDocument::Indented)));
    } else {
        RowWriter writer(m_format, m_fields, stdout);
        writer.write({record});
        writer.finish();
    }
    done(Exit::Ok);
}

void CliApp::listTeams()
{
    TeamListJob *job = m_session.client()->listTeams();
    QObject::connect(job, &TeamListJob::finished, this, [this](const TeamListResult &r) {
        if (!r.ok()) {
            fail(exitFor(r.error), l10n::sentryText(r.error.message), r.error);
            return;
        }
        QList<QJsonObject> records;
        for (const Team &team : r.value)
            records.append(teamRecord(team));
        RowWriter writer(m_format, m_fields, stdout);
        writer.write(records);
        writer.finish();
        done(Exit::Ok);
    });
}

void CliApp::fail(Exit exit, const QString &message, const ApiError &error)
{
    if (m_finished)
        return;
    if (m_format == Format::Json || m_format == Format::Jsonl) {
        QJsonObject fields;
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
            fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
        const QJsonObject object{
            {QStringLiteral("code"), codeName(exit)},
            {QStringLiteral("exit"), int(exit)},
            {QStringLiteral("status"),
             error.httpStatus > 0 ? QJsonValue(error.httpStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), message},
            {QStringLiteral("sentry"), orNull(error.sentryMessage)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("outcome"), orNull(m_failureOutcome)},
        };
        printTo(stderr,
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), object}})
                                      .toJson(QJsonDocument::Compact)) +
                    QLatin1Char('\n'));
    } else {
        printTo(stderr, QStringLiteral("sentry-members-cli: %1\n").arg(message));
    }
    done(exit);
}

int CliApp::failNow(Exit exit, const QString &message)
{
    fail(exit, message);
    return int(exit);
}

void CliApp::done(Exit exit)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(int(exit));
}

} // namespace sm::cli
