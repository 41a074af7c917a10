// SPDX-License-Identifier: MIT
#include "api/session.h"

#include <QCoreApplication>

namespace sm {

Session::Session(QObject *parent)
    : QObject(parent)
{}

Session::~Session() = default;

QString Session::instanceName() const
{
    const QUrl &url = settings().baseUrl;
    for (const auto &[name, known] : connection::knownInstances()) {
        if (known.host() == url.host())
            return name;
    }
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

QString Session::roleName(const QString &roleId) const
{
    for (const RoleInfo &role : m_me.orgRoleList) {
        if (role.id == roleId)
            return role.name;
    }
    return roleId;
}

QString Session::tokenKind() const
{
    if (settings().token.startsWith(QLatin1String("sntrys_")))
        return QStringLiteral("organization");
    return isIntegrationToken() ? QStringLiteral("integration") : QStringLiteral("user");
}

QString Session::summary() const
{
    switch (m_state) {
    case State::Disconnected:
        return QCoreApplication::translate("sm::Session", "Not connected");
    case State::Connecting:
        return QCoreApplication::translate("sm::Session", "Connecting to %1…").arg(instanceName());
    case State::Failed:
        return QCoreApplication::translate("sm::Session", "Could not connect to %1")
            .arg(instanceName());
    case State::Connected:
        break;
    }
    const QString who = m_me.name.isEmpty() ? m_me.email : m_me.name;
    const QString as = isIntegrationToken()
                           ? QCoreApplication::translate("sm::Session", "an internal integration")
                           : QStringLiteral("%1 (%2)").arg(who, roleName(m_me.orgRole));
    return QStringLiteral("%1 · %2 · %3").arg(instanceName(), settings().organization, as);
}

void Session::connectTo(const ConnectionSettings &settings)
{
    if (m_check)
        m_check->cancel();
    m_client.setConnection(settings);
    m_me = {};
    m_lastError = {};
    setState(State::Connecting);
    m_check = new ConnectionCheck(&m_client, m_client.connection());
    connect(m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheckResult &result) {
        if (result.error.isCancelled())
            return;
        if (!result.ok()) {
            m_lastError = result.error;
            setState(State::Failed);
            return;
        }
        m_me = result.me.value_or(Member{});
        if (result.baseUrl.isValid() && result.baseUrl != m_client.connection().baseUrl) {
            ConnectionSettings regional = m_client.connection();
            regional.baseUrl = result.baseUrl; // the organization's region on sentry.io
            m_client.setConnection(regional);
        }
        setState(State::Connected);
    });
}

void Session::disconnectFromServer()
{
    if (m_check)
        m_check->cancel();
    m_client.setConnection({});
    m_me = {};
    setState(State::Disconnected);
}

void Session::cancelConnecting()
{
    if (m_state != State::Connecting)
        return;
    if (m_check)
        m_check->cancel();
    setState(State::Disconnected);
}

void Session::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace sm
