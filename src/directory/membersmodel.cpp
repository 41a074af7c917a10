// SPDX-License-Identifier: MIT
#include "directory/membersmodel.h"

#include "core/roles.h"
#include "core/sentryvocabulary.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace sm::directory {

namespace {

// The table names a team role only where it differs from the team's default.
QString teamRoleName(const QString &role)
{
    if (role == QLatin1String("admin") || role == QLatin1String("contributor"))
        return roles::teamRoleName(role);
    return {};
}

} // namespace

MembersModel::MembersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

MembersModel::~MembersModel() = default;

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MembersModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case OrgRole:
        return tr("Org role");
    case Teams:
        return tr("Teams");
    case Status:
        return tr("Status");
    case TwoFactor:
        return tr("2FA");
    case Sso:
        return tr("SSO");
    case IdentityProvider:
        return tr("Identity provider");
    case ExternalLinks:
        return tr("Linked accounts");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

QString MembersModel::statusText(DirectoryMember::Status status)
{
    switch (status) {
    case DirectoryMember::Status::Active:
        return tr("Active");
    case DirectoryMember::Status::Invited:
        return tr("Invited");
    case DirectoryMember::Status::InviteExpired:
        return tr("Invite expired");
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void MembersModel::setRoleNames(const QMap<QString, QString> &names)
{
    m_roleNames = names;
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, OrgRole), index(int(m_rows.size()) - 1, OrgRole));
    if (m_sortColumn == OrgRole) // sorted by the names shown
        placeSorted(0);
}

QString MembersModel::roleName(const QString &roleId) const
{
    const QString name = m_roleNames.value(roleId);
    if (!name.isEmpty())
        return name;
    return roleId.isEmpty() ? roleId : roleId.at(0).toUpper() + roleId.mid(1);
}

QString MembersModel::text(const DirectoryMember &m, int column) const
{
    switch (column) {
    case Name:
        return m.name.isEmpty() ? m.email : m.name;
    case Email:
        return m.email;
    case OrgRole:
        return roleName(m.orgRole);
    case Teams: {
        QStringList teams;
        for (const TeamRoleAssignment &t : m.teams) {
            const QString role = teamRoleName(t.role);
            teams.append(role.isEmpty() ? t.teamSlug : tr("%1 (%2)").arg(t.teamSlug, role));
        }
        return teams.join(QLatin1String(", "));
    }
    case Status:
        return m.unconfirmed.isEmpty() ? statusText(m.status)
                                       : tr("%1, change unconfirmed").arg(statusText(m.status));
    case TwoFactor:
        // An invitation has no account yet, so no second factor to speak of.
        return m.isPending() ? QString() : (m.has2fa ? tr("Yes") : tr("No"));
    case Sso:
        return m.ssoLinked ? tr("Linked") : QString();
    case IdentityProvider:
        if (m.idpProvisioned && m.idpRoleRestricted)
            return tr("Managed, role too");
        return m.idpProvisioned ? tr("Managed")
                                : (m.idpRoleRestricted ? tr("Role managed") : QString());
    case ExternalLinks: {
        QStringList links;
        for (const ExternalUser &link : m.externalUsers) {
            links.append(QStringLiteral("%1 %2").arg(vocabulary::providerDisplayName(link.provider),
                                                     link.externalName));
        }
        return links.join(QLatin1String(", "));
    }
    case Added: {
        const QDateTime when = QDateTime::fromString(m.dateCreated, Qt::ISODateWithMs);
        return when.isValid() ? when.toLocalTime().date().toString(Qt::ISODate) : m.dateCreated;
    }
    default:
        return {};
    }
}

QVariant MembersModel::sortValue(const DirectoryMember &m, int column) const
{
    switch (column) {
    case Status:
        return int(m.status);
    case TwoFactor:
        return m.isPending() ? -1 : int(m.has2fa);
    case Teams:
        return int(m.teams.size());
    case ExternalLinks:
        return int(m.externalUsers.size());
    case Added:
        return m.dateCreated; // ISO 8601 sorts as text
    default:
        return text(m, column).toLower();
    }
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DirectoryMember &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !m.unconfirmed.isEmpty())
            return m.unconfirmed;
        if (index.column() == Status && m.isPending() && !m.inviterName.isEmpty())
            return tr("Invited by %1").arg(m.inviterName);
        return {};
    case SortRole:
        return sortValue(m, index.column());
    case MemberIdRole:
        return m.id;
    default:
        return {};
    }
}

void MembersModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

