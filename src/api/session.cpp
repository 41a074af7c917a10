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
    const QString as = who.isEmpty() ? QCoreApplication::translate("sm::Session", "an integration")
                                     : QStringLiteral("%1 (%2)").arg(who, roleName(m_me.orgRole));
    return QStringLiteral("%1 · %2 · %3").arg(instanceName(), settings().organization, as);
}

void Session::connectTo(const ConnectionSettings &settings)
{
    if (m_pending)
        m_pending->cancel();
    if (m_probe)
        m_probe->cancel();
    m_client.setConnection(settings);
    m_me = {};
    m_lastError = {};
    setState(State::Connecting);
    m_pending = m_client.me();
    connect(m_pending, &MemberJob::finished, this, [this](const MemberResult &result) {
        if (result.error.isCancelled())
            return;
        if (result.ok()) {
            m_me = result.value;
            setState(State::Connected);
        } else if (result.error.kind == ApiError::Kind::NotFound) {
            confirmWithoutMembership(result.error);
        } else {
            m_lastError = result.error;
            setState(State::Failed);
        }
    });
}

void Session::confirmWithoutMembership(const ApiError &meError)
{
    // Internal-integration tokens have no membership, so members/me/ is 404 for them, as it
    // is for an unknown organization. Reading the teams tells the two apart.
    m_probe = m_client.listTeams();
    connect(m_probe, &TeamListJob::finished, this, [this, meError](const TeamListResult &result) {
        if (result.error.isCancelled())
            return;
        if (result.ok()) {
            setState(State::Connected);
        } else {
            m_lastError = result.error.kind == ApiError::Kind::NotFound ? meError : result.error;
            setState(State::Failed);
        }
    });
}

void Session::disconnectFromServer()
{
    if (m_pending)
        m_pending->cancel();
    if (m_probe)
        m_probe->cancel();
    m_client.setConnection({});
    m_me = {};
    setState(State::Disconnected);
}

void Session::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace sm
