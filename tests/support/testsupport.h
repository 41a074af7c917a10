#pragma once

#include "api/sentryclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <optional>

namespace sm::test {

// A sandbox server on 127.0.0.1 with the demo organization, and clients connected to it as
// any of its tokens ("owner", "manager", "member", "integration").
class Sandbox
{
public:
    explicit Sandbox(int members = 250, std::optional<QJsonObject> seed = std::nullopt)
    {
        QString error;
        auto org = sandbox::organizationFromSeed(seed.value_or(sandbox::demoSeed(members)), &error);
        if (!org)
            qFatal("unusable seed: %s", qPrintable(error));
        m_server = std::make_unique<sandbox::SandboxServer>(std::move(*org));
        if (m_server->start() == 0)
            qFatal("sandbox could not listen on 127.0.0.1");
    }

    sandbox::SandboxServer &server() { return *m_server; }
    sandbox::SandboxApi &api() { return m_server->api(); }
    sandbox::Organization &org() { return m_server->api().organization(); }

    QString token(const QString &label)
    {
        for (const sandbox::TokenRecord &t : org().tokens) {
            if (t.label == label)
                return t.token;
        }
        qFatal("no token %s", qPrintable(label));
    }

    ConnectionSettings connectionAs(const QString &label)
    {
        ConnectionSettings settings;
        settings.baseUrl = m_server->url();
        settings.organization = org().slug;
        settings.token = token(label);
        settings.transferTimeout = std::chrono::seconds(10);
        return settings;
    }

    // A client owned by the caller, connected as `label`.
    std::unique_ptr<SentryClient> client(const QString &label)
    {
        auto c = std::make_unique<SentryClient>();
        c->setConnection(connectionAs(label));
        return c;
    }

    const sandbox::Request &lastRequest() const
    {
        if (m_server->api().received().isEmpty())
            qFatal("the sandbox received no request");
        return m_server->api().received().constLast();
    }
    qsizetype requestCount() const { return m_server->api().received().size(); }

    sandbox::MemberRecord *memberByEmail(const QString &email)
    {
        for (sandbox::MemberRecord &m : org().members) {
            if (org().memberHasEmail(m, email))
                return &m;
        }
        return nullptr;
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

// Runs the event loop until the job delivers its result and returns it; counts how many
// results arrived so tests can assert "exactly one".
template<typename ResultT, typename Job>
ResultT await(Job *job, int *deliveries = nullptr, int timeoutMs = 15000)
{
    std::optional<ResultT> result;
    int count = 0;
    QObject context;
    QObject::connect(job, &Job::finished, &context, [&](const ResultT &r) {
        result = r;
        ++count;
    });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    // Let any (wrong) second delivery arrive before counting.
    QTest::qWait(20);
    if (deliveries)
        *deliveries = count;
    if (!result)
        qFatal("job did not finish within %d ms", timeoutMs);
    return *result;
}

inline QJsonObject jsonBody(const sandbox::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace sm::test
