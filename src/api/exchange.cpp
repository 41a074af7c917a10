// SPDX-License-Identifier: MIT
#include "api/exchange.h"

namespace sm {

HeaderList redactedHeaders(const QNetworkRequest &request)
{
    HeaderList headers;
    for (const QByteArray &name : request.rawHeaderList()) {
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0;
        headers.append(
            {name, secret ? QByteArrayLiteral("Bearer [redacted]") : request.rawHeader(name)});
    }
    return headers;
}

} // namespace sm
