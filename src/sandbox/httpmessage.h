// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// The sandbox's HTTP exchange as plain values, so the rules can be exercised without
// sockets and the server adapter stays a thin translation.
namespace sm::sandbox {

struct Request
{
    QByteArray method;
    QString path; // decoded, e.g. /api/0/organizations/acme/members/
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // keys lower-case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonValue &value);
    // {"detail": "<text>"}: Sentry's most common error body.
    static Response detail(int status, const QString &text);
    // 403 {"detail": "You do not have permission to perform this action."}: DRF's answer
    // whenever a permission class refuses.
    static Response permissionDenied();
    // {"<field>": ["<message>"]}: a DRF serializer error.
    static Response fieldError(int status, const QString &field, const QString &message);
    static Response empty(int status);
};

// One line of the sandbox's journal: method, path, query, status and the request body (as
// JSON when it parses). Headers are left out, so no token ever reaches the journal.
QByteArray journalLine(const Request &request, const Response &response);

} // namespace sm::sandbox
