#include "demoorganization.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/seed.h"

namespace sm::app {

DemoOrganization::DemoOrganization(QObject *parent)
    : QObject(parent)
{}

DemoOrganization::~DemoOrganization() = default;

std::optional<ConnectionSettings> DemoOrganization::ownerConnection()
{
    if (!m_server) {
        auto org = sandbox::organizationFromSeed(sandbox::demoSeed(), nullptr);
        if (!org)
            return std::nullopt;
        auto server = std::make_unique<sandbox::SandboxServer>(std::move(*org));
        if (server->start() == 0)
            return std::nullopt;
        m_server = std::move(server);
    }
    ConnectionSettings settings;
    settings.baseUrl = m_server->url();
    settings.organization = m_server->api().organization().slug;
    for (const sandbox::TokenRecord &token : m_server->api().organization().tokens) {
        if (token.label == QLatin1String("owner"))
            settings.token = token.token;
    }
    return settings;
}

} // namespace sm::app
