// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

#include <chrono>
#include <optional>

class QTcpSocket;
class QTimer;

namespace sm::sandbox {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Limits a real server in front of Sentry enforces, which QtHttpServer 6.4 does not.
struct ConnectionLimits
{
    // A request whose Content-Length is larger is answered 413 before its body is read.
    qint64 maxRequestBody = qint64(1) * 1024 * 1024;
    // A request that stops arriving half way is dropped after this long.
    std::chrono::milliseconds partialRequestTimeout{30000};
    // A kept-alive connection with no request in flight is closed after this long.
    std::chrono::milliseconds keepAliveTimeout{120000};
};

// Reads each connection's bytes before QtHttpServer does (its readyRead handler runs first):
// keeps every request's header lines, which QtHttpServer 6.4 cuts at 100, refuses bodies
// over the limit before they are buffered, and drops idle and half-sent connections.
class ConnectionTap final : public QObject
{
    Q_OBJECT

public:
    ConnectionTap(QTcpSocket *socket, const ConnectionLimits &limits);
    // The header lines of the request for `method` and `path` (the oldest not yet taken
    // whose request line names them; older ones QtHttpServer never served are dropped).
    std::optional<RawHeaders> takeHeaders(const QByteArray &method, const QByteArray &path);
    static ConnectionTap *of(QTcpSocket *socket);

private:
    void onReadyRead();
    void refuseTooLarge();
    void rearm();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    QTimer *m_idle;
    QByteArray m_head;      // the head of the request arriving, up to its blank line
    qint64 m_bodyLeft = 0;  // body bytes of the current request still to come
    bool m_refused = false; // answered 413, closing
    struct Head
    {
        QByteArray requestLine;
        RawHeaders headers;
    };
    QList<Head> m_heads;
};

// A QTcpServer whose connections get a ConnectionTap before QtHttpServer sees them.
class TappedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    TappedTcpServer(const ConnectionLimits &limits, QObject *parent)
        : QTcpServer(parent)
        , m_limits(limits)
    {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
};

} // namespace sm::sandbox
