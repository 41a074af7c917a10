// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "api/connection.h"

#include <QNetworkRequest>

namespace sm {

// An operation exactly as it goes on the wire: method, URL, headers (the bearer token
// included) and body. The client sends what buildRequest() returns (with the connection's
// own CA trust, which ApiJob adds once read off the GUI thread), and the same value can be
// shown without sending it (a request preview, "copy as curl").
struct WireRequest
{
    QByteArray method;
    QNetworkRequest request;
    QByteArray body;
};

// POST, PUT, PATCH and DELETE change something: they must reach Sentry at most once.
bool changesSomething(const QByteArray &method);

// {base}/api/0/organizations/{org}/{path}?{query}, every query value percent-encoded.
QUrl requestUrl(const ConnectionSettings &connection, const ApiRequest &request,
                const QUrlQuery &extraQuery = {});
WireRequest buildRequest(const ConnectionSettings &connection, const ApiRequest &request,
                         const QUrlQuery &extraQuery = {});
QByteArray userAgent();

} // namespace sm
