// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QString>

namespace sm::cli {

// The command-line tool's exit codes, in the ranges of Sentry's own `sentry` CLI. Stable:
// scripts decide from them whether to retry.
enum class Exit : int
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    NoToken = 10,
    TokenRefused = 12,     // 401
    PermissionDenied = 14, // known before sending, or 403
    InvalidInput = 21,     // refused before sending
    NotFound = 23,
    ConfirmationNeeded = 24,
    Refused = 30,        // another 4xx
    NetworkFailure = 31, // nothing changed: checked, or a read
    RateLimited = 32,    // bulk: paused at a rate limit or the daily invitation limit
    OutcomeUnknown = 33, // the answer was lost and the check failed too
    Partial = 62,        // bulk: some rows failed, were refused or skipped
    Interrupted = 130,
};

// The exit code for a failed request.
Exit exitFor(const ApiError &error);
// "usage", "no-token", "token-refused", ...: the `code` of a JSON error object.
QString codeName(Exit exit);
// The lines `--help` lists, one per code: "  10  no token from any source".
QString exitCodeHelp();

} // namespace sm::cli