void MembersModel::appendMembers(const QList<Member> &page)
{
    MemberBatch batch;
    addToBatch(&batch, page);
    appendBatch(std::move(batch));
}

void MembersModel::addToBatch(MemberBatch *batch, const QList<Member> &page) const
{
    QList<DirectoryMember> &rows = batch->m_rows;
    if (rows.isEmpty()) {
        batch->m_sortColumn = m_sortColumn;
        batch->m_sortOrder = m_sortOrder;
        batch->m_ordered = true;
        batch->m_runs.clear();
    }
    const qsizetype earlier = rows.size();
    for (const Member &member : page) {
        // A member can come twice while the list is read: an offset-paged list shifts when
        // someone joins or leaves meanwhile. The later answer wins.
        if (batch->m_ids.contains(member.id)) {
            const auto it = std::find_if(rows.begin(), rows.end(),
                                         [&](const auto &row) { return row.id == member.id; });
            *it = DirectoryMember::from(member);
            batch->m_ordered = false;
            continue;
        }
        batch->m_ids.insert(member.id);
        rows.append(DirectoryMember::from(member));
    }
    if (!batch->m_ordered || m_sortColumn < 0)
        return;
    if (batch->m_sortColumn != m_sortColumn || batch->m_sortOrder != m_sortOrder) {
        batch->m_ordered = false; // sorted otherwise since the batch began: sorted on joining
        return;
    }
    // Each page is sorted, then merged with the runs before it whenever it has grown as long
    // as the run before it: every row is merged a few times over the batch, not once per
    // page as merging into one growing run would.
    std::sort(rows.begin() + earlier, rows.end(),
              [this](const auto &a, const auto &b) { return comesBefore(a, b); });
    batch->m_runs.append(earlier);
    mergeRuns(batch, false);
}

void MembersModel::mergeRuns(MemberBatch *batch, bool all) const
{
    QList<DirectoryMember> &rows = batch->m_rows;
    QList<qsizetype> &runs = batch->m_runs;
    while (runs.size() >= 2) {
        const qsizetype previous = runs.at(runs.size() - 2), last = runs.constLast();
        if (!all && rows.size() - last < last - previous)
            break;
        std::inplace_merge(rows.begin() + previous, rows.begin() + last, rows.end(),
                           [this](const auto &a, const auto &b) { return comesBefore(a, b); });
        runs.removeLast();
    }
}

void MembersModel::appendBatch(MemberBatch batch)
{
    QList<DirectoryMember> &rows = batch.m_rows;
    const bool inOrder =
        batch.m_ordered && batch.m_sortColumn == m_sortColumn && batch.m_sortOrder == m_sortOrder;
    if (inOrder)
        mergeRuns(&batch, true); // before rows are taken out: the runs are positions
    if (!m_rowById.isEmpty()) {
        for (DirectoryMember &row : rows) {
            if (const int existing = rowOf(row.id); existing >= 0) {
                // The list answer has no teams: keep those the team lists told us.
                DirectoryMember updated = row;
                updated.teams = m_rows.at(existing).teams;
                updated.refreshSearchText();
                updateMember(updated);
            }
        }
        rows.removeIf([this](const DirectoryMember &row) { return rowOf(row.id) >= 0; });
    }
    if (rows.isEmpty())
        return;

    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (DirectoryMember &row : rows) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
    placeSorted(first, inOrder);
}

void MembersModel::setTeamMembers(const QString &teamSlug, const QList<TeamMember> &members)
{
    QHash<QString, QString> roleById;
    for (const TeamMember &tm : members)
        roleById.insert(tm.memberId, tm.teamRole);
    int firstChanged = -1, lastChanged = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        DirectoryMember &m = m_rows[row];
        const auto it = std::find_if(m.teams.begin(), m.teams.end(),
                                     [&](const auto &t) { return t.teamSlug == teamSlug; });
        const bool listed = roleById.contains(m.id);
        if (!listed && it == m.teams.end())
            continue;
        if (listed && it != m.teams.end() && it->role == roleById.value(m.id))
            continue;
        if (!listed)
            m.teams.erase(it);
        else if (it != m.teams.end())
            it->role = roleById.value(m.id);
        else
            m.teams.append({teamSlug, roleById.value(m.id)});
        m.refreshSearchText();
        firstChanged = firstChanged < 0 ? row : firstChanged;
        lastChanged = row;
    }
    if (firstChanged < 0)
        return;
    emit dataChanged(index(firstChanged, Teams), index(lastChanged, Teams));
    if (m_sortColumn == Teams)
        placeSorted(0);
}

