// SPDX-License-Identifier: MIT
#include "gui/teampicker.h"

#include "gui/rolepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace sm::gui {

namespace {
enum Column
{
    CheckColumn = 0,
    LabelColumn = 1,
    RoleColumn = 2
};
// Rows shown without scrolling: the demo's eight teams, and most organizations' teams fit.
constexpr int preferredRows = 8;
constexpr int minimumRows = 3;

QString displayName(const Team &team)
{
    return team.name.isEmpty() || team.name == team.slug
               ? team.slug
               : QStringLiteral("%1 (%2)").arg(team.name, team.slug);
}
} // namespace

TeamPicker::TeamPicker(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_grid(new QGridLayout)
    , m_placeholder(new QLabel(m_content))
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab skips the area itself once it has teams (its focus proxy is the first team), and
    // focus given to it by a label's mnemonic or a field message goes to that team.
    setFocusPolicy(Qt::TabFocus);
    m_content->setObjectName(QStringLiteral("teamPickerContent"));
    m_placeholder->setObjectName(QStringLiteral("teamPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_placeholder->setVisible(false);
    m_grid->setColumnStretch(CheckColumn, 1);
    m_grid->setVerticalSpacing(2);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *column = new QVBoxLayout(m_content);
    column->addWidget(m_placeholder);
    column->addLayout(m_grid);
    column->addStretch(1);
    setWidget(m_content);
}

TeamPicker::~TeamPicker() = default;

void TeamPicker::setRolesShown(bool shown)
{
    m_rolesShown = shown;
    for (const Row &row : std::as_const(m_rows))
        updateRow(row);
}

void TeamPicker::clearRows()
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.check;
        delete row.roleLabel;
        delete row.role;
    }
    m_rows.clear();
    setFocusProxy(nullptr);
}

void TeamPicker::setPlaceholder(const QString &text)
{
    clearRows();
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    updateGeometry();
}

void TeamPicker::showLoading()
{
    setPlaceholder(tr("Loading teams…"));
}

bool TeamPicker::showLoaded(const TeamListResult &result)
{
    if (result.error.isCancelled())
        return false;
    if (!result.ok())
        setPlaceholder(tr("Teams could not be loaded: %1").arg(result.error.message));
    else if (result.value.isEmpty())
        setPlaceholder(tr("This organization has no teams yet."));
    else
        setTeams(result.value);
    return result.ok();
}

void TeamPicker::setTeams(const QList<Team> &teams)
{
    // The same teams again (after a save, say): keep the widgets, so keyboard focus stays
    // where the user left it.
    const bool same = teams.size() == m_rows.size() &&
                      std::equal(teams.cbegin(), teams.cend(), m_rows.cbegin(),
                                 [](const Team &team, const Row &row) {
                                     return team.slug == row.slug &&
                                            team.idpProvisioned == row.managed &&
                                            row.check->text().startsWith(displayName(team));
                                 });
    if (same && !m_placeholder->isVisible()) {
        clearAssignments();
        return;
    }
    clearRows();
    m_placeholder->setVisible(false);
    for (const Team &team : teams)
        addRow(team);
    updateFocusProxy();
    updateGeometry();
}

void TeamPicker::addRow(const Team &team)
{
    Row row;
    row.slug = team.slug;
    row.managed = team.idpProvisioned;
    const int index = int(m_rows.size());
    // A team the identity provider manages says so in its row, not only in a tooltip.
    row.check = new QCheckBox(
        row.managed ? tr("%1 · managed by your identity provider").arg(displayName(team))
                    : displayName(team),
        m_content);
    row.check->setObjectName(QStringLiteral("team_") + team.slug);
    row.role = new QComboBox(m_content);
    row.role->setObjectName(QStringLiteral("teamRole_") + team.slug);
    for (const QString &role : {QString(), QStringLiteral("contributor"), QStringLiteral("admin")})
        row.role->addItem(rolepicker::teamRoleName(role), role);
    row.role->setToolTip(tr("Team role in %1").arg(team.slug));
    // On Linux a combo box is announced by its label and its current entry (Qt ignores an
    // accessible name there), so each one gets a label of its own naming its team. It stays
    // hidden: the row already shows the team beside the combo.
    row.roleLabel = new QLabel(tr("Team role in %1:").arg(team.slug), m_content);
    row.roleLabel->setObjectName(QStringLiteral("teamRoleLabel_") + team.slug);
    row.roleLabel->setBuddy(row.role);
    row.roleLabel->setVisible(false);
    if (row.managed) {
        const QString why = tr("Membership of this team is managed by your identity provider.");
        row.check->setToolTip(why);
        row.role->setAccessibleDescription(why);
    }
    m_grid->addWidget(row.check, index, CheckColumn);
    m_grid->addWidget(row.roleLabel, index, LabelColumn);
    m_grid->addWidget(row.role, index, RoleColumn);
    connect(row.check, &QCheckBox::toggled, this, [this, slug = team.slug] {
        for (const Row &r : std::as_const(m_rows)) {
            if (r.slug == slug)
                updateRow(r);
        }
        emit changed();
    });
    connect(row.role, &QComboBox::currentIndexChanged, this, &TeamPicker::changed);
    m_rows.append(row);
    updateRow(row);
}

