// SPDX-License-Identifier: MIT
#pragma once

#include "api/connectioncheck.h"
#include "api/sentryclient.h"

#include <QObject>

namespace sm {

// The connection the UI observes: where the app is connected, as whom, and whether that
// works. Connecting checks the token (ConnectionCheck), which also tells which roles the
// caller may assign.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    SentryClient *client() { return &m_client; }
    State state() const { return m_state; }
    const ConnectionSettings &settings() const { return m_client.connection(); }
    // The caller's own membership (valid when Connected).
    const Member &me() const { return m_me; }
    // Connected with an internal integration's token: no membership, no roles of its own.
    bool isIntegrationToken() const { return m_state == State::Connected && m_me.id.isEmpty(); }
    // "user", "integration" or "organization" (an org auth token, sntrys_, made for
    // sentry-cli's uploads): for a record or a status line.
    QString tokenKind() const;
    const ApiError &lastError() const { return m_lastError; }
    // "sentry.io · acme · Ada Lovelace (Owner)"
    QString summary() const;
    QString instanceName() const;
    QString roleName(const QString &roleId) const;

    void connectTo(const ConnectionSettings &settings);
    void disconnectFromServer();
    // Stops a connection attempt (a server that does not answer); the settings are kept so
    // the Connect dialog offers them again.
    void cancelConnecting();

signals:
    void stateChanged(sm::Session::State state);

private:
    void setState(State state);

    SentryClient m_client;
    State m_state = State::Disconnected;
    Member m_me;
    ApiError m_lastError;
    QPointer<ConnectionCheck> m_check;
};

} // namespace sm
