// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "core/entities.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace sm {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The value of a header in `headers` (names compare case-insensitively), empty if absent.
QByteArray headerValue(const HeaderList &headers, const QByteArray &name);

// How a job ended, whatever it was for: the error (kind None when it succeeded), the HTTP
// status, the raw body for the "Details" view, and the last response's headers (Link, the
// X-Sentry-Rate-Limit-* family, ...).
struct Outcome
{
    ApiError error;
    int httpStatus = 0;
    QByteArray rawBody;
    HeaderList headers;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
};

// What a typed job delivers, exactly once: its outcome and, when it succeeded, the value.
template<typename T> struct Result : Outcome
{
    T value{};
};

using MemberResult = Result<Member>;
using MemberListResult = Result<QList<Member>>;
using TeamListResult = Result<QList<Team>>;
using OrganizationResult = Result<OrganizationInfo>;
using IntegrationListResult = Result<QList<Integration>>;
using ScimUserResult = Result<ScimUser>;
using ScimUserPageResult = Result<ScimUserPage>;
using ExternalUserResult = Result<ExternalUser>;
using TeamMemberListResult = Result<QList<TeamMember>>;
using AuditEntryListResult = Result<QList<AuditEntry>>;
// A change whose answer carries nothing (204): value is true once Sentry confirmed it.
using DoneResult = Result<bool>;
// A change's answer as Sentry sent it: its JSON object, empty for 204 No Content.
using ChangeResult = Result<QJsonObject>;

} // namespace sm
