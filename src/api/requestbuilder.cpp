// SPDX-License-Identifier: MIT
#include "api/requestbuilder.h"

namespace sm {

namespace {
// A backstop only: ApiJob follows same-origin redirects of reads and stops loops itself.
constexpr int maxRedirects = 10;
} // namespace

bool changesSomething(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

QByteArray userAgent()
{
    return QByteArrayLiteral("sentry-members/" SENTRY_MEMBERS_VERSION);
}

QUrl requestUrl(const ConnectionSettings &connection, const ApiRequest &request,
                const QUrlQuery &extraQuery)
{
    QUrl url = connection.baseUrl;
    const QString org = QString::fromLatin1(QUrl::toPercentEncoding(connection.organization));
    const QLatin1String root = request.root == ApiRequest::Root::Teams
                                   ? QLatin1String("/api/0/teams/")
                                   : QLatin1String("/api/0/organizations/");
    url.setPath(url.path() + root + org + QLatin1Char('/') + request.path, QUrl::TolerantMode);
    // Sentry (Django) reads "+" in a query as a space, so every value is percent-encoded in
    // full: an address like ada+sentry@example.com must arrive intact.
    QStringList pairs;
    for (const QUrlQuery &query : {request.query, extraQuery}) {
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                             QUrl::toPercentEncoding(value)));
        }
    }
    if (!pairs.isEmpty())
        url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

WireRequest buildRequest(const ConnectionSettings &connection, const ApiRequest &request,
                         const QUrlQuery &extraQuery)
{
    WireRequest wire;
    wire.method = request.method;
    wire.request.setUrl(requestUrl(connection, request, extraQuery));
    wire.request.setRawHeader("Authorization", "Bearer " + connection.token.trimmed().toUtf8());
    wire.request.setRawHeader("User-Agent", userAgent());
    wire.request.setRawHeader("Accept", "application/json");
    wire.request.setTransferTimeout(int(connection.transferTimeout.count()));
    wire.request.setMaximumRedirectsAllowed(maxRedirects);
    wire.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                              QNetworkRequest::UserVerifiedRedirectPolicy);
    wire.request.setAttribute(QNetworkRequest::Http2AllowedAttribute, connection.allowHttp2);
    if (request.body) {
        wire.request.setHeader(QNetworkRequest::ContentTypeHeader,
                               QByteArrayLiteral("application/json"));
        wire.body = request.body->toJson(QJsonDocument::Compact);
    }
    if (changesSomething(request.method)) {
        // The body goes out through a device that cannot rewind (SentryClient::send), and
        // Qt may not keep a copy: when a connection drops after sending, Qt's HTTP/1.1
        // channel would otherwise send the request again by itself, and a change twice.
        wire.request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        wire.request.setHeader(QNetworkRequest::ContentLengthHeader, wire.body.size());
    }
    return wire;
}

} // namespace sm
