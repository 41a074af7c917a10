// SPDX-License-Identifier: MIT
#include "cli/cliapp.h"

#include "api/memberstream.h"
#include "bulk/bulkrun.h"
#include "journal/runjournal.h"
#include "l10n/sentrytext.h"
#include "operations/operationrun.h"
#include "profiles/connectionplan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

namespace sm::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_terminal(Terminal::detect(QProcessEnvironment::systemEnvironment()))
{
    connect(&m_session, &Session::stateChanged, this, &CliApp::onSessionState);
    connect(&m_starter, &profiles::SessionStarter::connecting, this,
            [this](const connection::SourcedSettings &settings) { m_sourced = settings; });
    connect(&m_profiles, &profiles::ProfileStore::tokenMissing, this,
            [this](const profiles::Profile &profile, const QString &reason) {
                fail(Exit::NoToken,
                     tr("No token for the profile %1: %2").arg(profile.shownName(), reason));
            });
    connect(m_session.client(), &SentryClient::waitingForRateLimit, this,
            [this](const QDateTime &until) {
                if (m_progress)
                    m_progress->show(tr("Waiting for Sentry's rate limit until %1 UTC")
                                         .arg(until.toUTC().toString(QStringLiteral("HH:mm:ss"))));
            });
}

CliApp::~CliApp() = default;

std::optional<int> CliApp::start(const QStringList &arguments)
{
    const ParsedCommandLine parsed = parseCommandLine(arguments, m_terminal.stdoutIsTerminal);
    if (!parsed.invocation) {
        if (!parsed.output.isEmpty())
            printTo(stdout, parsed.output);
        if (parsed.exit == Exit::Ok)
            return 0;
        m_call.format = parsed.format;
        return failNow(parsed.exit, parsed.problem);
    }
    m_call = *parsed.invocation;
    m_progress = std::make_unique<ProgressLine>(m_terminal.progress);
    return startConnecting();
}

void CliApp::interrupt()
{
    if (m_finished)
        return;
    m_interrupted = true;
    if (m_bulk) {
        // Rows not sent stay planned; rows sent are checked when the run is resumed.
        m_bulk->cancel();
        return;
    }
    if (m_run) {
        // Its outcome (unknown once sent, not made before) comes with exit 130.
        const bool sent = m_run->stage() == ops::OperationRun::Stage::Sending ||
                          m_run->stage() == ops::OperationRun::Stage::Checking;
        m_run->cancel();
        // Should the run not end at once, the words that are true either way.
        QTimer::singleShot(2000, this, [this, sent] {
            m_failureOutcome =
                sent ? ops::changeOutcomeName(ops::RunOutcome::Kind::Unknown) : QString();
            fail(Exit::Interrupted, sent ? tr("Interrupted after the change was sent: Sentry may "
                                              "have made it. Check before trying again.")
                                         : tr("Interrupted; nothing was changed."));
        });
        return;
    }
    if (m_stream)
        m_stream->cancel();
    fail(Exit::Interrupted, tr("Interrupted; nothing was changed."));
}

std::optional<int> CliApp::startConnecting()
{
    const profiles::ConnectionPlan plan = profiles::planConnection(
        m_call.flags, m_call.profileName, QProcessEnvironment::systemEnvironment(),
        m_profiles.profiles(), m_profiles.lastProfile());
    for (const QString &notice : plan.notices)
        printTo(stderr, notice + QLatin1Char('\n'));
    using Kind = profiles::ConnectionPlan::Kind;
    if (plan.kind == Kind::Refuse)
        return failNow(Exit::Usage, plan.problem);

    if (m_call.tokenFromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failNow(Exit::NoToken, tr("Standard input cannot be read."));
        const QString token = QString::fromUtf8(in.readAll()).trimmed();
        if (token.isEmpty())
            return failNow(Exit::NoToken, tr("--token-stdin: standard input held no token."));
        m_sourced = plan.connection;
        if (plan.kind == Kind::OpenProfile) {
            if (const auto chosen = m_profiles.profile(plan.profileId))
                m_sourced = profiles::overlay(chosen->connection(), m_call.flags);
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
    const auto member = [this](const MemberThen &then) { findMember(m_call.operand, then); };
    switch (m_call.command) {
    case Command::AuthStatus:
        printAuthStatus();
        return;
    case Command::MembersList:
        listMembers();
        return;
    case Command::MembersShow:
        showMember();
        return;
    case Command::MembersInvite:
        inviteMember();
        return;
    case Command::MembersUpdate:
        member([this](const Member &listed) {
            readMember(listed, [this](const Member &detail) { updateMember(detail); });
        });
        return;
    case Command::MembersReinvite:
        member([this](const Member &found) { reinviteMember(found); });
        return;
    case Command::MembersRemove:
        member([this](const Member &found) { removeMember(found); });
        return;
    case Command::TeamsList:
        listTeams();
        return;
    case Command::ScimList:
        listScimUsers(1);
        return;
    case Command::ScimProvision:
        provisionScimUser();
        return;
    case Command::ScimDeprovision:
        deprovisionScimUser();
        return;
    case Command::LinksList:
        listLinks();
        return;
    case Command::LinksCreate:
        createLink();
        return;
    case Command::LinksUpdate:
        updateLink();
        return;
    case Command::LinksDelete:
        deleteLink();
        return;
    case Command::Bulk:
        runBulk();
        return;
    case Command::BulkRuns:
        listBulkRuns();
        return;
    case Command::BulkRemove:
        removeBulkRun();
        return;
    }
}

void CliApp::printAuthStatus()
{
    using connection::sourceName;
    const ConnectionSettings &settings = m_session.settings();
    const Member &me = m_session.me();
    const QString kind = m_session.tokenKind();
    QStringList scopes;
    for (const RoleInfo &role : me.orgRoleList) {
        if (role.id == me.orgRole)
            scopes = role.scopes;
    }
    if (m_call.format == Format::Json || m_call.format == Format::Jsonl) {
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
        printObject(status);
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
        // What the role's scopes allow, as the app's status bar says it.
        text += QStringLiteral("can: %1\n").arg(directory::abilities(caller()));
        printTo(stdout, text);
    }
    done(Exit::Ok);
}

void CliApp::printObject(const QJsonObject &object)
{
    const auto shape =
        m_call.format == Format::Json ? QJsonDocument::Indented : QJsonDocument::Compact;
    printTo(stdout,
            QString::fromUtf8(QJsonDocument(object).toJson(shape)).trimmed() + QLatin1Char('\n'));
}

void CliApp::printRecords(const QList<QJsonObject> &records)
{
    RowWriter writer(m_call.format, m_call.fields, stdout, m_terminal.color);
    writer.write(records);
    writer.finish();
}

bool CliApp::failedRead(const ApiError &error)
{
    if (error.kind == ApiError::Kind::None)
        return false;
    if (m_interrupted)
        fail(Exit::Interrupted, tr("Interrupted; nothing was changed."));
    else
        fail(exitFor(error), l10n::sentryText(error.message), error);
    return true;
}

void CliApp::fail(Exit exit, const QString &message, const ApiError &error)
{
    if (m_finished)
        return;
    if (m_progress)
        m_progress->clear();
    if (m_call.format == Format::Json || m_call.format == Format::Jsonl) {
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
