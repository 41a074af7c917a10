// SPDX-License-Identifier: MIT
#include "api/errordecoder.h"

#include "api/httpdate.h"
#include "api/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslCertificate>

namespace sm::errors {

namespace {

const QLatin1String scimErrorSchema("urn:ietf:params:scim:api:messages:2.0:Error");

// Sentry's answer when an invitation is over one of the day's limits.
constexpr char invitationLimitText[] =
    QT_TRANSLATE_NOOP("Sentry", "You are being rate limited for too many invitations.");

QString tr(const char *text)
{
    return QCoreApplication::translate("sm::errors", text);
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Authentication;
    case 403:
        return ApiError::Kind::Permission;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Validation;
    }
}

QString genericMessage(int status)
{
    switch (status) {
    case 401:
        return tr("Sentry did not accept the auth token. Check that it is correct and has not "
                  "expired.");
    case 403:
        return tr("This auth token is not allowed to do that.");
    case 404:
        return tr("Sentry could not find that organization or item.");
    case 409:
        return tr("That already exists in Sentry.");
    case 429:
        return tr("Sentry is limiting how often this can be done. Wait a moment and try "
                  "again.");
    default:
        if (status >= 500)
            return tr("Sentry had a problem answering (HTTP %1). Try again later.").arg(status);
        return tr("Sentry refused the request (HTTP %1).").arg(status);
    }
}

// Qt only parses objects and arrays at the top level; Sentry sometimes answers with a
// bare JSON string (older rate-limit responses), so parse inside a one-element array.
std::optional<QJsonValue> parseJsonValue(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + trimmed + "]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("message")).isString())
            return object.value(QLatin1String("message")).toString();
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QStringList messagesOf(const QJsonValue &value)
{
    QStringList messages;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QString text = textOf(item);
            if (!text.isEmpty())
                messages.append(text);
        }
    } else {
        const QString text = textOf(value);
        if (!text.isEmpty())
            messages.append(text);
    }
    return messages;
}

QString sentenceFor(const FieldErrors &fields)
{
    QStringList parts;
    qsizetype total = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        total += it.value().size();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString joined = it.value().join(QLatin1Char(' '));
        parts.append(total == 1 || it.key().isEmpty() ? joined
                                                      : it.key() + QLatin1String(": ") + joined);
    }
    return parts.join(QLatin1String("; "));
}

void decodeFieldObject(const QJsonObject &object, ApiError &error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QStringList messages = messagesOf(it.value());
        if (!messages.isEmpty())
            error.fieldErrors.insert(it.key(), messages);
    }
    error.message = sentenceFor(error.fieldErrors);
}

void decodeDetail(const QJsonValue &detail, ApiError &error)
{
    if (detail.isObject()) { // SentryAPIException: {"code", "message", "extra"}
        const QJsonObject structured = detail.toObject();
        error.code = structured.value(QLatin1String("code")).toString();
        error.extra = structured.value(QLatin1String("extra")).toObject();
        error.message = structured.value(QLatin1String("message")).toString();
        if (error.message.isEmpty())
            error.message = textOf(detail);
        return;
    }
    error.message = textOf(detail);
}

void decodeScim(const QJsonObject &object, ApiError &error)
{
    const QJsonValue detail = object.value(QLatin1String("detail"));
    // Serializer errors arrive JSON-encoded inside the detail string.
    if (detail.isString()) {
        const auto nested = parseJsonValue(detail.toString().toUtf8());
        if (nested && nested->isObject()) {
            decodeFieldObject(nested->toObject(), error);
            return;
        }
    }
    if (!detail.isUndefined() && !detail.isNull()) {
        decodeDetail(detail, error);
        return;
    }
    const QString scimType = object.value(QLatin1String("scimType")).toString();
    if (scimType == QLatin1String("invalidFilter"))
        error.message = tr("Sentry could not understand the SCIM filter.");
    else if (!scimType.isEmpty())
        error.message = tr("Sentry refused the SCIM request (%1).").arg(scimType);
}

bool isScimError(const QJsonObject &object)
{
    const QJsonArray schemas = object.value(QLatin1String("schemas")).toArray();
    for (const QJsonValue &schema : schemas) {
        if (schema.toString() == scimErrorSchema)
            return true;
    }
    return false;
}

void decodeObject(const QJsonObject &object, ApiError &error)
{
    if (isScimError(object)) {
        decodeScim(object, error);
        return;
    }
    error.errorId = object.value(QLatin1String("errorId")).toString();
    const QJsonValue detail = object.value(QLatin1String("detail"));
    if (!detail.isUndefined()) {
        decodeDetail(detail, error);
        return;
    }
    decodeFieldObject(object, error);
}

