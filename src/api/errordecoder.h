// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QNetworkReply>

// The one place where failures become words. Every error body shape Sentry sends is
// decoded here (see the notes on Sentry's API, "Error body shapes"): {"detail": "..."},
// field lists, field strings, bare lists, structured {code, message} details, the SCIM
// envelope, 500 with errorId, and bodies that are empty, HTML, or not labelled as JSON.
namespace sm::errors {

struct HttpFailure
{
    int status = 0;
    QByteArray body;
    QByteArray rateLimitReset; // X-Sentry-Rate-Limit-Reset, if sent
};

ApiError decodeHttpError(const HttpFailure &failure);

// A failure below HTTP: no connection, DNS, TLS, or no answer in time.
ApiError transportError(QNetworkReply::NetworkError error, const QString &host, bool timedOut,
                        int timeoutSeconds);
ApiError refusedRedirect(const QString &fromHost, const QString &toUrl);
// A 2xx answer whose body is not what the endpoint promises.
ApiError unreadableResponse(int status);

} // namespace sm::errors
