// SPDX-License-Identifier: MIT
#include "core/entities.h"

namespace sm {

QList<RoleInfo> Member::assignableOrgRoles() const
{
    QList<RoleInfo> roles;
    for (const RoleInfo &role : orgRoleList) {
        if (role.allowed && !role.isRetired)
            roles.append(role);
    }
    return roles;
}

} // namespace sm
