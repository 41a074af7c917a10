// SPDX-License-Identifier: MIT
// The commands that change something: each builds one operation and runs it once, as the
// app's forms do (OperationRun: validated first, sent once, a lost answer checked).
#include "cli/cliapp.h"

#include "core/roles.h"
#include "directory/directorymember.h"
#include "directory/memberpermissions.h"
#include "l10n/sentrytext.h"
#include "operations/operationrun.h"
#include "operations/requestpreview.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <limits>

namespace sm::cli {

namespace {

Exit exitForOutcome(const ops::RunOutcome &outcome)
{
    using Kind = ops::RunOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Done:
    case Kind::MadeAfterAll:
        return Exit::Ok;
    case Kind::Refused:
        // Refused before sending by Sentry's own rules, checked here first.
        if (!outcome.sent && outcome.error.kind == ApiError::Kind::Validation)
            return Exit::InvalidInput;
        return exitFor(outcome.error);
    case Kind::NotMade:
        return Exit::NetworkFailure;
    case Kind::PartlyMade:
        return Exit::Refused;
    case Kind::Unknown:
        return Exit::OutcomeUnknown;
    }
    return Exit::Failure;
}

// Whether the caller's role may give `role`: only known roles are judged here (an unknown one
// is left to Sentry's own validation, which names it).
bool mayGiveRole(const directory::Caller &caller, const Member &me, const QString &role)
{
    const bool known = std::any_of(me.orgRoleList.cbegin(), me.orgRoleList.cend(),
                                   [&](const RoleInfo &r) { return r.id == role; });
    return caller.integration || !known || caller.assignableRoles.contains(role);
}

} // namespace

bool CliApp::permitted(const directory::Permission &permission)
{
    if (!permission.allowed)
        fail(Exit::PermissionDenied, permission.reason);
    return permission.allowed;
}

directory::Caller CliApp::caller() const
{
    return directory::Caller::fromMe(m_session.me());
}

void CliApp::inviteMember()
{
    // Known before sending, in the words Sentry would answer with (notes 3.2).
    if (!mayGiveRole(caller(), m_session.me(), m_call.role)) {
        fail(Exit::PermissionDenied,
             l10n::sentryText(QString::fromUtf8(QT_TRANSLATE_NOOP(
                 "Sentry", "You do not have permission to set that org-level role"))));
        return;
    }
    InviteMember invite;
    invite.email = m_call.operand;
    invite.orgRole = m_call.role;
    for (const QString &team : std::as_const(m_call.teams))
        invite.teamRoles.append(roles::parseTeam(team));
    invite.sendInvite = !m_call.noEmail;
    runOperation(ops::Operation(invite, invite.email));
}

void CliApp::updateMember(const Member &member)
{
    // Sentry replaces the whole team list: the teams not named are kept as they are.
    const QList<TeamRoleAssignment> current = roles::teamsAfter(member, {}, {});
    QList<TeamRoleAssignment> add;
    for (const QString &text : std::as_const(m_call.teams))
        add.append(roles::parseTeam(text));
    const QList<TeamRoleAssignment> teams = roles::teamsAfter(member, add, m_call.removeTeams);

    UpdateMemberRoles update;
    update.memberId = member.id;
    if (!m_call.role.isEmpty() && m_call.role != member.orgRole) {
        // A role change needs member:admin and a target and a role within the caller's reach
        // (notes 3.3); teams alone do not.
        if (!permitted(directory::canEditRoles(caller(), directory::DirectoryMember::from(member))))
            return;
        if (!mayGiveRole(caller(), m_session.me(), m_call.role)) {
            fail(Exit::PermissionDenied,
                 l10n::sentryText(QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "Sentry", "You do not have permission to assign the given role."))));
            return;
        }
        update.orgRole = m_call.role;
    }
    update.teamRoles = teams;
    if (!update.orgRole && roles::sameTeams(teams, current)) {
        printTo(
            stderr,
            tr("Nothing to change: %1 already has that role and those teams.\n").arg(member.email));
        done(Exit::Ok);
        return;
    }
    // The member was just read in full: that is the state before, not read again.
    ops::TargetState before;
    before.known = true;
    before.members = {member};
    runOperation(ops::Operation(update, member.email), before);
}

