#pragma once

#include "api/connection.h"

#include <QObject>

#include <memory>

namespace sm::sandbox {
class SandboxServer;
}

namespace sm::app {

// The built-in demo: the sandbox server on 127.0.0.1 inside this process, so it ends with
// the app. Connect as its owner to explore.
class DemoOrganization final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoOrganization)

public:
    explicit DemoOrganization(QObject *parent = nullptr);
    ~DemoOrganization() override;

    // Starts the server on first use; returns the owner's connection, or nullopt if no
    // loopback port could be had.
    std::optional<ConnectionSettings> ownerConnection();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace sm::app
