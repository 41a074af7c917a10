// SPDX-License-Identifier: MIT
#include "gui/scimprovisionform.h"

#include "core/validation.h"
#include "gui/rolepicker.h"
#include "ui_scimprovisionform.h"

namespace sm::gui {

ScimProvisionForm::ScimProvisionForm(Session *session, directory::MemberDirectory *store,
                                     DialogPresenter *presenter, QWidget *parent)
    : TaskForm(session, store, presenter, parent)
    , m_ui(std::make_unique<Ui::ScimProvisionForm>())
{
    setObjectName(QStringLiteral("scimProvisionForm"));
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content, tr("&Provision"));
    fields().addField(QStringLiteral("userName"), m_ui->userNameEdit);
    fields().addField(QStringLiteral("sentryOrgRole"), m_ui->orgRoleCombo);
}

ScimProvisionForm::~ScimProvisionForm() = default;

QWidget *ScimProvisionForm::firstField() const
{
    return m_ui->userNameEdit;
}

void ScimProvisionForm::refresh()
{
    // SCIM may set any role without org:admin; the caller's own limits do not apply, the
    // SCIM token's do. Owner is never offered.
    QList<RoleInfo> roles = session()->me().orgRoleList;
    for (RoleInfo &role : roles)
        role.allowed = true;
    const QString keep = m_ui->orgRoleCombo->currentData().toString();
    rolepicker::fill(m_ui->orgRoleCombo, roles, keep, {QStringLiteral("owner")});
    m_ui->orgRoleCombo->insertItem(0, tr("Organization default"), QString());
    m_ui->orgRoleCombo->setCurrentIndex(qMax(0, m_ui->orgRoleCombo->findData(keep)));
    rolepicker::describeIn(m_ui->orgRoleCombo, m_ui->roleDescriptionLabel, roles);
}

std::optional<ops::Operation> ScimProvisionForm::operationToSend() const
{
    return ops::Operation(ProvisionScimUser{m_ui->userNameEdit->text().trimmed(),
                                            m_ui->orgRoleCombo->currentData().toString()});
}

void ScimProvisionForm::submit()
{
    const ops::Operation operation = *operationToSend();
    const ProvisionScimUser provision = *operation.as<ProvisionScimUser>();
    if (reject(validation::validate(provision)))
        return;
    runOperation(
        operation, tr("Provisioning %1…").arg(provision.userName),
        [this, provision](const ops::RunOutcome &outcome) {
            const ScimUser user =
                outcome.after.scimUsers.isEmpty() ? ScimUser{} : outcome.after.scimUsers.last();
            const QString userName = user.userName.isEmpty() ? provision.userName : user.userName;
            const QString role =
                rolepicker::displayName(session()->me().orgRoleList, user.sentryOrgRole);
            const QString summary =
                provision.sentryOrgRole.isEmpty()
                    ? tr("Provisioned %1 through SCIM with the organization's default role (%2).")
                          .arg(userName, role)
                    : tr("Provisioned %1 through SCIM as %2; the role is now managed by your "
                         "identity provider.")
                          .arg(userName, role);
            reportSuccess(summary, outcome.rawBody);
        });
}

void ScimProvisionForm::changeConfirmed(const ops::RunOutcome &outcome)
{
    Q_UNUSED(outcome)
    m_ui->userNameEdit->clear();
    m_ui->userNameEdit->setFocus();
}

} // namespace sm::gui
