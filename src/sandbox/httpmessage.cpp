// SPDX-License-Identifier: MIT
#include "sandbox/httpmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace sm::sandbox {

Response Response::json(int status, const QJsonValue &value)
{
    Response response;
    response.status = status;
    if (value.isObject())
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else {
        // A bare JSON scalar: serialize through a one-element array and strip the brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        response.body = wrapped.mid(1, wrapped.size() - 2);
    }
    return response;
}

Response Response::detail(int status, const QString &text)
{
    return json(status, QJsonObject{{QStringLiteral("detail"), text}});
}

Response Response::permissionDenied()
{
    return detail(403, QStringLiteral("You do not have permission to perform this action."));
}

Response Response::fieldError(int status, const QString &field, const QString &message)
{
    return json(status, QJsonObject{{field, QJsonArray{message}}});
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    response.contentType.clear();
    return response;
}

QByteArray journalLine(const Request &request, const Response &response)
{
    QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                     {QStringLiteral("path"), request.path},
                     {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)},
                     {QStringLiteral("status"), response.status}};
    if (!request.body.isEmpty()) {
        const QJsonDocument body = QJsonDocument::fromJson(request.body);
        if (body.isObject())
            line.insert(QStringLiteral("body"), body.object());
        else if (body.isArray())
            line.insert(QStringLiteral("body"), body.array());
        else
            line.insert(QStringLiteral("body"), QString::fromUtf8(request.body));
    }
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace sm::sandbox
