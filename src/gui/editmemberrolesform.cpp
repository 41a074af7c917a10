// SPDX-License-Identifier: MIT
#include "gui/editmemberrolesform.h"

#include "core/roles.h"
#include "core/validation.h"
#include "gui/rolepicker.h"
#include "gui/teampicker.h"
#include "ui_editmemberrolesform.h"

#include <QPushButton>

namespace sm::gui {

EditMemberRolesForm::EditMemberRolesForm(Session *session, directory::MemberDirectory *store,
                                         DialogPresenter *presenter, QWidget *parent)
    : TaskForm(session, store, presenter, parent)
    , m_ui(std::make_unique<Ui::EditMemberRolesForm>())
{
    setObjectName(QStringLiteral("editMemberRolesForm"));
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content, tr("&Save changes"));
    fields().addField(QStringLiteral("memberId"), m_ui->memberEdit);
    fields().addField(QStringLiteral("orgRole"), m_ui->orgRoleCombo);
    fields().addField(QStringLiteral("teamRoles"), m_ui->teamPicker);
    m_ui->teamPicker->setAccessibleName(tr("Teams"));
    m_ui->orgRoleCombo->setEnabled(false);
    m_ui->resendButton->setVisible(false);
    m_ui->memberInfoLabel->setVisible(false);

    connect(m_ui->loadButton, &QPushButton::clicked, this, &EditMemberRolesForm::load);
    // Enter in the member field loads rather than saves.
    disconnect(m_ui->memberEdit, &QLineEdit::returnPressed, this, nullptr);
    connect(m_ui->memberEdit, &QLineEdit::returnPressed, this, &EditMemberRolesForm::load);
    connect(m_ui->resendButton, &QPushButton::clicked, this,
            &EditMemberRolesForm::resendInvitation);
    connect(store, &directory::MemberDirectory::teamListChanged, this,
            &EditMemberRolesForm::showTeams);
}

bool EditMemberRolesForm::isLoading() const
{
    return teamsLoading();
}

void EditMemberRolesForm::showTeams()
{
    if (const std::optional<QList<Team>> teams = showStoreTeams(m_ui->teamPicker)) {
        m_teams = *teams;
        fillTeams();
    }
}

EditMemberRolesForm::~EditMemberRolesForm() = default;

QWidget *EditMemberRolesForm::firstField() const
{
    return m_ui->memberEdit;
}

void EditMemberRolesForm::refresh()
{
    m_member.reset();
    m_ui->memberInfoLabel->setVisible(false);
    m_ui->resendButton->setVisible(false);
    m_ui->orgRoleCombo->clear();
    m_ui->orgRoleCombo->setEnabled(false);
    m_ui->roleDescriptionLabel->clear();
    m_teams.clear();
    m_ui->teamPicker->setPlaceholder(QString());
    m_ui->teamPicker->setEnabled(false);
    if (session()->state() != Session::State::Connected)
        return;
    showTeams();
}

void EditMemberRolesForm::load()
{
    if (isBusy())
        return;
    fields().clear();
    const QString text = m_ui->memberEdit->text().trimmed();
    if (validation::isNumericId(text)) {
        loadById(text);
        return;
    }
    if (text.isEmpty() || !validation::isValidEmail(text)) {
        reject({{QStringLiteral("memberId"),
                 {text.isEmpty() ? tr("Enter the member's email address or member id.")
                                 : validation::text::invalidEmail()}}});
        return;
    }
    run(client()->listMembers(QStringLiteral("email:") + text), tr("Looking up %1…").arg(text),
        [this, text](const MemberListResult &result) {
            if (result.value.isEmpty()) {
                reject({{QStringLiteral("memberId"),
                         {tr("No member or invitation uses %1 in this organization.").arg(text)}}});
            } else {
                loadById(result.value.first().id);
            }
        });
}

void EditMemberRolesForm::openMember(const QString &memberId, const QString &email)
{
    if (isBusy())
        return;
    fields().clear();
    m_ui->memberEdit->setText(email.isEmpty() ? memberId : email);
    loadById(memberId);
}

void EditMemberRolesForm::loadById(const QString &memberId)
{
    run(client()->getMember(memberId), tr("Loading member %1…").arg(memberId),
        [this](const MemberResult &result) { showMember(result.value); });
}

void EditMemberRolesForm::failureReported(const ApiError &error)
{
    // The member is gone (removed meanwhile, or a wrong id): say so on the member field.
    if (error.kind == ApiError::Kind::NotFound)
        fields().show({{QStringLiteral("memberId"), {error.message}}});
}

