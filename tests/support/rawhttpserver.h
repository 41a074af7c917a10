// SPDX-License-Identifier: MIT
#pragma once

#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace sm::test {

// A loopback HTTP peer that answers with whatever bytes a test gives it: redirects,
// silence, malformed or hostile bodies. It exercises the client's own code paths against
// answers a well-behaved server would never send.
class RawHttpServer : public QObject
{
public:
    // Gets the request head ("GET /path HTTP/1.1\r\n..."); returns the full raw response,
    // or an empty array to never answer.
    using Responder = std::function<QByteArray(const QByteArray &head)>;
    // Full control: gets the socket and the request head, answers (or not) as it likes.
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &head)>;

    explicit RawHttpServer(Handler handler)
        : RawHttpServer(Responder())
    {
        m_handler = std::move(handler);
    }

    explicit RawHttpServer(Responder responder)
        : m_responder(std::move(responder))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onData(socket); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("http://%1:%2").arg(host).arg(port());
    }
    int requests() const { return m_requests; }

    // Answers that end the connection instead: an orderly close, or a reset (RST).
    static QByteArray close() { return QByteArrayLiteral("\0close"); }
    static QByteArray reset() { return QByteArrayLiteral("\0reset"); }

    static QByteArray response(int status, const QByteArray &body,
                               const QList<QByteArray> &headers = {},
                               const QByteArray &contentType = "application/json")
    {
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        if (!contentType.isEmpty())
            raw += "Content-Type: " + contentType + "\r\n";
        for (const QByteArray &header : headers)
            raw += header + "\r\n";
        raw +=
            "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        return raw + body;
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ++m_requests;
        const QByteArray head = buffer.left(end);
        buffer.clear();
        if (m_handler) {
            m_handler(socket, head);
            return;
        }
        const QByteArray answer = m_responder(head);
        if (answer.isEmpty())
            return; // stay silent
        if (answer == close()) {
            socket->disconnectFromHost();
            return;
        }
        if (answer == reset()) {
            socket->abort();
            return;
        }
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Responder m_responder;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

} // namespace sm::test
