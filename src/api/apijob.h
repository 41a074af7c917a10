// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/connection.h"
#include "api/requestbuilder.h"
#include "api/result.h"
#include "api/trust.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>

#include <functional>

class QTimer;

class QNetworkReply;

namespace sm {

class SentryClient;

// One request to Sentry (or one chain of pages) and exactly one result. The base class owns
// the shared behaviour: sending through the client, transfer timeout, safe redirects,
// cancel, decoding failures, and announcing the end: ended(outcome), once, whatever the
// job was for, just before the typed job's finished(result). Typed jobs (TypedJob) only
// turn a 2xx body into their value. A job deletes itself after it has ended.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    // A hostile or broken server must not keep a list paging forever: the most pages one
    // list is read in, by a job following its pages or by a MemberStream.
    static constexpr int maxPages = 2000;

    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    // The connection the job uses: the client's when the job was created, or a candidate.
    const ConnectionSettings &connection() const { return m_connection; }
    // POST, PUT, PATCH or DELETE: a request Sentry must see at most once.
    bool isChange() const;
    bool isFinished() const { return m_finished; }
    // One page only: the Link header's next cursor stays in the result's headers for the
    // caller, who asks for pages itself (several at a time). Set before the job's answer.
    void setFollowPages(bool follow) { m_followPages = follow; }
    // Stops the request; the job still finishes, with an error of kind Cancelled.
    void cancel();

    struct Reply
    {
        int status = 0;
        QByteArray body;
        HeaderList headers;
        bool http2 = false;

        // Status, body and headers as an outcome without an error.
        Outcome outcome() const { return {{}, status, body, headers}; }
    };

signals:
    // The job ended: it succeeded, failed or was cancelled (outcome.error says which).
    // Emitted exactly once, before the typed job's finished(result).
    void ended(const sm::Outcome &outcome);

protected:
    ApiJob(SentryClient *client, ApiRequest request);

    virtual void handleReply(const Reply &reply) = 0;
    virtual void handleFailure(const ApiError &error, const Reply &reply) = 0;

    // For paginated lists: what one page's answer means for the list.
    enum class Page
    {
        More,      // read; the next page is on its way
        Complete,  // read; it was the last page
        Unreadable // not a page: the list ends here, without an answer for the next one
    };
    // Asks for the next page, when the Link header promises one, before `read` takes this
    // one, so that Sentry prepares it while this one is parsed and shown; a page `read`
    // cannot take withdraws that request.
    Page readPage(const Reply &reply, const std::function<bool()> &read);
    // Marks the job finished, schedules its deletion and emits ended(outcome).
    void end(const Outcome &outcome);

private:
    friend class SentryClient;
    void start();
    void finishWithoutSending(const ApiError &error);
    // Asks the client's pacer for a place, then transmits.
    void send(const QUrlQuery &extraQuery);
    void transmit();
    // The pacer no longer counts this job's request (answered, withdrawn, or never sent).
    void leavePacer(const HeaderList &headers = {}, int status = 0);
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    void onDownloadProgress(qint64 received, qint64 total);
    bool requestNextPage(const Reply &reply);
    // Drops the reply on its way (a page nobody will read), telling the observer.
    void withdrawReply();
    // Ends the current reply early; onReplyFinished reports `reason`.
    void abortWith(const ApiError &reason);
    // Tells the client about the exchange that just finished (or was cancelled).
    void reportExchange(const QUrl &url, const Reply &reply, int networkError, bool cancelled);

    QPointer<SentryClient> m_client;
    ApiRequest m_request;
    ConnectionSettings m_connection;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QList<QSslError> m_sslErrors;
    QList<QUrl> m_redirectedTo;
    WireRequest m_wire;         // what the current reply was sent with
    trust::Configuration m_tls; // the connection's CA file's, read before the first send
    QUrlQuery m_extraQuery;
    QDateTime m_sentAt;
    QElapsedTimer m_clock;
    QSet<QString> m_seenCursors;
    ApiError m_abortReason;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_followPages = true;
    bool m_resentUnprocessed = false; // a read the server did not take is sent once more
    // A read refused with 429 waits for the window and goes again, a few times at most.
    static constexpr int maxRateLimitedResends = 3;
    int m_rateLimitedResends = 0;
    bool m_queued = false; // waiting for the pacer: nothing sent yet
};

} // namespace sm
