// SPDX-License-Identifier: MIT
#include "sandbox/connectiontap.h"

#include <QTcpSocket>
#include <QTimer>

namespace sm::sandbox {

namespace {
// A head larger than this is not a request of any client of ours; nginx's default buffers
// allow 4 x 8 KiB.
constexpr qsizetype maxHeadBytes = qsizetype(64) * 1024;

// nginx's answer: a proxy in front of Sentry refuses the body before Sentry sees it.
// How long a refused request's body is still read and dropped before the connection closes.
constexpr std::chrono::milliseconds lingeringClose{2000};

// The page nginx sends, and its head with a length computed from the page, so the two
// never disagree (a client reads exactly the declared bytes, no more, no fewer).
QByteArray tooLargeAnswer()
{
    const QByteArray page = "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n"
                            "<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n"
                            "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return "HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: text/html\r\n"
           "Content-Length: " +
           QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page;
}

RawHeaders parseHead(const QByteArray &head, qint64 *contentLength)
{
    RawHeaders headers;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            *contentLength = value.toLongLong();
        headers.append({name, value});
    }
    return headers;
}
} // namespace

ConnectionTap::ConnectionTap(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionTap"));
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionTap::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionTap::rearm);
    rearm();
}

ConnectionTap *ConnectionTap::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionTap *>(QStringLiteral("connectionTap"),
                                                       Qt::FindDirectChildrenOnly)
                  : nullptr;
}

std::optional<RawHeaders> ConnectionTap::takeHeaders(const QByteArray &method,
                                                     const QByteArray &path)
{
    while (!m_heads.isEmpty()) {
        const Head head = m_heads.takeFirst();
        const QList<QByteArray> words = head.requestLine.split(' ');
        if (words.value(0) == method && words.value(1).split('?').value(0) == path)
            return head.headers;
    }
    return std::nullopt;
}

void ConnectionTap::rearm()
{
    if (m_refused)
        return; // closing after a 413: the lingering timer runs on
    const bool partial = !m_head.isEmpty() || m_bodyLeft > 0;
    m_idle->start(partial ? m_limits.partialRequestTimeout : m_limits.keepAliveTimeout);
}

void ConnectionTap::onReadyRead()
{
    // Peeked, not read: QtHttpServer reads the same bytes right after this.
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    qsizetype at = 0;
    while (at < data.size()) {
        if (m_bodyLeft > 0) {
            const qint64 skipped = qMin<qint64>(m_bodyLeft, data.size() - at);
            m_bodyLeft -= skipped;
            at += qsizetype(skipped);
            continue;
        }
        const qsizetype end = data.indexOf("\r\n\r\n", at);
        const qsizetype take = end < 0 ? data.size() - at : end + 4 - at;
        // A blank line split across two reads ends the head in the second.
        m_head.append(data.mid(at, take));
        at += take;
        const qsizetype headEnd = m_head.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_head.size() > maxHeadBytes)
                m_socket->abort();
            break;
        }
        const QByteArray rest = m_head.mid(headEnd + 4);
        m_head.truncate(headEnd);
        qint64 contentLength = 0;
        m_heads.append({m_head.left(m_head.indexOf("\r\n")), parseHead(m_head, &contentLength)});
        m_head.clear();
        if (contentLength > m_limits.maxRequestBody) {
            refuseTooLarge();
            return;
        }
        m_bodyLeft = qMax<qint64>(0, contentLength - rest.size());
        if (!rest.isEmpty())
            m_head = rest.mid(contentLength);
    }
    rearm();
}

void ConnectionTap::refuseTooLarge()
{
    m_heads.clear();
    m_refused = true;
    // QtHttpServer reads no further: the body is never held in memory. What still arrives
    // is read and dropped for a moment, as nginx's lingering close does, so the client can
    // read the 413 before the connection closes (closing with unread data would reset it).
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this,
            [this] { m_socket->skip(m_socket->bytesAvailable()); });
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(tooLargeAnswer());
    m_idle->start(lingeringClose);
}

void TappedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new ConnectionTap(socket, m_limits);
    addPendingConnection(socket);
}

} // namespace sm::sandbox