void EditMemberRolesForm::showMember(const Member &member)
{
    m_member = member;
    const QList<RoleInfo> &roles = session()->me().orgRoleList;
    QString state;
    if (member.pending)
        state = member.expired ? tr("invitation expired") : tr("invitation pending");
    else
        state = tr("member");
    const QString who = nameAndEmail(member.name, member.email);
    m_ui->memberInfoLabel->setText(
        tr("%1 · member id %2 · %3 · %4")
            .arg(who, member.id, rolepicker::displayName(roles, member.orgRole), state));
    m_ui->memberInfoLabel->setVisible(true);

    rolepicker::fill(m_ui->orgRoleCombo, roles, member.orgRole);
    rolepicker::describeIn(m_ui->orgRoleCombo, m_ui->roleDescriptionLabel, roles);
    const bool restricted = member.isRoleRestricted();
    const bool integration = session()->isIntegrationToken();
    m_ui->orgRoleCombo->setEnabled(!restricted && !integration);
    // Why the role cannot change, said where the role is, before anything is sent.
    QString why;
    if (integration)
        why = tr("An integration token cannot change organization roles: Sentry needs a user "
                 "token with the member:admin scope. Teams can still be changed.");
    else if (restricted)
        why = tr("This member's organization role is managed by your identity provider.");
    m_ui->orgRoleCombo->setToolTip(why);
    m_ui->orgRoleCombo->setAccessibleDescription(why);
    if (!why.isEmpty()) {
        m_ui->roleDescriptionLabel->setText(why);
        m_ui->roleDescriptionLabel->setVisible(true);
    }
    m_ui->resendButton->setVisible(member.pending);
    fillTeams();
}

void EditMemberRolesForm::fillTeams()
{
    // An organization without teams keeps the picker's explanation, unless the member
    // lists teams of their own.
    if (!m_teams.isEmpty() || (m_member && !m_member->teamRoles.isEmpty()))
        m_ui->teamPicker->setTeams(m_teams);
    if (m_member)
        m_ui->teamPicker->setAssignments(m_member->teamRoles);
    m_ui->teamPicker->setEnabled(m_member.has_value());
}

std::optional<ops::Operation> EditMemberRolesForm::operationToSend() const
{
    if (!m_member)
        return std::nullopt;
    UpdateMemberRoles update;
    update.memberId = m_member->id;
    const QString role = m_ui->orgRoleCombo->currentData().toString();
    if (!role.isEmpty() && role != m_member->orgRole)
        update.orgRole = role;
    update.teamRoles = m_ui->teamPicker->assignments();
    return ops::Operation(update, who());
}

void EditMemberRolesForm::submit()
{
    if (!m_member) {
        reject({{QStringLiteral("memberId"), {tr("Load a member first.")}}});
        return;
    }
    const ops::Operation operation = *operationToSend();
    if (reject(validation::validate(*operation.as<UpdateMemberRoles>())))
        return;
    const QString previousRole = m_member->orgRole;
    runOperation(operation, tr("Saving…"), [this, previousRole](const ops::RunOutcome &outcome) {
        const Member *member = outcome.after.member(m_member->id);
        if (!member) {
            reportSuccess(outcome.message, outcome.rawBody);
            return;
        }
        const QList<RoleInfo> &roles = session()->me().orgRoleList;
        const QString name = member->name.isEmpty() ? member->email : member->name;
        const QString role = rolepicker::displayName(roles, member->orgRole);
        const QString roleText = member->orgRole != previousRole
                                     ? tr("%1 is now %2").arg(name, role)
                                     : tr("%1 stays %2").arg(name, role);
        reportSuccess(
            tr("%1; %2.").arg(roleText,
                              (member->teamRoles.isEmpty()
                                   ? roles::describeTeams({})
                                   : tr("teams: %1").arg(roles::describeTeams(member->teamRoles)))),
            outcome.rawBody);
    });
}

void EditMemberRolesForm::changeConfirmed(const ops::RunOutcome &outcome)
{
    if (!m_member)
        return;
    if (const Member *member = outcome.after.member(m_member->id))
        showMember(*member);
}

QString EditMemberRolesForm::who() const
{
    if (!m_member)
        return {};
    return m_member->name.isEmpty() ? m_member->email : m_member->name;
}

void EditMemberRolesForm::resendInvitation()
{
    if (!m_member || !m_member->pending || isBusy())
        return;
    const ResendInvite resend{m_member->id, m_member->expired};
    const QString email = m_member->email;
    runOperation(ops::Operation(resend, email), tr("Sending the invitation again…"),
                 [this, email, resend](const ops::RunOutcome &outcome) {
                     reportSuccess(resend.regenerate
                                       ? tr("A new invitation link was sent to %1.").arg(email)
                                       : tr("The invitation was sent to %1 again.").arg(email),
                                   outcome.rawBody);
                 });
}

} // namespace sm::gui
