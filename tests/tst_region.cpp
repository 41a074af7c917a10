// SPDX-License-Identifier: MIT
// The organization's region: on sentry.io the app asks organizations/{org}/ for
// links.regionUrl and continues there, so US, US2 and EU organizations work from
// https://sentry.io; a self-hosted URL is used as given; the token never follows a region
// URL to a host outside sentry.io (or, for the sandbox, outside loopback).
#include "support/testsupport.h"

#include "api/session.h"

#include <QTcpServer>

using namespace sm;
using namespace sm::test;

class TestRegion : public QObject
{
    Q_OBJECT

    static QStringList paths(Sandbox &sandbox)
    {
        QStringList all;
        for (const sandbox::Request &r : sandbox.api().received())
            all.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path);
        return all;
    }

    static bool connectSession(Session &session, const ConnectionSettings &settings)
    {
        session.connectTo(settings);
        (void)QTest::qWaitFor([&] { return session.state() != Session::State::Connecting; },
                              patience);
        return session.state() == Session::State::Connected;
    }

private slots:
    void rule_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("used");
        const QString io = QStringLiteral("https://sentry.io");
        QTest::newRow("us") << io << "https://us.sentry.io"
                            << "https://us.sentry.io";
        QTest::newRow("eu") << io << "https://de.sentry.io/"
                            << "https://de.sentry.io";
        QTest::newRow("us2 from us") << "https://us.sentry.io"
                                     << "https://us2.sentry.io"
                                     << "https://us2.sentry.io";
        QTest::newRow("same") << io << io << io;
        QTest::newRow("not https") << io << "http://us.sentry.io" << io;
        QTest::newRow("lookalike") << io << "https://sentry.io.evil.example" << io;
        QTest::newRow("suffix trick") << io << "https://evilsentry.io" << io;
        QTest::newRow("credentials") << io << "https://user:pw@us.sentry.io" << io;
        QTest::newRow("empty") << io << "" << io;
        QTest::newRow("self-hosted as given") << "https://sentry.example.com"
                                              << "https://region.example.com"
                                              << "https://sentry.example.com";
        QTest::newRow("loopback") << "http://127.0.0.1:9000"
                                  << "http://127.0.0.1:9001"
                                  << "http://127.0.0.1:9001";
        QTest::newRow("loopback to remote") << "http://127.0.0.1:9000"
                                            << "https://us.sentry.io"
                                            << "http://127.0.0.1:9000";
        QTest::newRow("loopback scheme change") << "https://127.0.0.1:9000"
                                                << "http://127.0.0.1:9000"
                                                << "https://127.0.0.1:9000";
    }
    void rule()
    {
        QFETCH(QString, given);
        QFETCH(QString, region);
        QFETCH(QString, used);
        QCOMPARE(connection::regionBaseUrl(QUrl(given), QUrl(region)), QUrl(used));
    }

    void onlyHostedAndLoopbackHaveRegions()
    {
        QVERIFY(connection::hasRegions(QUrl(QStringLiteral("https://sentry.io"))));
        QVERIFY(connection::hasRegions(QUrl(QStringLiteral("https://de.sentry.io"))));
        QVERIFY(connection::hasRegions(QUrl(QStringLiteral("http://127.0.0.1:8000"))));
        QVERIFY(!connection::hasRegions(QUrl(QStringLiteral("https://sentry.example.com"))));
    }

    // The organization lives in another region (a second sandbox): members/me/ and every
    // later request go there.
    void followsTheRegion()
    {
        Sandbox control;
        Sandbox region;
        control.org().regionUrl = region.server().url().toString();
        region.org().tokens = control.org().tokens; // one organization, one set of tokens
        Session session;
        QVERIFY2(connectSession(session, control.connectionAs(QStringLiteral("owner"))),
                 qPrintable(session.lastError().message));
        QCOMPARE(session.settings().baseUrl, region.server().url());
        QCOMPARE(paths(control), QStringList{QStringLiteral("GET /api/0/organizations/demo/")});
        QCOMPARE(control.lastRequest().query.queryItemValue(QStringLiteral("detailed")),
                 QStringLiteral("0"));
        QVERIFY(
            paths(region).contains(QStringLiteral("GET /api/0/organizations/demo/members/me/")));
        QCOMPARE(session.me().orgRole, QStringLiteral("owner"));
    }

    // A server that answers its own URL (every self-hosted Sentry) stays where it is.
    void ownUrlStays()
    {
        Sandbox sandbox;
        Session session;
        QVERIFY(connectSession(session, sandbox.connectionAs(QStringLiteral("member"))));
        QCOMPARE(session.settings().baseUrl, sandbox.server().url());
        QCOMPARE(paths(sandbox).first(), QStringLiteral("GET /api/0/organizations/demo/"));
    }

    // A region URL off loopback (or off sentry.io) is not followed: the token stays home.
    void foreignRegionIsNotFollowed()
    {
        Sandbox sandbox;
        sandbox.org().regionUrl = QStringLiteral("https://collector.example.net");
        Session session;
        QVERIFY(connectSession(session, sandbox.connectionAs(QStringLiteral("owner"))));
        QCOMPARE(session.settings().baseUrl, sandbox.server().url());
    }

    // A region URL nothing listens at (a self-hosted server whose url-prefix names another
    // port, say): the check goes on at the URL the user gave.
    void unreachableRegionFallsBackToTheGivenUrl()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Sandbox sandbox;
        sandbox.org().regionUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        Session session;
        QVERIFY2(connectSession(session, sandbox.connectionAs(QStringLiteral("owner"))),
                 qPrintable(session.lastError().message));
        QCOMPARE(session.settings().baseUrl, sandbox.server().url());
        QCOMPARE(paths(sandbox),
                 (QStringList{QStringLiteral("GET /api/0/organizations/demo/"),
                              QStringLiteral("GET /api/0/organizations/demo/members/me/")}));
    }

    // A server without the endpoint (an older or partial Sentry) still connects.
    void noOrganizationEndpointStillConnects()
    {
        Sandbox sandbox;
        sandbox.org().regionUrl = QStringLiteral("not a url at all");
        Session session;
        QVERIFY(connectSession(session, sandbox.connectionAs(QStringLiteral("integration"))));
        QCOMPARE(session.settings().baseUrl, sandbox.server().url());
    }
};

QTEST_GUILESS_MAIN(TestRegion)
#include "tst_region.moc"
