// SPDX-License-Identifier: MIT
#include "cli/exitcodes.h"

#include <QCoreApplication>

namespace sm::cli {

Exit exitFor(const ApiError &error)
{
    if (error.outcomeUnknown)
        return Exit::OutcomeUnknown;
    // The connection's own settings refused before anything was sent (an http:// address
    // for a remote host, a CA file that cannot be read): the command line must change.
    if (error.kind == ApiError::Kind::Network && !error.fieldErrors.isEmpty())
        return Exit::Usage;
    switch (error.kind) {
    case ApiError::Kind::None:
        return Exit::Ok;
    case ApiError::Kind::Authentication:
        return Exit::TokenRefused;
    case ApiError::Kind::Permission:
        return Exit::PermissionDenied;
    case ApiError::Kind::NotFound:
        return Exit::NotFound;
    case ApiError::Kind::Validation:
    case ApiError::Kind::Conflict:
        return Exit::Refused;
    case ApiError::Kind::RateLimited:
        return Exit::RateLimited;
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return Exit::NetworkFailure;
    case ApiError::Kind::Cancelled:
        return Exit::Interrupted;
    }
    return Exit::Failure;
}

QString codeName(Exit exit)
{
    switch (exit) {
    case Exit::Ok:
        return QStringLiteral("ok");
    case Exit::Failure:
        return QStringLiteral("failure");
    case Exit::Usage:
        return QStringLiteral("usage");
    case Exit::NoToken:
        return QStringLiteral("no-token");
    case Exit::TokenRefused:
        return QStringLiteral("token-refused");
    case Exit::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Exit::InvalidInput:
        return QStringLiteral("invalid-input");
    case Exit::NotFound:
        return QStringLiteral("not-found");
    case Exit::ConfirmationNeeded:
        return QStringLiteral("confirmation-needed");
    case Exit::Refused:
        return QStringLiteral("refused");
    case Exit::NetworkFailure:
        return QStringLiteral("network-failure");
    case Exit::RateLimited:
        return QStringLiteral("rate-limited");
    case Exit::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    case Exit::Partial:
        return QStringLiteral("partial");
    case Exit::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("failure");
}

QString exitCodeHelp()
{
    const QList<std::pair<Exit, QString>> codes{
        {Exit::Ok, QCoreApplication::translate("sm::cli", "success, or nothing to do")},
        {Exit::Failure, QCoreApplication::translate("sm::cli", "other failure")},
        {Exit::Usage, QCoreApplication::translate("sm::cli", "unknown command or option")},
        {Exit::NoToken, QCoreApplication::translate("sm::cli", "no token from any source")},
        {Exit::TokenRefused, QCoreApplication::translate("sm::cli", "token refused by Sentry")},
        {Exit::PermissionDenied, QCoreApplication::translate("sm::cli", "permission denied")},
        {Exit::InvalidInput,
         QCoreApplication::translate("sm::cli", "invalid input, refused before sending")},
        {Exit::NotFound, QCoreApplication::translate("sm::cli", "not found")},
        {Exit::ConfirmationNeeded,
         QCoreApplication::translate("sm::cli", "confirmation needed: no terminal and no --yes")},
        {Exit::Refused, QCoreApplication::translate("sm::cli", "refused by Sentry")},
        {Exit::NetworkFailure,
         QCoreApplication::translate("sm::cli", "network or server failure, nothing changed")},
        {Exit::RateLimited,
         QCoreApplication::translate("sm::cli", "rate limited; bulk: paused at a rate limit or "
                                                "the daily invitation limit")},
        {Exit::OutcomeUnknown,
         QCoreApplication::translate("sm::cli",
                                     "outcome unknown: the answer was lost; do not retry blindly")},
        {Exit::Partial,
         QCoreApplication::translate("sm::cli", "bulk: some rows failed, were refused or skipped")},
        {Exit::Interrupted, QCoreApplication::translate("sm::cli", "interrupted")},
    };
    QString text;
    for (const auto &[code, meaning] : codes)
        text += QStringLiteral("  %1  %2\n").arg(int(code), 3).arg(meaning);
    return text;
}

} // namespace sm::cli