// Why a TLS handshake failed, from the certificate's own errors, and what to do. There is
// never an option to ignore it: a token must not go to a server that may not be Sentry.
QString tlsFailure(const QString &host, const QList<QSslError> &errors)
{
    const QString refused = tr("The secure connection to %1 was refused:").arg(host);
    for (const QSslError &e : errors) {
        const QSslCertificate certificate = e.certificate();
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return refused + QLatin1Char(' ') +
                   tr("its certificate expired on %1. The server's administrator must renew it.")
                       .arg(QLocale().toString(certificate.expiryDate().date(),
                                               QLocale::ShortFormat));
        case QSslError::CertificateNotYetValid:
            return refused + QLatin1Char(' ') +
                   tr("its certificate is only valid from %1. Check this computer's clock.")
                       .arg(QLocale().toString(certificate.effectiveDate().date(),
                                               QLocale::ShortFormat));
        case QSslError::HostNameMismatch: {
            const QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
            const QString holder =
                names.isEmpty()
                    ? certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "))
                    : names.join(QLatin1String(", "));
            return refused + QLatin1Char(' ') +
                   tr("its certificate is for %1, not for %2. Check the Sentry URL.")
                       .arg(holder, host);
        }
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            return refused + QLatin1Char(' ') +
                   tr("its certificate is self-signed. If this is your own Sentry, add the "
                      "certificate of its authority to the connection.");
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return refused + QLatin1Char(' ') +
                   tr("its certificate was issued by an authority this computer does not trust "
                      "(%1). If your Sentry uses a private certificate authority, add its "
                      "certificate to the connection.")
                       .arg(certificate.issuerInfo(QSslCertificate::CommonName)
                                .join(QLatin1String(", ")));
        default:
            break;
        }
    }
    return refused + QLatin1Char(' ') + tr("its certificate could not be verified.");
}

constexpr qsizetype maxDecodedErrorBody = qsizetype(256) * 1024;

// The beginning of {"detail": "..."} in a body too large to parse, unescaped simply and cut
// to a readable length.
QString leadingDetail(const QByteArray &body)
{
    constexpr qsizetype readable = 500;
    static const QByteArray opening = "{\"detail\":";
    const QByteArray start = body.left(4096);
    const qsizetype at = start.indexOf(opening);
    if (at < 0)
        return {};
    const qsizetype quote = start.indexOf('"', at + opening.size());
    if (quote < 0)
        return {};
    QByteArray text = start.mid(quote + 1);
    const qsizetype end = text.indexOf('"');
    if (end >= 0)
        text.truncate(end);
    text.replace("\\n", " ");
    QString detail = QString::fromUtf8(text);
    if (detail.size() > readable || end < 0)
        detail = detail.left(readable) + QStringLiteral(" …");
    return detail;
}

// Retry-After (delay-seconds or an HTTP date, RFC 9110 10.2.3), else the rate limit's reset.
QDateTime retryTime(const QByteArray &retryAfter, const QDateTime &reset)
{
    const QByteArray value = retryAfter.trimmed();
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0 && seconds < qint64(7) * 24 * 3600)
        return QDateTime::currentDateTimeUtc().addSecs(seconds);
    if (!value.isEmpty()) {
        const QDateTime date = parseHttpDate(value);
        if (date.isValid())
            return date;
    }
    return reset;
}

} // namespace

ApiError decodeHttpError(const HttpFailure &failure)
{
    ApiError error;
    error.kind = kindForStatus(failure.status);
    error.httpStatus = failure.status;

    bool resetOk = false;
    const qint64 reset = failure.rateLimitReset.trimmed().toLongLong(&resetOk);
    if (resetOk && reset > 0)
        error.rateLimitReset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    if (failure.status == 429)
        error.retryAt = retryTime(failure.retryAfter, error.rateLimitReset);

    // The Content-Type is deliberately ignored: Sentry's rate limiter answers JSON
    // labelled as text/html. Sentry's error bodies are small: a huge one is not parsed on
    // the caller's (the window's) thread; its detail, if it leads, is taken as it starts.
    if (failure.body.size() > maxDecodedErrorBody) {
        error.message = leadingDetail(failure.body);
    } else if (const auto value = parseJsonValue(failure.body)) {
        if (value->isObject()) {
            decodeObject(value->toObject(), error);
        } else if (value->isArray()) {
            const QStringList messages = messagesOf(*value);
            if (!messages.isEmpty())
                error.fieldErrors.insert(QString(), messages);
            error.message = messages.join(QLatin1Char(' '));
        } else {
            error.message = textOf(*value);
        }
    } else if (!failure.body.trimmed().isEmpty()) {
        qCDebug(lcApi) << "Undecodable error body for HTTP" << failure.status << "of"
                       << failure.body.size() << "bytes";
    }

    error.sentryMessage = error.message;
    if (!error.errorId.isEmpty()) {
        error.message = tr("Sentry had an internal error. If it persists, quote error id %1 "
                           "to Sentry support.")
                            .arg(error.errorId);
    }
    if (error.message.trimmed().isEmpty())
        error.message = genericMessage(failure.status);
    // A gateway (a proxy in front of Sentry) answering 502, 503 or 504 to a change does not
    // know whether Sentry behind it made the change before failing.
    if (failure.change &&
        (failure.status == 502 || failure.status == 503 || failure.status == 504)) {
        error.outcomeUnknown = true;
        error.reason = tr("Sentry's server answered with an error (HTTP %1) instead of a result.")
                           .arg(failure.status);
        error.message = tr("Sentry's server answered with an error (HTTP %1) instead of a result. "
                           "The change may or may not have been made.")
                            .arg(failure.status);
    }
    // Sentry's daily invitation limits answer 429 too, with the rate limiter's one-second
    // reset where it runs: that reset says nothing about them (an explicit Retry-After, from
    // a proxy, still counts). They start again at 00:00 UTC.
    if (failure.status == 429 && error.sentryMessage == QLatin1String(invitationLimitText)) {
        if (failure.retryAfter.trimmed().isEmpty())
            error.retryAt = {};
        const QDateTime nextDay(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0),
                                Qt::UTC);
        error.fieldErrors[QString()].append(
            tr("Sentry counts invitations and resends per UTC day: 100 per organization, 100 "
               "per person inviting and 10 per address, refused ones included. The count "
               "starts again at %1.")
                .arg(QLocale().toString(nextDay.toLocalTime(), QLocale::ShortFormat)));
    }
    if (error.retryAt.isValid()) {
        error.message +=
            QLatin1Char(' ') +
            tr("Try again after %1.")
                .arg(QLocale().toString(error.retryAt.toLocalTime().time(), QLocale::LongFormat));
    }
    return error;
}

