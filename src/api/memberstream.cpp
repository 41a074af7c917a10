// SPDX-License-Identifier: MIT
#include "api/memberstream.h"

#include "api/linkheader.h"
#include "api/sentryclient.h"

#include <QTimer>

namespace sm {

namespace {

QString offsetCursor(int page)
{
    return QStringLiteral("%1:%2:0").arg(MemberStream::perPage).arg(page);
}

} // namespace

MemberStream::MemberStream(SentryClient *client, const QString &query, int ahead)
    : QObject(client)
    , m_client(client)
    , m_query(query)
    , m_ahead(qMax(1, ahead))
{
    // From the event loop, as a job's first answer would come: the caller connects first.
    QTimer::singleShot(0, this, [this] {
        if (!m_finished)
            request(0, QString());
    });
}

MemberStream::~MemberStream()
{
    for (const QPointer<MemberListJob> &job : std::as_const(m_jobs)) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
}

void MemberStream::request(int index, const QString &cursor)
{
    m_highestRequested = qMax(m_highestRequested, index);
    ApiRequest request = requests::listMembers(m_query, true, perPage);
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    MemberListJob *job = m_client->listMembersPage(request);
    m_jobs.insert(index, job);
    connect(job, &MemberListJob::finished, this,
            [this, index](const MemberListResult &result) { onPage(index, result); });
}

void MemberStream::onPage(int index, const MemberListResult &result)
{
    m_jobs.remove(index);
    if (m_finished || (m_lastIndex && index > *m_lastIndex) ||
        (m_failedIndex && index > *m_failedIndex))
        return;
    if (!result.ok()) {
        m_failedIndex = index;
        m_failure = result;
        dropAfter(index);
        deliverReady();
        return;
    }
    m_ready.insert(index, result.value);
    const std::optional<QString> next = nextPageCursor(headerValue(result.headers, "Link"));
    if (!next || index + 1 >= ApiJob::maxPages) {
        m_lastIndex = qMin(m_lastIndex.value_or(index), index);
        dropAfter(index);
    } else if (index == 0) {
        m_offsetCursors = *next == offsetCursor(1);
    }
    if (next && !m_lastIndex) {
        if (m_offsetCursors) {
            // Widens as pages keep coming: a small organization costs no page past its end,
            // a large one soon has `ahead` pages on their way.
            if (index > 0)
                m_window = qMin(m_ahead, m_window * 2);
            askAhead();
        } else if (index == m_highestRequested)
            request(index + 1, *next);
    }
    deliverReady();
}

void MemberStream::askAhead()
{
    // Pages past the end answer [] and say so; the page before them ends the stream. The
    // pages asked for run from the first one not yet answered to `m_window` pages on: pages
    // are asked for before those that came are handed out, since showing them takes time.
    int firstMissing = m_nextToDeliver;
    while (m_ready.contains(firstMissing))
        ++firstMissing;
    const int until = qMin(firstMissing + m_window - 1, ApiJob::maxPages - 1);
    while (m_highestRequested < until && !m_lastIndex)
        request(m_highestRequested + 1, offsetCursor(m_highestRequested + 1));
}

void MemberStream::dropAfter(int index)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it.key() > index) {
            if (it.value()) {
                disconnect(it.value(), nullptr, this, nullptr);
                it.value()->cancel();
            }
            it = m_jobs.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_ready.begin(); it != m_ready.end();)
        it = it.key() > index ? m_ready.erase(it) : std::next(it);
}

void MemberStream::deliverReady()
{
    QPointer<MemberStream> alive(this);
    while (alive && !m_finished && m_ready.contains(m_nextToDeliver)) {
        const QList<Member> page = m_ready.take(m_nextToDeliver);
        ++m_nextToDeliver;
        emit pageReceived(page); // may cancel the stream
    }
    if (!alive || m_finished)
        return;
    if (m_failedIndex && m_nextToDeliver == *m_failedIndex) {
        finish(m_failure);
        return;
    }
    if (m_lastIndex && m_nextToDeliver > *m_lastIndex) {
        MemberListResult done;
        finish(done);
        return;
    }
    if (m_offsetCursors)
        askAhead();
}

void MemberStream::cancel()
{
    if (m_finished)
        return;
    dropAfter(-1);
    MemberListResult cancelled;
    cancelled.error = ApiError::cancelled();
    finish(cancelled);
}

void MemberStream::finish(const MemberListResult &result)
{
    m_finished = true;
    dropAfter(-1);
    deleteLater();
    emit finished(result);
}

} // namespace sm
