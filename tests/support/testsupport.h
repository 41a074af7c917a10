// SPDX-License-Identifier: MIT
#pragma once

#include "api/sentryclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seed.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace sm::test {

// How long a test waits for the app or the sandbox before it fails: generous, because the
// same suites run under AddressSanitizer on a busy two-core machine.
inline constexpr int patience = 20000;
// How long "exactly once" checks keep listening after the first result, so a late
// duplicate (a re-sent request, a second delivery) is caught rather than missed.
inline constexpr int duplicateWindow = 500;

// A sandbox server on 127.0.0.1 with the demo organization, and clients connected to it as
// any of its tokens ("owner", "manager", "member", "integration").
class Sandbox
{
public:
    explicit Sandbox(int members = 250, std::optional<QJsonObject> seed = std::nullopt,
                     std::optional<sandbox::ConnectionLimits> limits = std::nullopt)
    {
        QString error;
        auto org = sandbox::organizationFromSeed(seed.value_or(sandbox::demoSeed(members)), &error);
        if (!org)
            qFatal("unusable seed: %s", qPrintable(error));
        m_server = std::make_unique<sandbox::SandboxServer>(std::move(*org));
        if (limits)
            m_server->setLimits(*limits);
        if (m_server->start() == 0)
            qFatal("sandbox could not listen on 127.0.0.1");
    }

    sandbox::SandboxServer &server() { return *m_server; }
    // Every HTTP status the sandbox answers from now on, in order, appended to `statuses`
    // (e.g. to check that Sentry never had to answer 429).
    void recordStatuses(QList<int> *statuses)
    {
        m_server->setExchangeObserver(
            [statuses](const sandbox::Request &, const sandbox::Response &r) {
                statuses->append(r.status);
            });
    }
    sandbox::SandboxApi &api() { return m_server->api(); }
    sandbox::Organization &org() { return m_server->api().organization(); }

    QString token(const QString &label)
    {
        for (const sandbox::TokenRecord &t : org().tokens) {
            if (t.label == label)
                return t.token;
        }
        QTest::qFail(qPrintable(QStringLiteral("the sandbox has no token ") + label), __FILE__,
                     __LINE__);
        return {};
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
        static const sandbox::Request none;
        if (m_server->api().received().isEmpty()) {
            QTest::qFail("the sandbox received no request", __FILE__, __LINE__);
            return none;
        }
        return m_server->api().received().constLast();
    }
    qsizetype requestCount() const { return m_server->api().received().size(); }

    // Hands one request straight to the sandbox's API, as `tokenLabel` ("" sends no
    // Authorization). A path without a leading slash is under the organization.
    sandbox::Response call(const QByteArray &method, const QString &path,
                           const QByteArray &body = {},
                           const QString &tokenLabel = QStringLiteral("owner"),
                           const QString &query = {})
    {
        return api().handle(request(method, path, body, tokenLabel, query));
    }
    // The request call() sends, for a test that hands it to api() later. Building it reads
    // the organization through org(), which marks it changed.
    sandbox::Request request(const QByteArray &method, const QString &path,
                             const QByteArray &body = {},
                             const QString &tokenLabel = QStringLiteral("owner"),
                             const QString &query = {})
    {
        sandbox::Request request;
        request.method = method;
        request.path = path.startsWith(QLatin1Char('/'))
                           ? path
                           : QStringLiteral("/api/0/organizations/%1/%2").arg(org().slug, path);
        request.query = QUrlQuery(query);
        if (!tokenLabel.isEmpty())
            request.headers.insert("authorization", "Bearer " + token(tokenLabel).toUtf8());
        request.body = body;
        if (!body.isEmpty())
            request.headers.insert("content-type", "application/json");
        return request;
    }

    // The member a user token acts as ("owner", "manager", "member").
    sandbox::MemberRecord *memberOfToken(const QString &label)
    {
        for (const sandbox::TokenRecord &t : org().tokens) {
            if (t.label == label && t.userId)
                return org().memberByUser(*t.userId);
        }
        return nullptr;
    }

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

// A client for a loopback peer of the test's own (a RawHttpServer) at `url`, as the
// organization "demo" with a made-up token; `tune` adjusts the settings first.
inline std::unique_ptr<SentryClient>
peerClient(const QString &url, const std::function<void(ConnectionSettings &)> &tune = {})
{
    auto client = std::make_unique<SentryClient>();
    ConnectionSettings settings;
    settings.baseUrl = QUrl(url);
    settings.organization = QStringLiteral("demo");
    settings.token = QStringLiteral("sntryu_secret");
    settings.transferTimeout = std::chrono::seconds(5);
    if (tune)
        tune(settings);
    client->setConnection(settings);
    return client;
}

// Runs the event loop until the job delivers its result and returns it. With `deliveries`,
// keeps listening for duplicateWindow ms more and counts every delivery, so tests can assert
// "exactly one". A job that never finishes fails the test (not the whole binary) and yields
// a result whose error says so.
template<typename ResultT, typename Job>
ResultT await(Job *job, int *deliveries = nullptr, int timeoutMs = patience)
{
    std::optional<ResultT> result;
    int count = 0;
    QObject context;
    QObject::connect(job, &Job::finished, &context, [&](const ResultT &r) {
        result = r;
        ++count;
    });
    const bool finished = QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    if (deliveries) {
        QTest::qWait(duplicateWindow);
        *deliveries = count;
    }
    if (!finished) {
        QTest::qFail(
            qPrintable(QStringLiteral("the job did not finish within %1 ms").arg(timeoutMs)),
            __FILE__, __LINE__);
        ResultT timedOut;
        timedOut.error.kind = ApiError::Kind::Timeout;
        timedOut.error.message = QStringLiteral("the test gave up waiting for the job");
        return timedOut;
    }
    return *result;
}

// A lookup in the demo data that must find something: when it does not, it fails the test
// (not the whole binary) and hands back a blank record, so the test runs to its end.
template<typename T> T *found(T *item, const char *what)
{
    if (item)
        return item;
    QTest::qFail(what, __FILE__, __LINE__);
    static T blank;
    blank = T{};
    return &blank;
}

inline QJsonObject jsonBody(const sandbox::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// What a sandbox answer holds: its JSON object, array, or {"detail": ...} text.
inline QJsonObject objectOf(const sandbox::Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}
inline QJsonArray arrayOf(const sandbox::Response &response)
{
    return QJsonDocument::fromJson(response.body).array();
}
inline QString detailOf(const sandbox::Response &response)
{
    return objectOf(response).value(QLatin1String("detail")).toString();
}
// The value of the answer's header `name` (empty when it has none).
inline QByteArray headerOf(const sandbox::Response &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace sm::test