ApiError transportError(const TransportFailure &failure)
{
    ApiError error;
    error.kind = failure.timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
    const QString &host = failure.host;
    const QString nothingSent = tr("Nothing was sent.");
    const QString maybeMade = tr("The change may or may not have been made.");
    const QString nothingChanged = tr("Nothing was changed.");
    if (failure.notProcessed && !failure.timedOut) {
        error.message = tr("%1 did not take the request: it was closing the connection, as a "
                           "server does while it restarts. Try again in a moment.")
                            .arg(host) +
                        QLatin1Char(' ') + (failure.change ? nothingChanged : QString());
        error.message = error.message.trimmed();
        return error;
    }
    if (failure.timedOut) {
        error.message = tr("%1 did not answer within %2 seconds.")
                            .arg(host)
                            .arg(qMax(1, failure.timeoutSeconds));
    } else {
        switch (failure.error) {
        case QNetworkReply::ConnectionRefusedError:
            error.message = tr("Could not connect to %1: the connection was refused.").arg(host) +
                            QLatin1Char(' ') + nothingSent;
            return error;
        case QNetworkReply::HostNotFoundError:
            error.message = tr("Could not find the server %1. Check the Sentry URL.").arg(host) +
                            QLatin1Char(' ') + nothingSent;
            return error;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            error.message = tlsFailure(host, failure.sslErrors) + QLatin1Char(' ') + nothingSent;
            return error;
        case QNetworkReply::TooManyRedirectsError:
            error.message =
                tr("%1 redirected the request again and again. Check the Sentry URL.").arg(host);
            if (failure.change)
                error.message += QLatin1Char(' ') + nothingChanged;
            return error;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:
            error.message = tr("%1 closed the connection before answering.").arg(host);
            break;
        default:
            error.message =
                tr("The connection to %1 was interrupted before it answered.").arg(host);
            break;
        }
    }
    // The request may have reached Sentry: for a change, that is an unknown outcome.
    error.outcomeUnknown = failure.change;
    error.reason = error.message;
    error.message += QLatin1Char(' ') + (failure.change ? maybeMade : nothingChanged);
    return error;
}

ApiError refusedRedirect(const QString &fromHost, const QString &toUrl)
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = tr("%1 redirected the request to %2. The request was not followed so the "
                       "auth token stays with %1; check the Sentry URL.")
                        .arg(fromHost, toUrl);
    return error;
}

ApiError redirectedChange(const QString &fromHost, const QString &toUrl)
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = tr("%1 answered with a redirect to %2 instead of a result. A change is never "
                       "sent on to another address, so nothing was changed by the redirect. "
                       "Check the Sentry URL.")
                        .arg(fromHost, toUrl);
    return error;
}

ApiError unreadableResponse(int status, bool change)
{
    ApiError error;
    error.kind = ApiError::Kind::Server;
    error.httpStatus = status;
    error.outcomeUnknown = change;
    error.reason = tr("Sentry answered, but the answer could not be read.");
    error.message = change ? tr("Sentry answered, but the answer could not be read. The change "
                                "may or may not have been made.")
                           : error.reason;
    return error;
}

ApiError responseTooLarge(const QString &host, qint64 limitBytes, bool change)
{
    ApiError error;
    error.kind = ApiError::Kind::Server;
    error.outcomeUnknown = change;
    error.message = tr("%1 sent an answer larger than %2, which was not read.")
                        .arg(host, QLocale().formattedDataSize(limitBytes));
    error.reason = error.message;
    if (change)
        error.message += QLatin1Char(' ') + tr("The change may or may not have been made.");
    return error;
}

} // namespace sm::errors
