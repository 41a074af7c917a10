// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Sentry's cursor pagination header:
//   Link: <url>; rel="previous"; results="false"; cursor="0:0:1", <url>; rel="next"; ...
namespace sm {

struct LinkEntry
{
    QUrl url;
    QString rel;
    bool results = false;
    QString cursor;
};

QList<LinkEntry> parseLinkHeader(const QByteArray &header);
// The cursor of the next page, only while Sentry says that page has results.
std::optional<QString> nextPageCursor(const QByteArray &header);

} // namespace sm
