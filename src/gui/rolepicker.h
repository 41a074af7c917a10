// SPDX-License-Identifier: MIT
#pragma once

#include "core/entities.h"

class QComboBox;
class QLabel;

namespace sm::gui::rolepicker {

// Fills `combo` with organization roles: the ones the caller may assign are selectable,
// the others are shown disabled with the reason (`notAllowed`, else "your role cannot
// assign it"). Item data is the role id. Without a role list Sentry's role ids are offered
// as they are.
void fill(QComboBox *combo, const QList<RoleInfo> &roles, const QString &select,
          const QStringList &exclude = {}, const QString &notAllowed = {});
// Whether the role chosen in a combo `fill` filled is one the caller may assign (the list
// still shows one, disabled, when none is).
bool chosenIsAssignable(const QComboBox *combo);
// What an internal integration's token may invite with: Sentry restricts it to the member
// role (it has no membership, hence no role list of its own).
QList<RoleInfo> integrationInviteRoles();
// Why the other roles are unavailable to such a token, in Sentry's words.
QString integrationInviteReason();
// Shows the description of the selected role in `label`, and keeps it current.
void describeIn(QComboBox *combo, QLabel *label, const QList<RoleInfo> &roles);
QString displayName(const QList<RoleInfo> &roles, const QString &roleId);
QString teamRoleName(const QString &teamRole);

} // namespace sm::gui::rolepicker