void MembersModel::updateMember(const DirectoryMember &member)
{
    const int row = rowOf(member.id);
    if (row < 0)
        return;
    m_rows[row] = member;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    moveIntoOrder(row);
}

void MembersModel::removeMember(const QString &memberId)
{
    const int row = rowOf(memberId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    reindex();
    endRemoveRows();
}

void MembersModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

bool MembersModel::lessThan(const DirectoryMember &a, const DirectoryMember &b, int column) const
{
    // The columns a directory is mostly sorted by compare their strings directly: no copy,
    // no lower-casing, for the thousands of comparisons a page of 100 costs.
    if (column == Name || column == Email || column == Added) {
        const QString &x = column == Added   ? a.dateCreated
                           : column == Email ? a.email
                                             : (a.name.isEmpty() ? a.email : a.name);
        const QString &y = column == Added   ? b.dateCreated
                           : column == Email ? b.email
                                             : (b.name.isEmpty() ? b.email : b.name);
        const int order = x.compare(y, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id.toLongLong() < b.id.toLongLong();
    }
    const auto order = QVariant::compare(sortValue(a, column), sortValue(b, column));
    if (order != QPartialOrdering::Equivalent)
        return order == QPartialOrdering::Less;
    return a.id.toLongLong() < b.id.toLongLong();
}

void MembersModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    placeSorted(0);
}

bool MembersModel::comesBefore(const DirectoryMember &a, const DirectoryMember &b) const
{
    return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b, m_sortColumn)
                                             : lessThan(b, a, m_sortColumn);
}

void MembersModel::moveIntoOrder(int row)
{
    if (m_sortColumn < 0)
        return;
    const DirectoryMember &moving = m_rows.at(row);
    const auto isBefore = [&](const DirectoryMember &other) { return comesBefore(other, moving); };
    // The other rows are in order: its place is among those above it or those below it.
    const auto first = m_rows.cbegin();
    int to = int(std::partition_point(first, first + row, isBefore) - first);
    if (to == row)
        to = int(std::partition_point(first + row + 1, m_rows.cend(), isBefore) - first);
    if (to == row || to == row + 1)
        return; // in place
    beginMoveRows({}, row, row, {}, to);
    m_rows.move(row, to > row ? to - 1 : to);
    for (int i = qMin(row, to); i < qMax(row + 1, to); ++i)
        m_rowById[m_rows.at(i).id] = i;
    endMoveRows();
}

void MembersModel::placeSorted(int sortedRows, bool restInOrder)
{
    if (m_sortColumn < 0 || m_rows.size() < 2)
        return;
    const auto before = [this](int a, int b) { return comesBefore(m_rows.at(a), m_rows.at(b)); };
    // Sort positions, not rows: the old-to-new map moves the persistent indexes (the
    // selection, the current row) with their members.
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    if (!restInOrder)
        std::sort(order.begin() + sortedRows, order.end(), before);
    std::inplace_merge(order.begin(), order.begin() + sortedRows, order.end(), before);
    if (std::is_sorted(order.cbegin(), order.cend()))
        return; // nothing moves
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Rows are permuted in place, one cycle at a time: no second table of 10,000 members to
    // allocate (and fault in) for every page that joins.
    QList<int> newRow(m_rows.size());
    for (int i = 0; i < order.size(); ++i)
        newRow[order.at(i)] = i;
    for (int start = 0; start < order.size(); ++start) {
        if (order.at(start) == start || order.at(start) < 0)
            continue;
        DirectoryMember held = std::move(m_rows[start]);
        int at = start;
        while (order.at(at) != start) {
            const int from = order.at(at);
            m_rows[at] = std::move(m_rows[from]);
            order[at] = -1;
            at = from;
        }
        m_rows[at] = std::move(held);
        order[at] = -1;
    }
    // Only the rows that moved change their entry: rebuilding the index of 10,000 ids would
    // cost more than the merge.
    for (int old = 0; old < newRow.size(); ++old) {
        if (const int now = newRow.at(old); now != old)
            *m_rowById.find(m_rows.at(now).id) = now;
    }
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(newRow.at(index.row()), index.column()));
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const DirectoryMember *MembersModel::memberById(const QString &memberId) const
{
    const int row = rowOf(memberId);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int MembersModel::joinedWithRole(const QStringList &roles) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const DirectoryMember &m) {
        return roles.contains(m.orgRole) && !m.isPending();
    }));
}

} // namespace sm::directory
