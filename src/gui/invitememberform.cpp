#include "gui/invitememberform.h"

#include "core/validation.h"
#include "gui/rolepicker.h"
#include "ui_invitememberform.h"

namespace sm::gui {

InviteMemberForm::InviteMemberForm(Session *session, DialogPresenter *presenter, QWidget *parent)
    : TaskForm(session, presenter, parent)
    , m_ui(std::make_unique<Ui::InviteMemberForm>())
{
    setObjectName(QStringLiteral("inviteMemberForm"));
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content, tr("&Invite"));
    fields().addField(QStringLiteral("email"), m_ui->emailEdit);
    fields().addField(QStringLiteral("orgRole"), m_ui->orgRoleCombo);
    fields().addField(QStringLiteral("teamRoles"), m_ui->teamList);
    m_ui->teamList->setAccessibleName(tr("Teams"));
    m_ui->teamList->setMaximumHeight(170);
}

InviteMemberForm::~InviteMemberForm() = default;

QWidget *InviteMemberForm::firstField() const
{
    return m_ui->emailEdit;
}

void InviteMemberForm::refresh()
{
    const QList<RoleInfo> roles = session()->me().orgRoleList;
    const QString keep = m_ui->orgRoleCombo->currentData().toString();
    rolepicker::fill(m_ui->orgRoleCombo, roles, keep.isEmpty() ? QStringLiteral("member") : keep);
    rolepicker::describeIn(m_ui->orgRoleCombo, m_ui->roleDescriptionLabel, roles);

    if (m_teamsJob)
        m_teamsJob->cancel();
    if (session()->state() != Session::State::Connected)
        return;
    m_ui->teamList->clear();
    m_ui->teamList->addItem(tr("Loading teams…"));
    m_teamsJob = client()->listTeams();
    connect(m_teamsJob, &TeamListJob::finished, this, [this](const TeamListResult &result) {
        if (result.error.isCancelled())
            return;
        m_ui->teamList->clear();
        if (!result.ok()) {
            m_ui->teamList->addItem(tr("Teams could not be loaded: %1").arg(result.error.message));
            return;
        }
        for (const Team &team : result.value) {
            auto *item = new QListWidgetItem(
                team.name == team.slug ? team.slug
                                       : QStringLiteral("%1 (%2)").arg(team.name, team.slug),
                m_ui->teamList);
            item->setData(Qt::UserRole, team.slug);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    });
}

InviteMember InviteMemberForm::currentInput() const
{
    InviteMember invite;
    invite.email = m_ui->emailEdit->text().trimmed();
    invite.orgRole = m_ui->orgRoleCombo->currentData().toString();
    invite.sendInvite = m_ui->sendInviteCheck->isChecked();
    for (int i = 0; i < m_ui->teamList->count(); ++i) {
        const QListWidgetItem *item = m_ui->teamList->item(i);
        if (item->checkState() == Qt::Checked)
            invite.teamRoles.append({item->data(Qt::UserRole).toString(), QString()});
    }
    return invite;
}

void InviteMemberForm::submit()
{
    const InviteMember invite = currentInput();
    if (reject(validation::validate(invite)))
        return;
    MemberJob *job = client()->inviteMember(invite);
    track(job, tr("Inviting %1…").arg(invite.email));
    connect(job, &MemberJob::finished, this,
            [this, invite](const MemberResult &result) { onInvited(result, invite); });
}

void InviteMemberForm::onInvited(const MemberResult &result, const InviteMember &invite)
{
    finishTracking();
    if (!result.ok()) {
        reportFailure(result.error, result.rawBody);
        return;
    }
    const QList<RoleInfo> &roles = session()->me().orgRoleList;
    const QString role = rolepicker::displayName(
        roles, result.value.orgRole.isEmpty() ? invite.orgRole : result.value.orgRole);
    QStringList teams;
    for (const TeamRoleAssignment &team : invite.teamRoles)
        teams.append(tr("%1 (Contributor)").arg(team.teamSlug));
    QString summary = invite.sendInvite
                          ? tr("Invitation sent to %1 as %2").arg(result.value.email, role)
                          : tr("Added %1 as %2 without sending an invitation email")
                                .arg(result.value.email, role);
    summary += teams.isEmpty() ? tr("; no teams.")
                               : tr("; teams: %1.").arg(teams.join(QLatin1String(", ")));
    reportSuccess(summary, result.rawBody);
    // Ready for the next invitation: same role and teams, a new address.
    m_ui->emailEdit->clear();
    m_ui->emailEdit->setFocus();
}

} // namespace sm::gui
