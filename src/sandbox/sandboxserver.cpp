// SPDX-License-Identifier: MIT
#include "sandbox/sandboxserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

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
    m_tcp = new TappedTcpServer(m_limits, this);
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

Announcement SandboxServer::announcement()
{
    Announcement announcement;
    announcement.url = url();
    announcement.organization = m_api.organization().slug;
    for (const TokenRecord &token : m_api.organization().tokens)
        announcement.tokens.append({token.label, token.token});
    return announcement;
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
    // Every header line as sent: QtHttpServer 6.4 keeps only the first 100.
    ConnectionTap *tap = ConnectionTap::of(socket);
    const std::optional<RawHeaders> raw =
        tap ? tap->takeHeaders(request.method, httpRequest.url().path(QUrl::FullyEncoded).toUtf8())
            : std::nullopt;
    for (const auto &[name, value] : raw ? *raw : RawHeaders(httpRequest.headers()))
        request.headers.insert(name.toLower(), value);
    request.body = httpRequest.body();

    for (Fault &fault : m_faults) {
        if (fault.matches(request)) {
            if (fault.remaining > 0)
                --fault.remaining;
            // A copy: answering tells the exchange observer, which may add faults (and so
            // move the list this one lives in).
            answerWithFault(Fault(fault), request, socket);
            return true;
        }
    }

    const Response response = m_api.handle(request);

    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    // As every origin server with a clock does (RFC 9110 6.6.1): the sandbox's own, moved by
    // --clock-offset, so a client can count Sentry's UTC days as the server does.
    responder.writeHeader(
        "Date", QLocale::c()
                    .toString(m_api.now(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                    .toLatin1());
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    // Out now, as a server's worker sends its answer when it is done: left to the event loop,
    // it would wait behind the requests other connections have queued meanwhile, and a client
    // with several requests in flight would get every answer at once, after all of them.
    socket->flush();
    record(request, response);
    return true;
}

void SandboxServer::record(const Request &request, const Response &response)
{
    if (m_observer)
        m_observer(request, response);
}

QByteArray SandboxServer::rawResponse(const Response &response)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(response.status) + " Sandbox\r\n";
    if (!response.contentType.isEmpty())
        raw += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        raw += name + ": " + value + "\r\n";
    raw += "Content-Length: " + QByteArray::number(response.body.size()) +
           "\r\nConnection: close\r\n\r\n";
    return raw + response.body;
}

void SandboxServer::answerWithFault(const Fault &fault, const Request &request, QTcpSocket *socket)
{
    using Kind = Fault::Kind;
    const QPointer<QTcpSocket> alive(socket);
    const auto html = [](int status, const QByteArray &page) {
        Response response;
        response.status = status;
        response.contentType = "text/html";
        response.body = page;
        return response;
    };
    const auto redirectTo = [&](const QString &host, const QString &query) {
        QUrl target = url();
        target.setHost(host);
        target.setPath(request.path);
        target.setQuery(query);
        Response response = Response::empty(302);
        response.headers.append({"Location", target.toEncoded()});
        return response;
    };
    Response answer;
    switch (fault.kind) {
    case Kind::ResetBefore:
        record(request, Response::empty(0)); // received, never answered
        socket->abort();
        return;
    case Kind::Hang:
        record(request, Response::empty(0));
        return; // the client gives up, or the connection stays open
    case Kind::ResetAfter:
    case Kind::CloseAfter:
        record(request, m_api.handle(request));
        if (fault.kind == Kind::ResetAfter)
            socket->abort();
        else
            socket->disconnectFromHost();
        return;
    case Kind::Delay: {
        const Response response = m_api.handle(request);
        record(request, response);
        const QByteArray raw = rawResponse(response);
        QTimer::singleShot(fault.param > 0 ? fault.param : 5000, socket, [alive, raw] {
            if (alive)
                alive->write(raw);
        });
        return;
    }
    case Kind::SlowApply:
        // The server's own timer, not the socket's: the change is made whether or not the
        // client is still there to hear about it.
        QTimer::singleShot(fault.param > 0 ? fault.param : 5000, this, [this, alive, request] {
            const Response response = m_api.handle(request);
            record(request, response);
            if (alive)
                alive->write(rawResponse(response));
        });
        return;
    case Kind::Drip: {
        const Response response = m_api.handle(request);
        record(request, response);
        const QByteArray raw = rawResponse(response);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [alive, raw, sent, timer] {
            if (!alive || *sent >= raw.size()) {
                timer->stop();
                return;
            }
            alive->write(raw.mid((*sent)++, 1));
        });
        timer->start(fault.param > 0 ? fault.param : 1000);
        return;
    }
    case Kind::Truncated: {
        const Response response = m_api.handle(request);
        record(request, response);
        const QByteArray raw = rawResponse(response);
        socket->write(
            raw.left(raw.indexOf("\r\n\r\n") + 4 + (raw.size() - raw.indexOf("\r\n\r\n") - 4) / 2));
        socket->flush();
        socket->abort();
        return;
    }
    case Kind::HugeBody: {
        const qint64 total = qint64(fault.param > 0 ? fault.param : 64) * 1024 * 1024;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(total) + "\r\nConnection: close\r\n\r\n[");
        auto left = std::make_shared<qint64>(total - 1);
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [alive, left, timer] {
            if (!alive || *left <= 0) {
                timer->stop();
                return;
            }
            if (alive->bytesToWrite() > (1 << 20))
                return; // never more than a MiB waiting: the sandbox's memory stays flat
            const qint64 chunk = qMin<qint64>(*left, 256 * 1024);
            alive->write(QByteArray(int(chunk), ' '));
            *left -= chunk;
        });
        timer->start(0);
        return;
    }
    case Kind::Html500:
        answer = html(500, "<h1>Server Error (500)</h1>");
        break;
    case Kind::Html502After:
        m_api.handle(request); // done, then the proxy's answer replaces Sentry's
        answer = html(502, "<html><head><title>502 Bad Gateway</title></head><body><center>"
                           "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>"
                           "</html>");
        break;
    case Kind::HugeDetail:
        answer = Response::detail(
            400, QString(qsizetype(fault.param > 0 ? fault.param : 5120) * 1024, QLatin1Char('x')));
        break;
    case Kind::RateLimited: {
        const qint64 reset =
            QDateTime::currentSecsSinceEpoch() + (fault.param > 0 ? fault.param : 30);
        answer = html(429, "{\"detail\":\"You are attempting to use this endpoint too "
                           "frequently. Limit is 40 requests in 1 seconds\"}");
        answer.headers = {{"X-Sentry-Rate-Limit-Limit", "40"},
                          {"X-Sentry-Rate-Limit-Remaining", "0"},
                          {"X-Sentry-Rate-Limit-Reset", QByteArray::number(reset)},
                          {"X-Sentry-Rate-Limit-ConcurrentLimit", "25"},
                          {"X-Sentry-Rate-Limit-ConcurrentRemaining", "24"}};
        break;
    }
    case Kind::Redirect:
        answer = redirectTo(url().host(), QStringLiteral("redirected=1"));
        break;
    case Kind::RedirectLoop:
        answer = redirectTo(url().host(), request.query.toString(QUrl::FullyEncoded));
        break;
    case Kind::CrossHostRedirect:
        answer =
            redirectTo(QStringLiteral("localhost"), request.query.toString(QUrl::FullyEncoded));
        break;
    }
    record(request, answer);
    socket->write(rawResponse(answer));
    socket->disconnectFromHost();
}

void SandboxServer::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    makeResponder(httpRequest, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace sm::sandbox
