// SPDX-License-Identifier: MIT
#pragma once

#include "api/result.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QUrl>

#include <chrono>

namespace sm {

// One finished request and its answer as the client saw them: for a log, an audit trail or
// a request inspector. Never holds the token: the Authorization header is redacted.
struct Exchange
{
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders;
    QByteArray requestBody;
    int status = 0; // 0: no HTTP answer (see networkError)
    HeaderList responseHeaders;
    QByteArray responseBody;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool cancelled = false;
    bool http2 = false; // the answer came over HTTP/2
    QDateTime startedAt;
    std::chrono::milliseconds elapsed{0};
    QString runId; // the operation run it belongs to; empty for a plain read
};

// The request's headers as recorded in an Exchange: the token replaced by a mark.
HeaderList redactedHeaders(const QNetworkRequest &request);

} // namespace sm
