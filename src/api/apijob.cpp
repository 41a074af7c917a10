// SPDX-License-Identifier: MIT
#include "api/apijob.h"

#include "api/errordecoder.h"
#include "api/exchange.h"
#include "api/linkheader.h"
#include "api/logging.h"
#include "api/sentryclient.h"
#include "api/trust.h"

#include <QNetworkReply>
#include <QTimer>

namespace sm {

namespace {
// Same-origin redirects a read follows (Qt's own cap, in buildRequest, is higher).
constexpr qsizetype maxRedirects = 5;

// The server said it did not process the request: an HTTP/2 REFUSED_STREAM, or a GOAWAY
// whose last stream id is below this one (RFC 9113 §8.7: safe to retry). Qt 6 reports both
// only through its own (untranslated) error strings, so they are matched here, in one place.
bool serverDidNotProcess(const QNetworkReply *reply)
{
    const QString why = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ProtocolFailure:
        return why == QLatin1String("Server refused a stream");
    case QNetworkReply::ContentReSendError:
        return why ==
               QLatin1String(
                   "Server stopped accepting new streams before this stream was established");
    case QNetworkReply::ProtocolUnknownError:
        return why == QLatin1String("GOAWAY received, cannot start a request");
    default:
        return false;
    }
}
} // namespace

ApiJob::ApiJob(SentryClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        ApiError late = errors::transportError(
            {QNetworkReply::TimeoutError,
             m_wire.request.url().host(),
             isChange(),
             true,
             int(std::chrono::duration_cast<std::chrono::seconds>(m_connection.deadline).count()),
             {}});
        abortWith(late);
    });
}

bool ApiJob::isChange() const
{
    return sm::changesSomething(m_request.method);
}

ApiJob::~ApiJob()
{
    leavePacer();
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
    ApiError cancelled = ApiError::cancelled();
    if (m_queued) { // still waiting for its place: nothing was sent
        leavePacer();
        m_queued = false;
    }
    if (m_reply) {
        // A change already on its way may have reached Sentry.
        cancelled.outcomeUnknown = isChange();
        withdrawReply();
    }
    m_deadline->stop();
    // Delivered from the event loop, never from inside cancel(), like every other result.
    QTimer::singleShot(0, this, [this, cancelled] { finishWithoutSending(cancelled); });
}

void ApiJob::start()
{
    // A connection's own CA file is read off this thread before the first request.
    const QPointer<ApiJob> self(this);
    trust::whenReady(m_connection.caFile, this, [self](const trust::Configuration &tls) {
        if (self && !self->m_finished && !self->m_cancelled) {
            self->m_tls = tls;
            self->send({});
        }
    });
}

void ApiJob::finishWithoutSending(const ApiError &error)
{
    if (m_finished)
        return;
    handleFailure(error, {});
}

void ApiJob::send(const QUrlQuery &extraQuery)
{
    m_extraQuery = extraQuery;
    if (!m_client)
        return;
    m_queued = true;
    m_client->pacer()->enqueue(this, RequestPacer::bucketOf(m_request, m_connection), [this] {
        m_queued = false;
        transmit();
    });
}

void ApiJob::leavePacer(const HeaderList &headers, int status)
{
    if (!m_client)
        return;
    m_client->pacer()->dequeue(this);
    m_client->pacer()->finished(this, headers, status);
    m_client->noteServerDate(headers);
}

void ApiJob::transmit()
{
    m_wire = buildRequest(m_connection, m_request, m_extraQuery);
    // Only requests of this connection trust its CA file; a redirect to another host is
    // never followed, so the extra trust goes nowhere else.
    if (m_tls)
        m_wire.request.setSslConfiguration(*m_tls);
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_sslErrors.clear();
    m_redirectedTo.clear();
    m_reply = m_client->send(m_wire, m_connection.caFile);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
    // Qt emits downloadProgress at most every 100 ms, and a fast server can send a whole huge
    // answer in less: the declared length (at the headers) and each chunk (readyRead) are
    // checked as they come.
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        onDownloadProgress(0, length.isValid() ? length.toLongLong() : -1);
    });
    connect(m_reply, &QNetworkReply::readyRead, this,
            [this] { onDownloadProgress(m_reply->bytesAvailable(), -1); });
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiJob::onDownloadProgress);
    // Kept to say why the handshake failed; never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    m_deadline->start(m_connection.deadline);
}

void ApiJob::abortWith(const ApiError &reason)
{
    if (!m_reply || m_abortReason.isError())
        return;
    m_abortReason = reason;
    m_reply->abort();
}

void ApiJob::onDownloadProgress(qint64 received, qint64 total)
{
    // Qt keeps the whole answer in memory: stop reading one larger than any Sentry sends.
    const qint64 limit = m_connection.maxResponseBytes;
    if (received > limit || total > limit)
        abortWith(errors::responseTooLarge(m_wire.request.url().host(), limit, isChange()));
}

