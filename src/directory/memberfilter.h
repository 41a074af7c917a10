// SPDX-License-Identifier: MIT
#pragma once

#include "directory/membersmodel.h"

#include <QSortFilterProxyModel>

namespace sm::directory {

// What the directory's search box and filters ask for. A tri-state filter is Any, Yes or No.
struct MemberCriteria
{
    enum class Tri : quint8
    {
        Any,
        Yes,
        No,
    };
    enum class StatusFilter : quint8
    {
        Any,
        Active,
        Pending, // invited, expired or not
        Expired,
        Invited, // pending and not expired
    };

    QString text; // matched against name, email and team slugs; MemberFilter lower-cases it
    QString orgRole;
    StatusFilter status = StatusFilter::Any;
    Tri twoFactor = Tri::Any; // Yes/No consider joined members only
    Tri ssoLinked = Tri::Any;
    Tri idpManaged = Tri::Any;       // provisioned or role set by the identity provider
    Tri hasExternalLinks = Tri::Any; // Yes/No consider joined members only: links are a user's
    bool noTeam = false;
    QString team;

    bool accepts(const DirectoryMember &member) const;
    friend bool operator==(const MemberCriteria &, const MemberCriteria &) = default;
};

// Search and filters over a MembersModel, which does the sorting (see MembersModel::sort):
// the rows shown keep the model's order. Rows are judged from the members themselves, not
// through data(): a keystroke over 10,000 rows stays cheap.
class MemberFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberFilter)

public:
    explicit MemberFilter(QObject *parent = nullptr);
    ~MemberFilter() override;

    void setMembersModel(MembersModel *model);
    MembersModel *membersModel() const { return m_model; }
    const MemberCriteria &criteria() const { return m_criteria; }
    void setCriteria(const MemberCriteria &criteria);
    void setSearchText(const QString &text);

    // The members shown, in the order shown.
    QList<const DirectoryMember *> visibleMembers() const;
    const DirectoryMember *memberAt(const QModelIndex &proxyIndex) const;

    // Sorts the model: a table's header sorts here.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MembersModel *m_model = nullptr;
    MemberCriteria m_criteria;
};

} // namespace sm::directory
