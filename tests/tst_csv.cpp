// SPDX-License-Identifier: MIT
// Reading CSV as admins write it (spreadsheets, scripts, the app's own export) and as RFC 4180
// says: quotes, commas and line breaks in cells, CRLF, a byte order mark, and the export's
// formula guard read back.
#include "core/csv.h"
#include "core/csvreader.h"

#include <QTest>

using namespace sm;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain") << QStringLiteral("email,role\na@x.io,member\n")
                               << QList<QStringList>{{"email", "role"}, {"a@x.io", "member"}}
                               << QList<int>{1, 2};
        QTest::newRow("crlf, bom, no final newline")
            << QStringLiteral("\uFEFFemail,role\r\na@x.io,member")
            << QList<QStringList>{{"email", "role"}, {"a@x.io", "member"}} << QList<int>{1, 2};
        QTest::newRow("quotes, commas, breaks")
            << QStringLiteral(
                   "name,teams\n\"Hopper, Grace\",\"a;b\"\n\"say \"\"hi\"\"\nthere\",x\n")
            << QList<QStringList>{{"name", "teams"},
                                  {"Hopper, Grace", "a;b"},
                                  {"say \"hi\"\nthere", "x"}}
            << QList<int>{1, 2, 3};
        QTest::newRow("blank lines and empty cells")
            << QStringLiteral("a,b\n\n,\nx,\n")
            << QList<QStringList>{{"a", "b"}, {"", ""}, {"x", ""}} << QList<int>{1, 3, 4};
        QTest::newRow("the export's formula guard")
            << QStringLiteral("'@grace,'=1+1,'plain,\"'@quoted\"\n")
            << QList<QStringList>{{"@grace", "=1+1", "'plain", "@quoted"}} << QList<int>{1};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        csv::ParseError error;
        const auto parsed = csv::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error.message));
        QCOMPARE(parsed->size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(parsed->at(i).cells, records.at(i));
            QCOMPARE(parsed->at(i).line, lines.at(i));
        }
    }

    void exportReadsBack()
    {
        const QStringList cells{QStringLiteral("@grace"), QStringLiteral("=HYPERLINK(\"x\")"),
                                QStringLiteral("a,b"), QStringLiteral("two\nlines"),
                                QStringLiteral("-1")};
        const auto parsed = csv::parse(csv::record(cells) + QLatin1Char('\n'));
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->constFirst().cells, cells);
    }

    void malformed_saysWhere()
    {
        csv::ParseError error;
        QVERIFY(!csv::parse(QStringLiteral("a,b\n\"open,c\nd\n"), &error));
        QCOMPARE(error.line, 2);
        QVERIFY(!csv::parse(QStringLiteral("a\n\"x\"y\n"), &error));
        QCOMPARE(error.line, 2);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
