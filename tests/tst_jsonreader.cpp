// SPDX-License-Identifier: MIT
// The JSON pull reader and the member page read with it: what QJsonDocument reads, read the
// same from the bytes; what is not JSON, refused. (No raw string literals: moc misreads them.)
#include "api/jsonreader.h"
#include "api/wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sm::json::Reader;

namespace {

// A member as Sentry's list sends one, with every kind of value the reader meets.
const char *const sentryMember =
    "{\n"
    "  \"id\": \"42\", \"email\": \"ada@example.com\", \"name\": \"Ada Lovelace\",\n"
    "  \"user\": {\"id\": \"7\", \"has2fa\": true, \"avatar\": {\"avatarType\": "
    "\"letter_avatar\",\n"
    "           \"avatarUuid\": null}, \"emails\": [{\"id\": \"1\", \"is_verified\": true}]},\n"
    "  \"orgRole\": \"manager\", \"role\": \"member\", \"pending\": false, \"expired\": false,\n"
    "  \"inviteStatus\": \"approved\", \"inviterName\": null, \"dateCreated\": "
    "\"2024-12-01T09:30:00Z\",\n"
    "  \"flags\": {\"idp:provisioned\": true, \"sso:linked\": false, \"custom:flag\": true},\n"
    "  \"teams\": [\"backend\", 5, \"data\"],\n"
    "  \"teamRoles\": [{\"teamSlug\": \"backend\", \"role\": \"admin\"}, {\"role\": \"x\"}, 3],\n"
    "  \"orgRoleList\": [{\"id\": \"member\", \"name\": \"Member\", \"allowed\": true, \"scopes\": "
    "[\"a\"]}],\n"
    "  \"externalUsers\": [{\"id\": 9, \"provider\": \"github\", \"externalName\": \"@ada\",\n"
    "                     \"integrationId\": \"3\", \"userId\": \"7\", \"externalId\": \"e1\"}],\n"
    "  \"isOnlyOwner\": false, \"extra\": [1.5e3, -0, {\"deep\": [[[]]]}, \"\\u00e9\"]\n"
    "}";

QByteArray pageOf(const QList<QByteArray> &members)
{
    QByteArray page = "[";
    for (const QByteArray &member : members)
        page += (page.size() > 1 ? "," : "") + member;
    return page + "]";
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsValuesInOrder()
    {
        Reader reader(
            " {\"a\": \"x\\\"y\\\\\\u00e9\\ud83d\\ude00\", \"b\": [true, false, null],\n"
            "                           \"c\": -12, \"d\": 1.5e2, \"e\": 9e99, \"f\": {}} ");
        QVERIFY(reader.beginObject());
        QByteArrayView key;
        QVERIFY(reader.nextKey(&key));
        QCOMPARE(key, "a");
        QCOMPARE(reader.string(), QStringLiteral("x\"y\\é😀"));
        QVERIFY(reader.nextKey(&key));
        QCOMPARE(reader.next(), Reader::Type::Array);
        QVERIFY(reader.beginArray());
        QVERIFY(reader.nextElement());
        QCOMPARE(reader.boolean(), true);
        QVERIFY(reader.nextElement());
        QCOMPARE(reader.boolean(), false);
        QVERIFY(reader.nextElement());
        QCOMPARE(reader.next(), Reader::Type::Null);
        QVERIFY(reader.skip());
        QVERIFY(!reader.nextElement());
        QVERIFY(reader.nextKey(&key));
        QCOMPARE(reader.integer(), -12);
        QVERIFY(reader.nextKey(&key));
        QCOMPARE(reader.integer(), 150); // integral: its value, as QJsonValue::toInteger()
        QVERIFY(reader.nextKey(&key));
        QCOMPARE(reader.integer(), 0); // beyond 64 bits: none
        QVERIFY(reader.nextKey(&key));
        QCOMPARE(key, "f");
        QCOMPARE(reader.raw(), "{}");
        QVERIFY(!reader.nextKey(&key));
        QVERIFY(reader.finish());
    }

    void aZeroWidthNoBreakSpaceReadsAsQJsonDocumentReadsIt()
    {
        // U+FEFF after an escape: a decoder started there would take it for a byte order mark.
        Reader reader("[\"\\n\xef\xbb\xbfx\"]");
        QVERIFY(reader.beginArray());
        QVERIFY(reader.nextElement());
        QCOMPARE(reader.string(), QStringLiteral("\n\uFEFFx"));
        // Opening a string with no escape, QJsonDocument drops it; with one, it keeps it.
        for (const QByteArray &text :
             {QByteArray("[\"\xef\xbb\xbfx\"]"), QByteArray("[\"\xef\xbb\xbf\\n\"]")}) {
            Reader other(text);
            QVERIFY(other.beginArray());
            QVERIFY(other.nextElement());
            QCOMPARE(other.string(), QJsonDocument::fromJson(text).array().at(0).toString());
        }
    }

    void escapedKeysReadAsTheirText()
    {
        Reader reader("{\"em\\u0061il\": 1}");
        QVERIFY(reader.beginObject());
        QByteArrayView key;
        QVERIFY(reader.nextKey(&key));
        QCOMPARE(key, "email");
    }

    void refusesWhatIsNotJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unclosed array") << QByteArray("[1, 2");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("trailing comma in object") << QByteArray("{\"a\": 1,}");
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("bare minus") << QByteArray("[-]");
        QTest::newRow("fraction without digits") << QByteArray("[1.]");
        QTest::newRow("unknown escape") << QByteArray("[\"\\x\"]");
        QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]");
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]");
        QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
        QTest::newRow("truncated UTF-8") << QByteArray("[\"\xc3\"]");
        QTest::newRow("text after the value") << QByteArray("[] x");
        QTest::newRow("number beyond a double") << QByteArray("[1e400]");
        QTest::newRow("number below a double") << QByteArray("[1e-400]");
        QTest::newRow("misspelt literal") << QByteArray("[nul]");
        QTest::newRow("key without colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("unclosed string") << QByteArray("[\"abc");
        QTest::newRow("too deep") << QByteArray(2000, '[') + QByteArray(2000, ']');
    }

