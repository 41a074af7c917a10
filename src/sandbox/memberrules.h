// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/organization.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

// OrganizationMemberRequestSerializer: the field rules shared by POST and PUT on
// members/ (src/sentry/api/endpoints/organization_member/index.py).
namespace sm::sandbox {

struct MemberRequest
{
    QSet<QString> present; // fields that were given (PUT is partial)
    QString email;
    QString role;
    QString orgRole;
    QStringList teams;
    QList<TeamMembership> teamRoles;
    bool sendInvite = true;
    bool reinvite = false;
    bool regenerate = false;
};

struct MemberRequestContext
{
    const Organization *org = nullptr;
    QStringList allowedRoles;
    bool allowRetiredRoles = true;
    bool allowExistingInviteRequest = false;
    bool partial = false;
};

// Returns DRF's error object (field -> [messages]); empty when the request is valid.
QJsonObject validateMemberRequest(const QJsonObject &data, const MemberRequestContext &context,
                                  MemberRequest &out);

} // namespace sm::sandbox
