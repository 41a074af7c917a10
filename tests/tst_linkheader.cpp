// SPDX-License-Identifier: MIT
#include "api/linkheader.h"

#include <QTest>

using namespace sm;

class TestLinkHeader : public QObject
{
    Q_OBJECT

private slots:
    void parse_sentryHeader()
    {
        const QByteArray header =
            "<https://sentry.io/api/0/organizations/acme/members/?&cursor=0:0:1>; "
            "rel=\"previous\"; results=\"false\"; cursor=\"0:0:1\", "
            "<https://sentry.io/api/0/organizations/acme/members/?&cursor=0:100:0>; "
            "rel=\"next\"; results=\"true\"; cursor=\"0:100:0\"";
        const QList<LinkEntry> links = parseLinkHeader(header);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).rel, QStringLiteral("previous"));
        QCOMPARE(links.at(0).results, false);
        QCOMPARE(links.at(1).rel, QStringLiteral("next"));
        QCOMPARE(links.at(1).results, true);
        QCOMPARE(links.at(1).cursor, QStringLiteral("0:100:0"));
        QCOMPARE(links.at(1).url.host(), QStringLiteral("sentry.io"));
        QCOMPARE(nextPageCursor(header), std::optional<QString>(QStringLiteral("0:100:0")));
    }

    void next_onlyWhileResultsTrue()
    {
        const QByteArray last = "<https://x/?&cursor=0:0:1>; rel=\"previous\"; results=\"true\"; "
                                "cursor=\"0:0:1\", <https://x/?&cursor=0:200:0>; rel=\"next\"; "
                                "results=\"false\"; cursor=\"0:200:0\"";
        QCOMPARE(nextPageCursor(last), std::nullopt);
    }

    void parse_commasAndSemicolonsInsideUrlsAndQuotes()
    {
        const QByteArray header = "<https://x/a?q=a,b;c&cursor=1:0:0>; rel=\"next\"; "
                                  "results=\"true\"; cursor=\"1,5:0:0\"";
        const auto links = parseLinkHeader(header);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0).url.query(), QStringLiteral("q=a,b;c&cursor=1:0:0"));
        QCOMPARE(links.at(0).cursor, QStringLiteral("1,5:0:0"));
    }

    void parse_garbageGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no brackets") << QByteArray("https://x; rel=\"next\"; results=\"true\"");
        QTest::newRow("unterminated") << QByteArray("<https://x; rel=\"next");
        QTest::newRow("next without cursor")
            << QByteArray("<https://x/>; rel=\"next\"; results=\"true\"");
    }
    void parse_garbageGivesNothing()
    {
        QFETCH(QByteArray, header);
        QCOMPARE(nextPageCursor(header), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
