#pragma once

#include "api/apierror.h"
#include "core/model.h"

#include <QByteArray>

namespace sm {

// What a job delivers, exactly once: the typed value on success, or the decoded error.
// The raw body is kept for the "Details" view of result and error dialogs.
template<typename T> struct Result
{
    T value{};
    ApiError error;
    int httpStatus = 0;
    QByteArray rawBody;

    bool ok() const { return !error.isError(); }
};

using MemberResult = Result<Member>;
using MemberListResult = Result<QList<Member>>;
using TeamListResult = Result<QList<Team>>;
using IntegrationListResult = Result<QList<Integration>>;
using ScimUserResult = Result<ScimUser>;
using ScimUserPageResult = Result<ScimUserPage>;
using ExternalUserResult = Result<ExternalUser>;

} // namespace sm
