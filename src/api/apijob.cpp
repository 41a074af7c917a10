// SPDX-License-Identifier: MIT
#include "api/apijob.h"

#include "api/errordecoder.h"
#include "api/exchange.h"
#include "api/linkheader.h"
#include "api/logging.h"
#include "api/sentryclient.h"

#include <QNetworkReply>
#include <QTimer>

namespace sm {

namespace {
// A hostile or broken server must not keep a list job paging forever.
constexpr qsizetype maxPages = 2000;
} // namespace

ApiJob::ApiJob(SentryClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        reportExchange(m_reply->url(), {}, QNetworkReply::OperationCanceledError, true);
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // Delivered from the event loop, never from inside cancel(), like every other result.
    QTimer::singleShot(0, this, [this] { finishWithoutSending(ApiError::cancelled()); });
}

void ApiJob::start()
{
    send({});
}

void ApiJob::finishWithoutSending(const ApiError &error)
{
    if (m_finished)
        return;
    handleFailure(error, {});
}

void ApiJob::send(const QUrlQuery &extraQuery)
{
    m_wire = buildRequest(m_connection, m_request, extraQuery);
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_reply = m_client->send(m_wire);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
}

void ApiJob::onRedirected(const QUrl &target)
{
    // Only same-origin redirects are followed, so the bearer token never reaches another
    // host and never drops to plain http.
    const QUrl origin = m_reply->request().url();
    if (target.scheme() == origin.scheme() && target.host() == origin.host() &&
        target.port() == origin.port()) {
        emit m_reply->redirectAllowed();
        return;
    }
    qCWarning(lcApi) << "Refused redirect from" << origin.host() << "to" << target.host();
    m_abortReason = errors::refusedRedirect(origin.host(), target.toDisplayString());
    m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    Reply data;
    data.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    data.body = reply->readAll();
    data.headers = reply->rawHeaderPairs();
    qCDebug(lcApi) << m_request.method << reply->url().path() << "->" << data.status
                   << data.body.size() << "bytes";
    reportExchange(reply->url(), data, reply->error(), false);

    if (m_abortReason.isError()) {
        handleFailure(m_abortReason, data);
        return;
    }
    if (data.status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        handleFailure(errors::transportError(reply->error(), reply->url().host(), timedOut,
                                             int(m_connection.transferTimeout.count() / 1000)),
                      data);
        return;
    }
    if (data.status < 200 || data.status >= 300) {
        handleFailure(
            errors::decodeHttpError(
                {data.status, data.body, headerValue(data.headers, "X-Sentry-Rate-Limit-Reset")}),
            data);
        return;
    }
    handleReply(data);
}

void ApiJob::reportExchange(const QUrl &url, const Reply &reply, int networkError, bool cancelled)
{
    if (!m_client)
        return;
    Exchange exchange;
    exchange.method = m_wire.method;
    exchange.url = url;
    exchange.requestHeaders = redactedHeaders(m_wire.request);
    exchange.requestBody = m_wire.body;
    exchange.status = reply.status;
    exchange.responseHeaders = reply.headers;
    exchange.responseBody = reply.body;
    exchange.networkError = QNetworkReply::NetworkError(networkError);
    exchange.cancelled = cancelled;
    exchange.startedAt = m_sentAt;
    exchange.elapsed = std::chrono::milliseconds(m_clock.elapsed());
    emit m_client->exchangeFinished(exchange);
}

bool ApiJob::requestNextPage(const Reply &reply)
{
    const auto cursor = nextPageCursor(headerValue(reply.headers, "Link"));
    if (!cursor || m_seenCursors.contains(*cursor) || m_seenCursors.size() >= maxPages)
        return false;
    m_seenCursors.insert(*cursor);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), *cursor);
    send(query);
    return true;
}

void ApiJob::end(const Outcome &outcome)
{
    m_finished = true;
    deleteLater();
    emit ended(outcome);
}

} // namespace sm
