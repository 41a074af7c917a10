// SPDX-License-Identifier: MIT
#include "gui/selectionchangedialog.h"

#include "gui/rolepicker.h"
#include "ui_selectionchangedialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace sm::gui {

namespace {

// "ada@example.com, bob@example.com and 3 more": enough to recognise the selection.
QString summary(const QStringList &members)
{
    constexpr int shown = 3;
    const QStringList first = members.mid(0, shown);
    if (members.size() <= shown)
        return first.join(QLatin1String(", "));
    return SelectionChangeDialog::tr("%1 and %2 more")
        .arg(first.join(QLatin1String(", ")))
        .arg(members.size() - shown);
}

} // namespace

SelectionChangeDialog::SelectionChangeDialog(const QStringList &members, const Member &me,
                                             const QList<Team> &teams, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SelectionChangeDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("selectionChangeDialog"));
    setWindowTitle(members.size() == 1 ? tr("Change the selected member")
                                       : tr("Change %1 selected members").arg(members.size()));
    m_ui->membersLabel->setText(summary(members));
    m_check = m_ui->buttonBox->addButton(tr("&Check…"), QDialogButtonBox::AcceptRole);
    m_check->setObjectName(QStringLiteral("checkSelectionButton"));
    m_check->setDefault(true);

    rolepicker::fill(m_ui->roleCombo, me.orgRoleList, QStringLiteral("member"));
    for (const Team &team : teams) {
        m_ui->addTeamCombo->addItem(team.slug, team.slug);
        m_ui->removeTeamCombo->addItem(team.slug, team.slug);
    }
    // Team roles exist only where Sentry sends the organization's team role list.
    m_ui->teamRoleCombo->addItem(tr("The team's default"), QString());
    for (const RoleInfo &role : me.teamRoleList)
        m_ui->teamRoleCombo->addItem(rolepicker::teamRoleName(role.id), role.id);
    m_ui->teamRoleLabel->setVisible(!me.teamRoleList.isEmpty());
    m_ui->teamRoleCombo->setVisible(!me.teamRoleList.isEmpty());
    if (teams.isEmpty()) {
        const QString none = tr("This organization has no teams.");
        for (QRadioButton *w : {m_ui->addTeamRadio, m_ui->removeTeamRadio}) {
            w->setEnabled(false);
            w->setToolTip(none);
            w->setAccessibleDescription(none);
        }
    }
    for (QRadioButton *radio : {m_ui->roleRadio, m_ui->addTeamRadio, m_ui->removeTeamRadio,
                                m_ui->resendRadio, m_ui->removeRadio})
        connect(radio, &QRadioButton::toggled, this, &SelectionChangeDialog::updateEnabled);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this,
            &SelectionChangeDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

SelectionChangeDialog::~SelectionChangeDialog() = default;

void SelectionChangeDialog::updateEnabled()
{
    // Each choice's fields, with their labels, only while it is chosen.
    const bool role = m_ui->roleRadio->isChecked();
    const bool add = m_ui->addTeamRadio->isChecked();
    const bool remove = m_ui->removeTeamRadio->isChecked();
    using Widgets = std::initializer_list<QWidget *>;
    for (QWidget *w : Widgets{m_ui->roleLabel, m_ui->roleCombo})
        w->setEnabled(role);
    for (QWidget *w :
         Widgets{m_ui->addTeamLabel, m_ui->addTeamCombo, m_ui->teamRoleLabel, m_ui->teamRoleCombo})
        w->setEnabled(add);
    for (QWidget *w : Widgets{m_ui->removeTeamLabel, m_ui->removeTeamCombo})
        w->setEnabled(remove);
    // Nothing to check without a role the caller may give.
    m_check->setEnabled(!role || rolepicker::chosenIsAssignable(m_ui->roleCombo));
}

bulk::SelectionChange SelectionChangeDialog::change() const
{
    using What = bulk::SelectionChange::What;
    bulk::SelectionChange change;
    if (m_ui->roleRadio->isChecked()) {
        change.what = What::SetRole;
        change.role = m_ui->roleCombo->currentData().toString();
    } else if (m_ui->addTeamRadio->isChecked()) {
        change.what = What::AddTeam;
        change.team = m_ui->addTeamCombo->currentData().toString();
        change.teamRole = m_ui->teamRoleCombo->currentData().toString();
    } else if (m_ui->removeTeamRadio->isChecked()) {
        change.what = What::RemoveTeam;
        change.team = m_ui->removeTeamCombo->currentData().toString();
    } else if (m_ui->resendRadio->isChecked()) {
        change.what = What::Resend;
    } else {
        change.what = What::Remove;
    }
    return change;
}

} // namespace sm::gui
