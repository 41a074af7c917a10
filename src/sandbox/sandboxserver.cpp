// SPDX-License-Identifier: MIT
#include "sandbox/sandboxserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QTcpServer>

namespace sm::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxServer::SandboxServer(Organization organization, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(std::move(organization))
{}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(quint16 port)
{
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, port)) {
        delete m_tcp;
        m_tcp = nullptr;
        return 0;
    }
    bind(m_tcp);
    m_port = m_tcp->serverPort();
    m_api.setPublicBaseUrl(url().toString());
    return m_port;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QJsonObject SandboxServer::announcement()
{
    QJsonObject tokens;
    for (const TokenRecord &token : m_api.organization().tokens)
        tokens.insert(token.label, token.token);
    return QJsonObject{{QStringLiteral("url"), url().toString()},
                       {QStringLiteral("org"), m_api.organization().slug},
                       {QStringLiteral("tokens"), tokens}};
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    // Django reads "+" in a query string as a space (application/x-www-form-urlencoded).
    // Items are kept decoded ("%3A" reads as ":"), with "%" itself re-escaped for QUrlQuery.
    QString rawQuery = httpRequest.url().query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
    for (auto [key, value] : QUrlQuery(rawQuery).queryItems(QUrl::FullyDecoded)) {
        request.query.addQueryItem(key.replace(QLatin1Char('%'), QLatin1String("%25")),
                                   value.replace(QLatin1Char('%'), QLatin1String("%25")));
    }
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);
    request.body = httpRequest.body();

    const Response response = m_api.handle(request);

    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    if (m_observer)
        m_observer(request, response);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    makeResponder(httpRequest, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace sm::sandbox
