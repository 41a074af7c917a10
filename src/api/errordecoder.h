// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QSslError>

// The one place where failures become words. Every error body shape Sentry sends is
// decoded here (see the notes on Sentry's API, "Error body shapes"): {"detail": "..."},
// field lists, field strings, bare lists, structured {code, message} details, the SCIM
// envelope, 500 with errorId, and bodies that are empty, HTML, or not labelled as JSON.
namespace sm::errors {

// Whether a failed request would have changed something decides what the user is told: a
// lost answer to a GET changed nothing; a lost answer to a POST, PUT or DELETE leaves the
// outcome unknown (ApiError::outcomeUnknown), and the app checks before offering a retry.

struct HttpFailure
{
    int status = 0;
    QByteArray body;
    QByteArray rateLimitReset; // X-Sentry-Rate-Limit-Reset, if sent
    QByteArray retryAfter;     // Retry-After, if sent (seconds or an HTTP date)
    bool change = false;
};

ApiError decodeHttpError(const HttpFailure &failure);

// A failure below HTTP: no connection, DNS, TLS, an interrupted connection, or no answer
// in time.
struct TransportFailure
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString host;
    bool change = false;
    bool timedOut = false; // silence past the transfer timeout, or past the total deadline
    int timeoutSeconds = 0;
    QList<QSslError> sslErrors;
    // The server said it did not take the request (HTTP/2 REFUSED_STREAM, or GOAWAY below it).
    bool notProcessed = false;
};
ApiError transportError(const TransportFailure &failure);

// A redirect to another origin: never followed, so the token stays with the host.
ApiError refusedRedirect(const QString &fromHost, const QString &toUrl);
// A redirect in answer to a change: never followed, so the redirect changed nothing.
ApiError redirectedChange(const QString &fromHost, const QString &toUrl);
// A 2xx answer whose body is not what the endpoint promises.
ApiError unreadableResponse(int status, bool change);
// An answer larger than the client reads (ConnectionSettings::maxResponseBytes).
ApiError responseTooLarge(const QString &host, qint64 limitBytes, bool change);

} // namespace sm::errors
