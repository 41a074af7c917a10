// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/announcement.h"
#include "sandbox/connectiontap.h"
#include "sandbox/faults.h"
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
    Announcement announcement();
    // Called for every request received, after it was answered (status 0: received and never
    // answered, by an injected fault), e.g. to keep a journal.
    using ExchangeObserver = std::function<void(const Request &, const Response &)>;
    void setExchangeObserver(ExchangeObserver observer) { m_observer = std::move(observer); }
    // Injects `fault` into the answers to the requests it matches (first match wins).
    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    // Body cap and idle timeouts; call before start().
    void setLimits(const ConnectionLimits &limits) { m_limits = limits; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Answers `request` as `fault` says.
    void answerWithFault(const Fault &fault, const Request &request, QTcpSocket *socket);
    void record(const Request &request, const Response &response);
    static QByteArray rawResponse(const Response &response);

    SandboxApi m_api;
    QList<Fault> m_faults;
    QTcpServer *m_tcp = nullptr;
    ConnectionLimits m_limits;
    quint16 m_port = 0;
    ExchangeObserver m_observer;
};

} // namespace sm::sandbox
