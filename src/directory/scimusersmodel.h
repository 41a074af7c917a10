// SPDX-License-Identifier: MIT
#pragma once

#include "api/sentryclient.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace sm::directory {

// The organization's SCIM users, read page by page with startIndex/count (SCIM has no Link
// header) until totalResults, or only those whose userName equals a filter.
class ScimUsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScimUsersModel)

public:
    enum Column
    {
        UserName,
        OrgRole,
        Active,
        MemberId,
        ColumnCount
    };

    explicit ScimUsersModel(SentryClient *client, QObject *parent = nullptr);
    ~ScimUsersModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads every SCIM user, or those with exactly this userName.
    void load(const QString &userNameFilter = {});
    void cancel();
    void clear();
    bool isLoading() const { return !m_job.isNull(); }
    int totalResults() const { return m_total; }
    const ScimUser &user(int row) const { return m_users.at(row); }
    void removeUser(const QString &memberId);

signals:
    void loadingChanged(bool loading);
    void failed(const sm::ApiError &error);

private:
    void requestPage(int startIndex);

    SentryClient *m_client;
    QList<ScimUser> m_users;
    QPointer<ScimUserPageJob> m_job;
    QString m_filter;
    int m_total = 0;
};

} // namespace sm::directory
