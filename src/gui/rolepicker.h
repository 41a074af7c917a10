// SPDX-License-Identifier: MIT
#pragma once

#include "core/entities.h"

class QComboBox;
class QLabel;

namespace sm::gui::rolepicker {

// Fills `combo` with organization roles: the ones the caller may assign are selectable,
// the others are shown disabled with the reason. Item data is the role id. Without a role
// list (an integration token has no membership) Sentry's role ids are offered as they are.
void fill(QComboBox *combo, const QList<RoleInfo> &roles, const QString &select,
          const QStringList &exclude = {});
// Shows the description of the selected role in `label`, and keeps it current.
void describeIn(QComboBox *combo, QLabel *label, const QList<RoleInfo> &roles);
QString displayName(const QList<RoleInfo> &roles, const QString &roleId);
QString teamRoleName(const QString &teamRole);

} // namespace sm::gui::rolepicker