void TeamPicker::updateRow(const Row &row)
{
    // Membership of a team the identity provider manages cannot be changed here, and a role
    // only means something for a team the member is in.
    row.check->setEnabled(!row.managed);
    row.role->setVisible(m_rolesShown);
    row.role->setEnabled(!row.managed && row.check->isChecked());
}

void TeamPicker::updateFocusProxy()
{
    // Rows are created after the form's other widgets, so they are moved into the tab chain
    // right after this area: team, its role, next team, and on to what follows the area.
    setFocusProxy(nullptr);
    QWidget *previous = this;
    for (const Row &row : std::as_const(m_rows)) {
        setTabOrder(previous, row.check);
        setTabOrder(row.check, row.role);
        previous = row.role;
    }
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.managed) {
            setFocusProxy(row.check);
            return;
        }
    }
    setFocusProxy(nullptr);
}

void TeamPicker::setAssignments(const QList<TeamRoleAssignment> &assignments)
{
    for (const TeamRoleAssignment &assignment : assignments) {
        if (!checkBox(assignment.teamSlug))
            addRow(Team{QString(), assignment.teamSlug, assignment.teamSlug, 0, false});
    }
    for (const Row &row : std::as_const(m_rows)) {
        const auto found =
            std::find_if(assignments.cbegin(), assignments.cend(),
                         [&](const TeamRoleAssignment &a) { return a.teamSlug == row.slug; });
        const bool member = found != assignments.cend();
        const QSignalBlocker blockCheck(row.check);
        const QSignalBlocker blockRole(row.role);
        row.check->setChecked(member);
        row.role->setCurrentIndex(qMax(0, row.role->findData(member ? found->role : QString())));
        updateRow(row);
    }
    updateFocusProxy();
    updateGeometry();
    emit changed();
}

QList<TeamRoleAssignment> TeamPicker::assignments() const
{
    QList<TeamRoleAssignment> ticked;
    for (const Row &row : m_rows) {
        if (row.check->isChecked())
            ticked.append(
                {row.slug, m_rolesShown ? row.role->currentData().toString() : QString()});
    }
    return ticked;
}

void TeamPicker::clearAssignments()
{
    setAssignments({});
}

QCheckBox *TeamPicker::checkBox(const QString &slug) const
{
    for (const Row &row : m_rows) {
        if (row.slug == slug)
            return row.check;
    }
    return nullptr;
}

QComboBox *TeamPicker::roleCombo(const QString &slug) const
{
    for (const Row &row : m_rows) {
        if (row.slug == slug)
            return row.role;
    }
    return nullptr;
}

int TeamPicker::heightForRows(int rows) const
{
    const QMargins margins = m_content->layout()->contentsMargins();
    int height = margins.top() + margins.bottom() + 2 * frameWidth();
    if (m_rows.isEmpty())
        return height + m_placeholder->sizeHint().height();
    const Row &first = m_rows.constFirst();
    const int rowHeight =
        qMax(first.check->sizeHint().height(), m_rolesShown ? first.role->sizeHint().height() : 0);
    return height + rows * rowHeight + qMax(0, rows - 1) * m_grid->verticalSpacing();
}

QSize TeamPicker::sizeHint() const
{
    const int rows = int(qMin<qsizetype>(m_rows.size(), preferredRows));
    const int width = m_content->sizeHint().width() + 2 * frameWidth() +
                      (m_rows.size() > preferredRows ? verticalScrollBar()->sizeHint().width() : 0);
    return {width, heightForRows(qMax(rows, 1))};
}

QSize TeamPicker::minimumSizeHint() const
{
    const int rows = int(qMin<qsizetype>(m_rows.size(), minimumRows));
    return {QScrollArea::minimumSizeHint().width(), heightForRows(qMax(rows, 1))};
}

} // namespace sm::gui
