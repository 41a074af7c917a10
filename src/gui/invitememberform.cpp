// SPDX-License-Identifier: MIT
#include "gui/invitememberform.h"

#include "core/validation.h"
#include "gui/rolepicker.h"
#include "gui/teampicker.h"
#include "ui_invitememberform.h"

namespace sm::gui {

InviteMemberForm::InviteMemberForm(Session *session, directory::MemberDirectory *store,
                                   DialogPresenter *presenter, QWidget *parent)
    : TaskForm(session, store, presenter, parent)
    , m_ui(std::make_unique<Ui::InviteMemberForm>())
{
    setObjectName(QStringLiteral("inviteMemberForm"));
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content, tr("&Invite"));
    fields().addField(QStringLiteral("email"), m_ui->emailEdit);
    fields().addField(QStringLiteral("orgRole"), m_ui->orgRoleCombo);
    fields().addField(QStringLiteral("teamRoles"), m_ui->teamPicker);
    m_ui->teamPicker->setAccessibleName(tr("Teams"));
    // Sentry stores no team role on an invitation: invitees join as contributors.
    m_ui->teamPicker->setRolesShown(false);
    connect(store, &directory::MemberDirectory::teamListChanged, this,
            &InviteMemberForm::showTeams);
}

bool InviteMemberForm::isLoading() const
{
    return teamsLoading();
}

void InviteMemberForm::showTeams()
{
    showStoreTeams(m_ui->teamPicker);
}

InviteMemberForm::~InviteMemberForm() = default;

QWidget *InviteMemberForm::firstField() const
{
    return m_ui->emailEdit;
}

void InviteMemberForm::refresh()
{
    const bool integration = session()->isIntegrationToken();
    const QList<RoleInfo> roles =
        integration ? rolepicker::integrationInviteRoles() : session()->me().orgRoleList;
    const QString keep = m_ui->orgRoleCombo->currentData().toString();
    rolepicker::fill(m_ui->orgRoleCombo, roles,
                     keep.isEmpty() || integration ? QStringLiteral("member") : keep, {},
                     integration ? rolepicker::integrationInviteReason() : QString());
    m_ui->orgRoleCombo->setToolTip(integration ? rolepicker::integrationInviteReason() : QString());
    m_ui->orgRoleCombo->setAccessibleDescription(m_ui->orgRoleCombo->toolTip());
    rolepicker::describeIn(m_ui->orgRoleCombo, m_ui->roleDescriptionLabel, roles);

    showTeams();
}

void InviteMemberForm::changeConfirmed(const ops::RunOutcome &outcome)
{
    Q_UNUSED(outcome)
    resetForNextInvitation();
}

void InviteMemberForm::resetForNextInvitation()
{
    // The next person starts from the defaults: an elevated role or a team carried over
    // from the previous invitation is easy to miss. (A failure keeps everything instead.)
    m_ui->emailEdit->clear();
    const int member = m_ui->orgRoleCombo->findData(QStringLiteral("member"));
    if (member >= 0)
        m_ui->orgRoleCombo->setCurrentIndex(member);
    m_ui->teamPicker->clearAssignments();
    m_ui->sendInviteCheck->setChecked(true);
    m_ui->emailEdit->setFocus();
}

InviteMember InviteMemberForm::currentInput() const
{
    InviteMember invite;
    invite.email = m_ui->emailEdit->text().trimmed();
    invite.orgRole = m_ui->orgRoleCombo->currentData().toString();
    invite.sendInvite = m_ui->sendInviteCheck->isChecked();
    invite.teamRoles = m_ui->teamPicker->assignments();
    return invite;
}

std::optional<ops::Operation> InviteMemberForm::operationToSend() const
{
    return ops::Operation(currentInput());
}

void InviteMemberForm::submit()
{
    const InviteMember invite = currentInput();
    if (reject(validation::validate(invite)))
        return;
    runOperation(*operationToSend(), tr("Inviting %1…").arg(invite.email),
                 [this, invite](const ops::RunOutcome &outcome) { onInvited(outcome, invite); });
}

void InviteMemberForm::onInvited(const ops::RunOutcome &outcome, const InviteMember &invite)
{
    const QList<RoleInfo> &roles = session()->me().orgRoleList;
    const Member *invited = outcome.after.memberByEmail(invite.email);
    const QString email = invited ? invited->email : invite.email;
    const QString role = rolepicker::displayName(
        roles, !invited || invited->orgRole.isEmpty() ? invite.orgRole : invited->orgRole);
    QStringList teams;
    for (const TeamRoleAssignment &team : invite.teamRoles)
        teams.append(tr("%1 (Contributor)").arg(team.teamSlug));
    QString summary =
        invite.sendInvite
            ? tr("Invitation sent to %1 as %2").arg(email, role)
            : tr("Added %1 as %2 without sending an invitation email").arg(email, role);
    summary += teams.isEmpty() ? tr("; no teams.")
                               : tr("; teams: %1.").arg(teams.join(QLatin1String(", ")));
    reportSuccess(summary, outcome.rawBody);
}

} // namespace sm::gui
