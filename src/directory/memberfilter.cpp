// SPDX-License-Identifier: MIT
#include "directory/memberfilter.h"

namespace sm::directory {

namespace {

bool matches(MemberCriteria::Tri wanted, bool value)
{
    return wanted == MemberCriteria::Tri::Any || (wanted == MemberCriteria::Tri::Yes) == value;
}

} // namespace

bool MemberCriteria::accepts(const DirectoryMember &m) const
{
    using Status = DirectoryMember::Status;
    if (!text.isEmpty() && !m.searchText.contains(text))
        return false;
    if (!orgRole.isEmpty() && m.orgRole != orgRole)
        return false;
    switch (status) {
    case StatusFilter::Any:
        break;
    case StatusFilter::Active:
        if (m.status != Status::Active)
            return false;
        break;
    case StatusFilter::Pending:
        if (m.status == Status::Active)
            return false;
        break;
    case StatusFilter::Expired:
        if (m.status != Status::InviteExpired)
            return false;
        break;
    case StatusFilter::Invited:
        if (m.status != Status::Invited)
            return false;
        break;
    }
    // Like Sentry's has2fa filter: an invitation has neither.
    if (twoFactor != Tri::Any && (m.isPending() || !matches(twoFactor, m.has2fa)))
        return false;
    if (!matches(ssoLinked, m.ssoLinked))
        return false;
    if (!matches(idpManaged, m.idpManaged()))
        return false;
    // An invitation has no user yet, and so nothing to link.
    if (hasExternalLinks != Tri::Any &&
        (m.isPending() || !matches(hasExternalLinks, !m.externalUsers.isEmpty())))
        return false;
    if (noTeam && !m.teams.isEmpty())
        return false;
    if (!team.isEmpty() && std::none_of(m.teams.cbegin(), m.teams.cend(),
                                        [&](const auto &t) { return t.teamSlug == team; }))
        return false;
    return true;
}

MemberFilter::MemberFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

MemberFilter::~MemberFilter() = default;

void MemberFilter::setMembersModel(MembersModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void MemberFilter::setCriteria(const MemberCriteria &wanted)
{
    MemberCriteria criteria = wanted;
    criteria.text = criteria.text.trimmed().toLower(); // once, not once per row
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    invalidateFilter();
}

void MemberFilter::setSearchText(const QString &text)
{
    MemberCriteria criteria = m_criteria;
    criteria.text = text;
    setCriteria(criteria);
}

bool MemberFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid() || sourceRow >= m_model->rowCount())
        return false;
    return m_criteria.accepts(m_model->member(sourceRow));
}

void MemberFilter::sort(int column, Qt::SortOrder order)
{
    // Not QSortFilterProxyModel's sort: it would place every inserted row on its own.
    if (m_model)
        m_model->sort(column, order);
}

QList<const DirectoryMember *> MemberFilter::visibleMembers() const
{
    QList<const DirectoryMember *> shown;
    shown.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        shown.append(memberAt(index(row, 0)));
    return shown;
}

const DirectoryMember *MemberFilter::memberAt(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid())
        return nullptr;
    const QModelIndex source = mapToSource(proxyIndex);
    return source.isValid() ? &m_model->member(source.row()) : nullptr;
}

} // namespace sm::directory
