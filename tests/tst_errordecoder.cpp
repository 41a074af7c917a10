// SPDX-License-Identifier: MIT
// Every error body shape Sentry sends becomes one ApiError (notes on Sentry's API, §6).
#include "api/errordecoder.h"

#include <QTest>

using namespace sm;
using Kind = ApiError::Kind;

class TestErrorDecoder : public QObject
{
    Q_OBJECT

    static ApiError decode(int status, const QByteArray &body, const QByteArray &reset = {})
    {
        return errors::decodeHttpError({status, body, reset, {}, false});
    }

private slots:
    void detailString_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("401 invalid token") << 401 << QByteArray("{\"detail\":\"Invalid token\"}")
                                           << int(Kind::Authentication) << "Invalid token";
        QTest::newRow("403")
            << 403
            << QByteArray("{\"detail\":\"You do not have permission to perform this action.\"}")
            << int(Kind::Permission) << "You do not have permission to perform this action.";
        QTest::newRow("404") << 404
                             << QByteArray("{\"detail\":\"The requested resource does not exist\"}")
                             << int(Kind::NotFound) << "The requested resource does not exist";
        QTest::newRow("400 detail")
            << 400 << QByteArray("{\"detail\":\"You cannot make changes to your own role.\"}")
            << int(Kind::Validation) << "You cannot make changes to your own role.";
        QTest::newRow("409") << 409 << QByteArray("{\"detail\":\"Conflict\"}")
                             << int(Kind::Conflict) << "Conflict";
    }
    void detailString()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const ApiError error = decode(status, body);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.message, message);
        QCOMPARE(error.sentryMessage, message); // Sentry's words, kept as sent
        QVERIFY(error.fieldErrors.isEmpty());
    }

    void fieldLists_keyedByField()
    {
        const ApiError error = decode(400, "{\"email\":[\"The user ada@example.com is already a "
                                           "member\"],\"teamRoles\":[\"Invalid teams\"]}");
        QCOMPARE(error.kind, Kind::Validation);
        QCOMPARE(error.fieldErrors.value("email"),
                 QStringList{"The user ada@example.com is already a member"});
        QCOMPARE(error.fieldErrors.value("teamRoles"), QStringList{"Invalid teams"});
        QVERIFY(error.message.contains(QLatin1String("already a member")));
        QVERIFY(error.message.contains(QLatin1String("Invalid teams")));
    }

    void singleFieldMessage_isTheSentence()
    {
        const ApiError error = decode(
            400, "{\"orgRole\":[\"You do not have permission to set that org-level role\"]}");
        QCOMPARE(error.message,
                 QStringLiteral("You do not have permission to set that org-level role"));
        QCOMPARE(error.fieldMessage("orgRole"), error.message);
    }

    void fieldString_notList()
    {
        const ApiError error = decode(
            400,
            "{\"email\":\"The user with a 'billing' role cannot have team-level permissions.\"}");
        QCOMPARE(error.fieldErrors.value("email"),
                 QStringList{"The user with a 'billing' role cannot have team-level permissions."});
        const ApiError role =
            decode(403, "{\"role\":\"You do not have permission to assign the given role.\"}");
        QCOMPARE(role.kind, Kind::Permission);
        QCOMPARE(role.message,
                 QStringLiteral("You do not have permission to assign the given role."));
        QCOMPARE(role.fieldMessage("role"), role.message);
    }

    void bareList()
    {
        const ApiError error = decode(400, "[\"Integration tokens are restricted to inviting new "
                                           "members with the member role only.\"]");
        QCOMPARE(error.kind, Kind::Validation);
        QCOMPARE(error.message, QStringLiteral("Integration tokens are restricted to inviting new "
                                               "members with the member role only."));
        QCOMPARE(error.fieldErrors.value(QString()).size(), 1);
    }

    void structuredDetail()
    {
        const ApiError error =
            decode(401, "{\"detail\":{\"code\":\"sso-required\",\"message\":\"Must login via "
                        "SSO\",\"extra\":{\"loginUrl\":\"https://sentry.io/auth/login/acme/\"}}}");
        QCOMPARE(error.kind, Kind::Authentication);
        QCOMPARE(error.code, QStringLiteral("sso-required"));
        QCOMPARE(error.message, QStringLiteral("Must login via SSO"));
        QCOMPARE(error.extra.value("loginUrl").toString(),
                 QStringLiteral("https://sentry.io/auth/login/acme/"));
    }

    void scimEnvelope()
    {
        const ApiError conflict =
            decode(409, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"detail\":"
                        "\"User already exists in the database.\"}");
        QCOMPARE(conflict.kind, Kind::Conflict);
        QCOMPARE(conflict.message, QStringLiteral("User already exists in the database."));

        const ApiError nested =
            decode(400, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"detail\":"
                        "\"{\\\"email\\\": [\\\"Enter a valid email address.\\\"]}\"}");
        QCOMPARE(nested.fieldErrors.value("email"), QStringList{"Enter a valid email address."});
        QCOMPARE(nested.message, QStringLiteral("Enter a valid email address."));

        const ApiError filter = decode(400, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:"
                                            "Error\"],\"scimType\":\"invalidFilter\"}");
        QCOMPARE(filter.kind, Kind::Validation);
        QVERIFY(filter.message.contains(QLatin1String("filter")));
    }

    void serverErrorWithErrorId()
    {
        const ApiError error =
            decode(500, "{\"detail\":\"Internal Error\",\"errorId\":\"c1a2b3\"}");
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(error.errorId, QStringLiteral("c1a2b3"));
        QVERIFY(error.message.contains(QLatin1String("c1a2b3")));
        // The app's sentence and Sentry's raw words stay apart.
        QCOMPARE(error.sentryMessage, QStringLiteral("Internal Error"));
    }

    void noWordsFromSentry_noSentryMessage()
    {
        const ApiError empty = decode(404, QByteArray());
        QVERIFY(!empty.message.isEmpty());
        QVERIFY(empty.sentryMessage.isEmpty());
        const ApiError network = errors::transportError({QNetworkReply::ConnectionRefusedError,
                                                         QStringLiteral("sentry.io"),
                                                         false,
                                                         false,
                                                         30,
                                                         {}});
        QVERIFY(!network.message.isEmpty());
        QVERIFY(network.sentryMessage.isEmpty());
    }

    void emptyOrHtmlBodies_getAPlainSentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty 401") << 401 << QByteArray() << int(Kind::Authentication);
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << int(Kind::Server);
        QTest::newRow("html 404") << 404 << QByteArray("<h1>Not Found</h1>") << int(Kind::NotFound);
        QTest::newRow("truncated json")
            << 400 << QByteArray("{\"email\":[\"Ent") << int(Kind::Validation);
        QTest::newRow("json null") << 403 << QByteArray("null") << int(Kind::Permission);
        QTest::newRow("nested garbage")
            << 400 << QByteArray("{\"detail\":[[{}]]}") << int(Kind::Validation);
    }
    void emptyOrHtmlBodies_getAPlainSentence()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const ApiError error = decode(status, body);
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message.trimmed().isEmpty());
        QVERIFY2(!error.message.contains(QLatin1Char('<')), qPrintable(error.message));
    }

    void rateLimited_bodyReadWhateverTheContentType()
    {
        const ApiError error = decode(429,
                                      "{\"detail\":\"You are attempting to use this endpoint too "
                                      "frequently. Limit is 40 requests in 1 seconds\"}",
                                      "1790000000");
        QCOMPARE(error.kind, Kind::RateLimited);
        QVERIFY(error.message.startsWith(QLatin1String("You are attempting")));
        QCOMPARE(error.rateLimitReset.toSecsSinceEpoch(), 1790000000);

        // Older servers: a bare JSON string.
        const ApiError old =
            decode(429, "\"You are attempting to use this endpoint too frequently.\"");
        QCOMPARE(old.message,
                 QStringLiteral("You are attempting to use this endpoint too frequently."));
    }

    void transport_timeoutAndRefused()
    {
        const ApiError timeout = errors::transportError({QNetworkReply::OperationCanceledError,
                                                         QStringLiteral("sentry.io"),
                                                         false,
                                                         true,
                                                         30,
                                                         {}});
        QCOMPARE(timeout.kind, Kind::Timeout);
        QVERIFY(timeout.message.contains(QLatin1String("30 seconds")));
        const ApiError refused = errors::transportError({QNetworkReply::ConnectionRefusedError,
                                                         QStringLiteral("sentry.example.com"),
                                                         true,
                                                         false,
                                                         30,
                                                         {}});
        QCOMPARE(refused.kind, Kind::Network);
        QVERIFY(refused.message.contains(QLatin1String("sentry.example.com")));
        // Nothing reached the server: even for a change, the outcome is known.
        QVERIFY(!refused.outcomeUnknown);
        QVERIFY(refused.message.endsWith(QLatin1String("Nothing was sent.")));
        const ApiError tls = errors::transportError({QNetworkReply::SslHandshakeFailedError,
                                                     QStringLiteral("sentry.example.com"),
                                                     true,
                                                     false,
                                                     30,
                                                     {}});
        QVERIFY(tls.message.contains(QLatin1String("certificate")));
        QVERIFY(!tls.outcomeUnknown);
    }

    // A lost answer means "may or may not" only for a change; a read says nothing changed.
    void transport_unknownOutcomeOnlyForChanges_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("timedOut");
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << false;
        QTest::newRow("not resent") << int(QNetworkReply::ContentReSendError) << false;
        QTest::newRow("interrupted") << int(QNetworkReply::UnknownNetworkError) << false;
        QTest::newRow("h2 protocol") << int(QNetworkReply::ProtocolFailure) << false;
        QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << true;
    }
    void transport_unknownOutcomeOnlyForChanges()
    {
        QFETCH(int, error);
        QFETCH(bool, timedOut);
        const auto failure = [&](bool change) {
            return errors::transportError({QNetworkReply::NetworkError(error),
                                           QStringLiteral("sentry.io"),
                                           change,
                                           timedOut,
                                           30,
                                           {}});
        };
        const ApiError change = failure(true);
        QVERIFY(change.outcomeUnknown);
        QVERIFY2(
            change.message.endsWith(QLatin1String("The change may or may not have been made.")),
            qPrintable(change.message));
        const ApiError read = failure(false);
        QVERIFY(!read.outcomeUnknown);
        QVERIFY2(!read.message.contains(QLatin1String("may or may not")), qPrintable(read.message));
        QVERIFY2(read.message.endsWith(QLatin1String("Nothing was changed.")),
                 qPrintable(read.message));
    }

    void gatewayErrors_onAChange_areAnUnknownOutcome()
    {
        for (int status : {502, 503, 504}) {
            const ApiError change =
                errors::decodeHttpError({status, "<html>Bad Gateway</html>", {}, {}, true});
            QVERIFY(change.outcomeUnknown);
            QVERIFY(change.message.contains(QLatin1String("may or may not")));
            const ApiError read =
                errors::decodeHttpError({status, "<html>Bad Gateway</html>", {}, {}, false});
            QVERIFY(!read.outcomeUnknown);
            QVERIFY(!read.message.contains(QLatin1String("may or may not")));
        }
        // A plain 500 from Sentry itself is an answer: the change was not made.
        QVERIFY(!errors::decodeHttpError({500, "{\"detail\":\"Internal Error\"}", {}, {}, true})
                     .outcomeUnknown);
    }

    void hugeErrorBody_isNotParsedButItsDetailLeads()
    {
        const QByteArray body = "{\"detail\":\"Too long: " + QByteArray(5 << 20, 'x') + "\"}";
        const ApiError error = decode(400, body);
        QVERIFY(error.message.startsWith(QLatin1String("Too long: xxx")));
        QVERIFY(error.message.size() < 5000);
        const ApiError html = decode(502, QByteArray(5 << 20, '<'));
        QCOMPARE(html.message, QStringLiteral("Sentry had a problem answering (HTTP 502). Try "
                                              "again later."));
    }

    // The invitation limits are daily: their 429 never says "in a second" from the rate
    // limiter's reset, and the user learns when the count starts again.
    void invitationLimit_isDaily()
    {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 1;
        const ApiError error = errors::decodeHttpError(
            {429,
             "{\"detail\":\"You are being rate limited for too many invitations.\"}",
             QByteArray::number(reset),
             {},
             true});
        QCOMPARE(error.kind, Kind::RateLimited);
        QVERIFY(!error.retryAt.isValid());
        QCOMPARE(error.message,
                 QStringLiteral("You are being rate limited for too many invitations."));
        const QString more = error.fieldErrors.value(QString()).join(QLatin1Char(' '));
        QVERIFY2(
            more.startsWith(QLatin1String("Sentry counts invitations and resends per UTC day")),
            qPrintable(more));
        const QDateTime nextDay(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0),
                                Qt::UTC);
        QVERIFY(more.contains(QLocale().toString(nextDay.toLocalTime(), QLocale::ShortFormat)));
    }

    void rateLimit_saysWhenToTryAgain()
    {
        const ApiError inSeconds = errors::decodeHttpError(
            {429,
             "{\"detail\":\"You are attempting to use this endpoint too frequently. Limit is 40 "
             "requests in 1 seconds\"}",
             {},
             "40",
             true});
        QVERIFY(inSeconds.retryAt.isValid());
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(inSeconds.retryAt);
        QVERIFY2(wait >= 38 && wait <= 40, qPrintable(QString::number(wait)));
        QVERIFY2(inSeconds.message.contains(QLatin1String("Try again after")),
                 qPrintable(inSeconds.message));
        // Without Retry-After, Sentry's rate-limit reset says when.
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 120;
        const ApiError fromReset =
            errors::decodeHttpError({429, "{}", QByteArray::number(reset), {}, false});
        QCOMPARE(fromReset.retryAt.toSecsSinceEpoch(), reset);
        QVERIFY(!fromReset.outcomeUnknown);
        // Retry-After as an HTTP date, which always ends in GMT (RFC 9110 5.6.7).
        const ApiError fromDate =
            errors::decodeHttpError({429, "{}", {}, "Sun, 06 Dec 2026 08:49:37 GMT", false});
        QCOMPARE(fromDate.retryAt, QDateTime(QDate(2026, 12, 6), QTime(8, 49, 37), Qt::UTC));
    }

    void hostileBodies_neverCrash()
    {
        const QList<QByteArray> bodies = {
            QByteArray(1 << 20, '['),
            QByteArray(1 << 16, '{'),
            QByteArray("\x00\xff\xfe", 3),
            QByteArray("{\"detail\":{\"code\":5,\"message\":null}}"),
            QByteArray("{\"\":[\"\"]}"),
            QByteArray("[1,2,{\"a\":\"b\"}]"),
            QByteArray("{\"schemas\":\"x\",\"detail\":7}"),
        };
        for (const QByteArray &body : bodies) {
            const ApiError error = decode(400, body);
            QCOMPARE(error.kind, Kind::Validation);
            QVERIFY(!error.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestErrorDecoder)
#include "tst_errordecoder.moc"
