// SPDX-License-Identifier: MIT
#pragma once

#include "api/connection.h"
#include "api/result.h"
#include "operations/operation.h"

#include <QUrl>

namespace sm::ops {

// An operation's request exactly as a run sends it (buildRequest), the token shown as the
// shell variable $SENTRY_AUTH_TOKEN: for "Preview request" and "Copy as curl".
struct RequestPreview
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;

    // "POST https://…\nName: value\n…\n\n{body}"
    QString text() const;
    // A curl command that, run in a shell with SENTRY_AUTH_TOKEN set, sends the same request.
    QString curl() const;
};

RequestPreview previewRequest(const ConnectionSettings &connection, const Operation &operation);

} // namespace sm::ops
