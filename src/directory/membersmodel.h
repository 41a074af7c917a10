// SPDX-License-Identifier: MIT
#pragma once

#include "directory/directorymember.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>

namespace sm::directory {

// Pages converted to table rows, and put in the table's order, while the list is still
// arriving: the conversion of thousands of members then happens page by page, in the time
// spent waiting for the next page anyway, and joining the table costs only the merge.
class MemberBatch
{
public:
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype size() const { return m_rows.size(); }

private:
    friend class MembersModel;
    QList<DirectoryMember> m_rows;
    QSet<QString> m_ids;
    QList<qsizetype> m_runs; // where each sorted run of m_rows begins
    int m_sortColumn = -1;   // the order m_rows are in, when m_ordered
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_ordered = true;
};

// The organization's members as a table, filled page by page while the list streams in.
// Display text is what the table shows; SortRole gives a value that sorts naturally.
// Once sort() has been called the rows are kept in that order here, in the source: a page
// joins with one insertion at the end and one layout change that merges it into place,
// instead of a sorting proxy placing its rows one by one.
class MembersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersModel)

public:
    enum Column
    {
        Name,
        Email,
        OrgRole,
        Teams,
        Status,
        TwoFactor,
        Sso,
        IdentityProvider,
        ExternalLinks,
        Added,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        MemberIdRole,
    };

    explicit MembersModel(QObject *parent = nullptr);
    ~MembersModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts the rows and keeps them sorted as pages and changes come; a negative column
    // keeps the present order and adds new rows at the end.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Whether `a` comes before `b` when sorted ascending by `column` (ties: by member id).
    bool lessThan(const DirectoryMember &a, const DirectoryMember &b, int column) const;

    // Role ids to the names the organization gives them (from members/me/).
    void setRoleNames(const QMap<QString, QString> &names);
    QString roleName(const QString &roleId) const;

    void clear();
    // Adds a page; members already listed are updated in place (a refresh, a late page).
    void appendMembers(const QList<Member> &page);
    // The same in two steps: a page converted and ordered into `batch` (changes nothing
    // shown), then the batch joining the table at once. A member twice in a batch is listed
    // as its later answer says.
    void addToBatch(MemberBatch *batch, const QList<Member> &page) const;
    void appendBatch(MemberBatch batch);
    // A team's complete member list: every listed member's teams are set for this team.
    void setTeamMembers(const QString &teamSlug, const QList<TeamMember> &members);
    void updateMember(const DirectoryMember &member);
    void removeMember(const QString &memberId);

    const DirectoryMember &member(int row) const { return m_rows.at(row); }
    const DirectoryMember *memberById(const QString &memberId) const;
    int rowOf(const QString &memberId) const { return m_rowById.value(memberId, -1); }
    const QList<DirectoryMember> &members() const { return m_rows; }
    // Joined members listed so far whose role is one of `roles` (e.g. those with org:write:
    // whether someone is the last who can manage the organization).
    int joinedWithRole(const QStringList &roles) const;

    // Text of a cell, shared by the table, the export and the filter.
    QString text(const DirectoryMember &member, int column) const;
    QVariant sortValue(const DirectoryMember &member, int column) const;
    static QString statusText(DirectoryMember::Status status);
    static QString columnTitle(int column);

private:
    // Rows [0, sortedRows) are in order (and the rest too, when `restInOrder`); the rest are
    // placed among them, in one layout change (none when nothing moves).
    void placeSorted(int sortedRows, bool restInOrder = false);
    // A changed row to its place among the others, in one move (none when it is in place).
    void moveIntoOrder(int row);
    // Merges the batch's last runs while the last is as long as the one before it (`all`:
    // until one run is left).
    void mergeRuns(MemberBatch *batch, bool all) const;
    bool comesBefore(const DirectoryMember &a, const DirectoryMember &b) const;
    void reindex();

    QList<DirectoryMember> m_rows;
    QHash<QString, int> m_rowById;
    QMap<QString, QString> m_roleNames;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sm::directory
