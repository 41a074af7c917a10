#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkReply;

namespace sm {

class SentryClient;

// One request to Sentry (or one chain of pages) and exactly one result. The base class owns
// the shared behaviour: sending through the client, transfer timeout, safe redirects,
// cancel, and decoding failures; subclasses only turn a 2xx body into their typed value
// and emit their finished(result) signal. A job deletes itself after it has finished.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Stops the request; the job still finishes, with an error of kind Cancelled.
    void cancel();

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray linkHeader;
    };

protected:
    ApiJob(SentryClient *client, ApiRequest request);

    virtual void handleReply(const Reply &reply) = 0;
    virtual void handleFailure(const ApiError &error, const Reply &reply) = 0;

    // For paginated lists: requests the next page if the Link header promises one.
    // Returns false when the list is complete.
    bool requestNextPage(const Reply &reply);
    // Subclasses call exactly one of these from their handlers.
    void markFinished();

private:
    friend class SentryClient;
    void start();
    void finishWithoutSending(const ApiError &error);
    void send(const QUrlQuery &extraQuery);
    void onReplyFinished();
    void onRedirected(const QUrl &target);

    QPointer<SentryClient> m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QSet<QString> m_seenCursors;
    ApiError m_abortReason;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace sm
