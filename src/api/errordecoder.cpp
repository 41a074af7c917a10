// SPDX-License-Identifier: MIT
#include "api/errordecoder.h"

#include "api/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sm::errors {

namespace {

const QLatin1String scimErrorSchema("urn:ietf:params:scim:api:messages:2.0:Error");

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

    // The Content-Type is deliberately ignored: Sentry's rate limiter answers JSON
    // labelled as text/html.
    if (const auto value = parseJsonValue(failure.body)) {
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
    return error;
}

ApiError transportError(QNetworkReply::NetworkError networkError, const QString &host,
                        bool timedOut, int timeoutSeconds)
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    if (timedOut) {
        error.kind = ApiError::Kind::Timeout;
        error.message =
            tr("%1 did not answer within %2 seconds. The change may or may not have been made; "
               "check before trying again.")
                .arg(host)
                .arg(timeoutSeconds);
        return error;
    }
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.message = tr("Could not connect to %1: the connection was refused.").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        error.message = tr("Could not find the server %1. Check the Sentry URL.").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.message = tr("The secure connection to %1 could not be established: its "
                           "certificate is not trusted. Nothing was sent.")
                            .arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message = tr("%1 closed the connection before answering.").arg(host);
        break;
    case QNetworkReply::TooManyRedirectsError:
        error.message = tr("%1 redirected the request too many times.").arg(host);
        break;
    default:
        error.message = tr("Could not reach %1. Check the network connection.").arg(host);
        break;
    }
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

ApiError unreadableResponse(int status)
{
    ApiError error;
    error.kind = ApiError::Kind::Server;
    error.httpStatus = status;
    error.message = tr("Sentry answered, but the answer could not be read. The change may have "
                       "been made; reload before trying again.");
    return error;
}

} // namespace sm::errors