void ApiJob::onRedirected(const QUrl &target)
{
    // Only same-origin redirects of reads are followed, so the bearer token never reaches
    // another host or drops to plain http, and a change is never sent anywhere else (Qt
    // would turn a redirected POST into a GET and report its answer as the change's).
    const QUrl origin = m_reply->request().url();
    if (isChange()) {
        qCWarning(lcApi) << "Refused to redirect a" << m_request.method << "to" << target.path();
        abortWith(errors::redirectedChange(origin.host(), target.toDisplayString()));
        return;
    }
    if (target.scheme() == origin.scheme() && target.host() == origin.host() &&
        target.port() == origin.port()) {
        // Qt's own limit ends a loop with a bogus "HTTP 100": stop a loop here, at the first
        // address seen twice or after a few hops.
        if (m_redirectedTo.contains(target) || m_redirectedTo.size() >= maxRedirects) {
            abortWith(errors::transportError(
                {QNetworkReply::TooManyRedirectsError, origin.host(), false, false, 0, {}}));
            return;
        }
        m_redirectedTo.append(target);
        emit m_reply->redirectAllowed();
        return;
    }
    qCWarning(lcApi) << "Refused redirect from" << origin.host() << "to" << target.host();
    abortWith(errors::refusedRedirect(origin.host(), target.toDisplayString()));
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
    data.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    reportExchange(reply->url(), data, reply->error(), false);
    leavePacer(data.headers, data.status);

    m_deadline->stop();
    if (m_abortReason.isError()) {
        handleFailure(m_abortReason, data);
        return;
    }
    // Transport failures first: a redirect loop, for one, still carries a 3xx status, and a
    // stream reset after a 2xx status line leaves only part of the answer.
    const QNetworkReply::NetworkError transport = reply->error();
    const bool brokenSuccess =
        data.status >= 200 && data.status < 300 && transport != QNetworkReply::NoError;
    const bool httpAnswer = data.status >= 200 && !brokenSuccess &&
                            transport != QNetworkReply::TooManyRedirectsError &&
                            transport != QNetworkReply::InsecureRedirectError;
    const bool unprocessed = !httpAnswer && serverDidNotProcess(reply);
    if (unprocessed && !isChange() && !m_resentUnprocessed) {
        // A server draining its connections (a deploy) refused the read: ask once more, on a
        // fresh stream. A change is never sent again by the client, even then.
        qCInfo(lcApi) << "Sending a refused" << m_request.method << "once more";
        m_resentUnprocessed = true;
        send(m_extraQuery);
        return;
    }
    if (!httpAnswer) {
        errors::TransportFailure failure;
        failure.error = transport;
        failure.host = reply->url().host();
        failure.change = isChange();
        // Qt's transfer timeout aborts the reply as cancelled: silence for too long.
        failure.timedOut = transport == QNetworkReply::OperationCanceledError;
        failure.timeoutSeconds = int(m_connection.transferTimeout.count() / 1000);
        failure.sslErrors = m_sslErrors;
        failure.notProcessed = unprocessed;
        handleFailure(errors::transportError(failure), data);
        return;
    }
    if (data.status == 429 && !isChange() && m_rateLimitedResends < maxRateLimitedResends) {
        // A read the rate limiter refused changed nothing: ask again once the pacer, which
        // has just learned the window, lets its bucket go. A change is never sent again.
        ++m_rateLimitedResends;
        qCInfo(lcApi) << "Reading again after the rate limit's wait:" << m_request.method;
        send(m_extraQuery);
        return;
    }
    if (data.status >= 300) {
        handleFailure(
            errors::decodeHttpError({data.status, data.body,
                                     headerValue(data.headers, "X-Sentry-Rate-Limit-Reset"),
                                     headerValue(data.headers, "Retry-After"), isChange()}),
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
    exchange.http2 = reply.http2;
    exchange.startedAt = m_sentAt;
    exchange.elapsed = std::chrono::milliseconds(m_clock.elapsed());
    exchange.runId = m_request.runId;
    emit m_client->exchangeFinished(exchange);
}

void ApiJob::withdrawReply()
{
    if (m_queued) { // the next page had not gone yet: it never will
        leavePacer();
        m_queued = false;
        return;
    }
    if (!m_reply)
        return;
    leavePacer();
    reportExchange(m_reply->url(), {}, QNetworkReply::OperationCanceledError, true);
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
    m_deadline->stop();
}

ApiJob::Page ApiJob::readPage(const Reply &reply, const std::function<bool()> &read)
{
    const bool more = requestNextPage(reply);
    if (!read()) {
        withdrawReply();
        return Page::Unreadable;
    }
    return more ? Page::More : Page::Complete;
}

bool ApiJob::requestNextPage(const Reply &reply)
{
    if (!m_followPages)
        return false;
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
