// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxapi.h"

#include <QAbstractHttpServer>
#include <QUrl>

#include <functional>

class QTcpServer;

namespace sm::sandbox {

// Serves SandboxApi over HTTP on loopback. Used by the tests, the demo organization and
// the sentry-members-sandbox executable.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(Organization organization, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (port 0: any free port). Returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    QUrl url() const;
    SandboxApi &api() { return m_api; }
    // The JSON line announced on stdout: url, org and the tokens by label.
    QJsonObject announcement();
    // Called after every answered request, e.g. to keep a journal of what was received.
    using ExchangeObserver = std::function<void(const Request &, const Response &)>;
    void setExchangeObserver(ExchangeObserver observer) { m_observer = std::move(observer); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxApi m_api;
    QTcpServer *m_tcp = nullptr;
    quint16 m_port = 0;
    ExchangeObserver m_observer;
};

} // namespace sm::sandbox
