// SPDX-License-Identifier: MIT
#include "gui/rolepicker.h"

#include "core/roles.h"
#include "core/sentryvocabulary.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QStandardItemModel>

#include <functional>

namespace sm::gui::rolepicker {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sm::gui::rolepicker", text);
}

// Sentry's organization roles by id alone, for a caller without a role list of its own;
// `allowed` says which may be chosen.
QList<RoleInfo> sentryRoles(const std::function<bool(const QString &id)> &allowed)
{
    QList<RoleInfo> roles;
    for (const QString &id : vocabulary::orgRoles()) {
        RoleInfo role;
        role.id = id;
        role.name = displayName({}, id);
        role.allowed = allowed(id);
        roles.append(role);
    }
    return roles;
}
} // namespace

QString displayName(const QList<RoleInfo> &roles, const QString &roleId)
{
    return roles::displayName(roles, roleId);
}

QString teamRoleName(const QString &teamRole)
{
    return roles::teamRoleName(teamRole);
}

QList<RoleInfo> integrationInviteRoles()
{
    return sentryRoles([](const QString &id) { return id == QLatin1String("member"); });
}

QString integrationInviteReason()
{
    return QCoreApplication::translate(
        "Sentry",
        "Integration tokens are restricted to inviting new members with the member role only.");
}

void fill(QComboBox *combo, const QList<RoleInfo> &roles, const QString &select,
          const QStringList &exclude, const QString &notAllowed)
{
    combo->clear();
    QList<RoleInfo> shown = roles;
    if (shown.isEmpty()) {
        shown = sentryRoles([](const QString &) { return true; });
        for (RoleInfo &role : shown)
            role.isRetired = role.id == QLatin1String("admin");
    }
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    for (const RoleInfo &role : shown) {
        if (exclude.contains(role.id))
            continue;
        QString reason;
        if (role.isRetired)
            reason = tr("retired: give team roles instead");
        else if (!role.allowed)
            reason = notAllowed.isEmpty() ? tr("your role cannot assign it") : notAllowed;
        combo->addItem(reason.isEmpty() ? role.name : tr("%1 (%2)").arg(role.name, reason),
                       role.id);
        const int index = combo->count() - 1;
        combo->setItemData(index, role.desc, Qt::ToolTipRole);
        if (!reason.isEmpty() && model)
            model->item(index)->setEnabled(false);
    }
    const int wanted = combo->findData(select);
    combo->setCurrentIndex(wanted >= 0 ? wanted : 0);
}

bool chosenIsAssignable(const QComboBox *combo)
{
    const int at = combo->currentIndex();
    const auto *model = qobject_cast<const QStandardItemModel *>(combo->model());
    return at >= 0 && (!model || model->item(at)->isEnabled());
}

void describeIn(QComboBox *combo, QLabel *label, const QList<RoleInfo> &roles)
{
    auto update = [combo, label, roles] {
        const QString id = combo->currentData().toString();
        QString desc;
        for (const RoleInfo &role : roles) {
            if (role.id == id)
                desc = role.desc;
        }
        label->setText(desc);
        label->setVisible(!desc.isEmpty());
    };
    QObject::disconnect(combo, &QComboBox::currentIndexChanged, label, nullptr);
    QObject::connect(combo, &QComboBox::currentIndexChanged, label, update);
    update();
}

} // namespace sm::gui::rolepicker