void CliApp::reinviteMember(const Member &member)
{
    if (!permitted(directory::canResendInvite(caller(), directory::DirectoryMember::from(member))))
        return;
    ResendInvite resend;
    resend.memberId = member.id;
    resend.regenerate = member.expired; // an expired link needs a new one
    runOperation(ops::Operation(resend, member.email));
}

void CliApp::removeMember(const Member &member)
{
    // How many others could manage the organization is not read here: when this is the last
    // owner or manager, Sentry says so.
    if (!permitted(directory::canRemove(caller(), directory::DirectoryMember::from(member),
                                        std::numeric_limits<int>::max())))
        return;
    const ops::Operation removal(ops::RemoveMember{member.id}, member.email);
    if (!m_call.dryRun && !m_call.yes &&
        !confirmed(tr("Remove %1 from the organization %2?")
                       .arg(member.email, m_session.settings().organization)))
        return;
    runOperation(removal);
}

bool CliApp::confirmed(const QString &question)
{
    if (!m_terminal.stdinIsTerminal) {
        fail(Exit::ConfirmationNeeded,
             tr("%1 Without a terminal to ask on, pass --yes.").arg(question));
        return false;
    }
    printTo(stderr, question + QStringLiteral(" [y/N] "));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes"))
        return true;
    printTo(stderr, tr("Nothing was changed.\n"));
    done(Exit::Ok);
    return false;
}

void CliApp::runOperation(const ops::Operation &operation, const ops::TargetState &before)
{
    if (m_call.dryRun) {
        // Sentry's own rules first, as a run would check them; then the request, unsent.
        const FieldErrors problems = operation.validate();
        if (!problems.isEmpty()) {
            fail(Exit::InvalidInput, l10n::sentryText(problems.value(problems.firstKey())),
                 ApiError::validation(problems));
            return;
        }
        printTo(stdout,
                ops::previewRequest(m_session.settings(), operation).curl() + QLatin1Char('\n'));
        done(Exit::Ok);
        return;
    }
    auto *run = ops::OperationRun::forSession(&m_session, operation, this);
    m_run = run;
    if (before.known)
        run->setBefore(before);
    QObject::connect(
        run, &ops::OperationRun::finished, this,
        [this, operation](const ops::RunOutcome &outcome) { printOutcome(operation, outcome); });
    run->start();
}

void CliApp::printOutcome(const ops::Operation &operation, const ops::RunOutcome &outcome)
{
    // Interrupted: the outcome as far as it is known (unknown once sent), with exit 130.
    const Exit exit = m_interrupted ? Exit::Interrupted : exitForOutcome(outcome);
    const QJsonObject record{
        {QStringLiteral("operation"), ops::kindName(operation.kind())},
        {QStringLiteral("target"), operation.target()},
        {QStringLiteral("outcome"), ops::changeOutcomeName(outcome.kind)},
        {QStringLiteral("message"), outcome.message},
        {QStringLiteral("before"),
         outcome.before.known ? QJsonValue(outcome.before.toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("after"),
         outcome.after.known ? QJsonValue(outcome.after.toJson()) : QJsonValue(QJsonValue::Null)},
    };
    if (exit != Exit::Ok) {
        // The failure on stderr, with what became of the change; stdout stays empty.
        ApiError error = outcome.error;
        m_failureOutcome = ops::changeOutcomeName(outcome.kind);
        fail(exit, outcome.message, error);
        return;
    }
    if (m_call.format == Format::Json || m_call.format == Format::Jsonl) {
        printObject(record);
    } else {
        printTo(
            stdout,
            QStringLiteral("%1: %2\n").arg(ops::changeOutcomeName(outcome.kind), outcome.message));
    }
    done(Exit::Ok);
}

} // namespace sm::cli