    void refusesWhatIsNotJson()
    {
        QFETCH(QByteArray, text);
        Reader reader(text);
        QVERIFY(!reader.skip() || !reader.finish());
        QVERIFY(!reader.finish());
    }

    void errorsAreSticky()
    {
        Reader reader("[1, \"a\" \"b\", 3]");
        QVERIFY(reader.beginArray());
        int elements = 0;
        while (reader.nextElement()) {
            ++elements;
            reader.skip();
        }
        QCOMPARE(elements, 2);
        QVERIFY(reader.failed());
        QCOMPARE(reader.next(), Reader::Type::Invalid);
        QVERIFY(reader.string().isEmpty());
    }

    void aValueLeftUnreadIsAnErrorNotAMisreading()
    {
        Reader reader("{\"a\": {\"b\": 1}, \"c\": 2}");
        QVERIFY(reader.beginObject());
        QByteArrayView key;
        QVERIFY(reader.nextKey(&key));
        // The caller forgets the value of "a": the next key is not taken from inside it.
        QVERIFY(!reader.nextKey(&key));
        QVERIFY(reader.failed());
    }

    // The page reader gives, for each member, what QJsonDocument and member() give.
    void memberPageReadsAsQJsonDocument()
    {
        const QByteArray member = sentryMember;
        QByteArray invitation = member;
        invitation.replace("\"id\": \"42\"", "\"id\": 43");
        invitation.replace("\"orgRole\": \"manager\", ", "");
        const QByteArray page = pageOf({member, invitation, "{}"});

        const std::optional<QList<sm::Member>> read = sm::wire::memberPage(page);
        QVERIFY(read);
        const QJsonArray array = QJsonDocument::fromJson(page).array();
        QCOMPARE(read->size(), 3);
        for (qsizetype i = 0; i < read->size(); ++i)
            QVERIFY(read->at(i) == sm::wire::member(array.at(i).toObject()));

        const sm::Member &ada = read->at(0);
        QCOMPARE(ada.id, QStringLiteral("42"));
        QCOMPARE(ada.userId, QStringLiteral("7"));
        QVERIFY(ada.has2fa);
        QCOMPARE(ada.orgRole, QStringLiteral("manager"));
        QVERIFY(ada.inviterName.isEmpty()); // null reads as empty
        QCOMPARE(ada.flags.value(QStringLiteral("idp:provisioned")), true);
        QCOMPARE(ada.flags.value(QStringLiteral("custom:flag")), true);
        QCOMPARE(ada.teams, (QStringList{QStringLiteral("backend"), QStringLiteral("data")}));
        QCOMPARE(ada.teamRoles.size(), 1);
        QCOMPARE(ada.teamRoles.at(0).role, QStringLiteral("admin"));
        QCOMPARE(ada.orgRoleList.size(), 1);
        QVERIFY(ada.orgRoleList.at(0).allowed);
        QCOMPARE(ada.externalUsers.size(), 1);
        QCOMPARE(ada.externalUsers.at(0).id, QStringLiteral("9"));
        // A server from before orgRole sends role only; a number id reads as its digits.
        QCOMPARE(read->at(1).orgRole, QStringLiteral("member"));
        QCOMPARE(read->at(1).id, QStringLiteral("43"));
    }

    void aKeyGivenTwiceCountsAsItsLastValue()
    {
        const auto read = sm::wire::memberPage("[{\"id\": \"1\", \"teams\": [\"a\"], \"email\": "
                                               "\"x@y.z\", \"teams\": [\"b\"], \"id\": \"2\"}]");
        QVERIFY(read);
        QCOMPARE(read->at(0).id, QStringLiteral("2"));
        QCOMPARE(read->at(0).teams, QStringList{QStringLiteral("b")});
        const QJsonObject object =
            QJsonDocument::fromJson(
                "{\"id\": \"1\", \"teams\": [\"a\"], \"teams\": [\"b\"], \"id\": \"2\"}")
                .object();
        QCOMPARE(sm::wire::member(object).teams, QStringList{QStringLiteral("b")});
    }

    void memberPageRefusesWhatIsNotAPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("an object") << QByteArray("{\"detail\": \"x\"}");
        QTest::newRow("an element not an object") << pageOf({"{}", "3"});
        QTest::newRow("broken JSON") << QByteArray("[{\"id\": \"1\"}");
        QTest::newRow("HTML") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("cut short") << QByteArray(sentryMember).left(200).prepend('[');
    }

    void memberPageRefusesWhatIsNotAPage()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!sm::wire::memberPage(body));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
