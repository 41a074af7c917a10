// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobs.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

namespace sm {

class SentryClient;

// Every member with their external links, page by page, in order, as fast as Sentry's limits
// allow. Sentry's member list uses the offset paginator, whose cursors are predictable
// (`<per_page>:<page>:0`, notes on Sentry's API §3.1): once the first page's next cursor shows
// that form, the pages after it are asked for several at a time (one, then twice as many with
// each further page, up to `ahead`), the pacer deciding when each goes (concurrency and the
// rate-limit window), and handed out in order as they complete. A
// server whose cursors look otherwise is followed one page at a time, as its Link header says.
// Each page is one job; a failed page ends the stream with its error after the pages before
// it, and pages after it are dropped.
class MemberStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberStream)

public:
    static constexpr int defaultAhead = 8;
    static constexpr int perPage = 100;

    // Starts at once; deletes itself after finished().
    MemberStream(SentryClient *client, const QString &query, int ahead = defaultAhead);
    ~MemberStream() override;

    // Stops every page still asked for; finished() follows with a Cancelled error.
    void cancel();
    // Pages asked for so far, whether answered or not (for tests and benchmarks).
    int pagesRequested() const { return m_highestRequested + 1; }
    // Whether the cursors were recognised as the offset paginator's.
    bool readsAhead() const { return m_offsetCursors; }

signals:
    void pageReceived(const QList<sm::Member> &page);
    // The value is empty: the pages went to pageReceived.
    void finished(const sm::MemberListResult &result);

private:
    void request(int index, const QString &cursor);
    void onPage(int index, const MemberListResult &result);
    void askAhead();
    void dropAfter(int index);
    void deliverReady();
    void finish(const MemberListResult &result);

    SentryClient *m_client;
    QString m_query;
    int m_ahead;
    int m_window = 1; // pages asked for ahead now, up to m_ahead
    bool m_offsetCursors = false;
    int m_highestRequested = -1;
    int m_nextToDeliver = 0;
    std::optional<int> m_lastIndex;   // the page that said no more
    std::optional<int> m_failedIndex; // the page that failed
    MemberListResult m_failure;
    QMap<int, QPointer<MemberListJob>> m_jobs;
    QMap<int, QList<Member>> m_ready;
    bool m_finished = false;
};

} // namespace sm
