// SPDX-License-Identifier: MIT
#pragma once

#include "core/fielderrors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sm {

// Everything that can go wrong with one request, decoded into one value: what kind of
// failure, one sentence for the user (Sentry's own words when it gave any), and messages
// keyed by the field they concern.
struct ApiError
{
    enum class Kind
    {
        None,
        Authentication, // 401: bad, expired or missing token; SSO or 2FA required
        Permission,     // 403
        Validation,     // 400 and other 4xx the user can fix by changing the input
        NotFound,       // 404
        Conflict,       // 409
        RateLimited,    // 429
        Server,         // 5xx, or a 2xx whose body cannot be read
        Network,        // no connection, DNS, TLS, refused redirect
        Timeout,        // no answer within the transfer timeout
        Cancelled,      // the user cancelled; not shown as an error
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    // The one sentence for the user: Sentry's own words when it gave usable ones, otherwise
    // the app's (already in the user's language). l10n::sentryText() localizes the former.
    QString message;
    // Exactly what Sentry said (its detail or field messages), never rewritten; empty when
    // the failure had no answer from Sentry (network, timeout, cancel) or an empty body.
    QString sentryMessage;
    // What went wrong without what it means for a change ("… closed the connection before
    // answering."), for a sentence that says the rest itself; empty: `message` says only that.
    QString reason;
    FieldErrors fieldErrors;
    QString code;             // Sentry's structured error code ("sso-required", ...) when given
    QString errorId;          // Sentry's event id for a 500, worth quoting to support
    QJsonObject extra;        // structured detail "extra" (e.g. loginUrl)
    QDateTime rateLimitReset; // from X-Sentry-Rate-Limit-Reset, when present
    // When Sentry said to try again (429): Retry-After, else X-Sentry-Rate-Limit-Reset.
    QDateTime retryAt;
    // A change (POST, PUT, DELETE) whose answer was lost or unusable: Sentry may or may not
    // have made it. The app checks before it offers to send it again.
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    QString reasonText() const { return reason.isEmpty() ? message : reason; }
    // The messages for one field, joined for display beside that field.
    QString fieldMessage(const QString &field) const;
    // The same error with messages under an alias moved to the field a form shows
    // ("role" -> "orgRole"), unless that field has messages of its own.
    ApiError withFieldAliases(const QMap<QString, QString> &aliases) const;

    static ApiError validation(const FieldErrors &errors);
    static ApiError cancelled();
};

QString kindName(ApiError::Kind kind);

} // namespace sm
