// SPDX-License-Identifier: MIT
#include "directory/scimusersmodel.h"

#include "core/sentryvocabulary.h"

namespace sm::directory {

ScimUsersModel::ScimUsersModel(SentryClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

ScimUsersModel::~ScimUsersModel()
{
    const QSignalBlocker quiet(this);
    cancel();
}

int ScimUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int ScimUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScimUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserName:
        return tr("User name");
    case OrgRole:
        return tr("Org role");
    case Active:
        return tr("Active");
    case MemberId:
        return tr("Member id");
    default:
        return {};
    }
}

QVariant ScimUsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size() || role != Qt::DisplayRole)
        return {};
    const ScimUser &user = m_users.at(index.row());
    switch (index.column()) {
    case UserName:
        return user.userName;
    case OrgRole:
        return user.sentryOrgRole;
    case Active:
        // Sentry leaves "active" out for Azure AD organizations.
        return user.active ? (*user.active ? tr("Yes") : tr("No")) : tr("Not reported");
    case MemberId:
        return user.id;
    default:
        return {};
    }
}

void ScimUsersModel::load(const QString &userNameFilter)
{
    cancel();
    beginResetModel();
    m_users.clear();
    m_total = 0;
    endResetModel();
    m_filter = userNameFilter.trimmed();
    requestPage(1);
    emit loadingChanged(true);
}

void ScimUsersModel::clear()
{
    cancel();
    beginResetModel();
    m_users.clear();
    m_total = 0;
    endResetModel();
}

void ScimUsersModel::cancel()
{
    if (!m_job)
        return;
    disconnect(m_job, nullptr, this, nullptr);
    m_job->cancel();
    m_job = nullptr;
    emit loadingChanged(false);
}

void ScimUsersModel::requestPage(int startIndex)
{
    m_job = m_client->listScimUsers(startIndex, vocabulary::maxPerPage, m_filter);
    connect(m_job, &ScimUserPageJob::finished, this, [this](const ScimUserPageResult &result) {
        m_job = nullptr;
        if (!result.ok()) {
            emit loadingChanged(false);
            emit failed(result.error);
            return;
        }
        const ScimUserPage &page = result.value;
        m_total = page.totalResults;
        if (!page.users.isEmpty()) {
            beginInsertRows({}, int(m_users.size()), int(m_users.size() + page.users.size()) - 1);
            m_users += page.users;
            endInsertRows();
        }
        // An empty page ends the list even if totalResults promised more.
        if (!page.users.isEmpty() && m_users.size() < m_total) {
            requestPage(int(m_users.size()) + 1);
            return;
        }
        emit loadingChanged(false);
    });
}

void ScimUsersModel::removeUser(const QString &memberId)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == memberId) {
            beginRemoveRows({}, row, row);
            m_users.removeAt(row);
            endRemoveRows();
            m_total = qMax(0, m_total - 1);
            return;
        }
    }
}

} // namespace sm::directory
