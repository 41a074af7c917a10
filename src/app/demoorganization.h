// SPDX-License-Identifier: MIT
#pragma once

#include "api/connection.h"

#include <QObject>
#include <QProcess>

namespace sm::app {

// The built-in demo: sentry-members-sandbox as a child process on 127.0.0.1 that ends with
// the app (also if the app crashes). Keeping the server out of the app's process keeps
// QtHttpServer out of its startup.
class DemoOrganization final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoOrganization)

public:
    explicit DemoOrganization(QObject *parent = nullptr);
    ~DemoOrganization() override;

    // Starts the sandbox if needed; ready() or failed() follows.
    void start();

signals:
    void ready(const sm::ConnectionSettings &owner);
    void failed(const QString &message);

private:
    void readAnnouncement();
    static QString sandboxProgram();

    QProcess m_process;
    QByteArray m_output;
    std::optional<ConnectionSettings> m_owner;
};

} // namespace sm::app
