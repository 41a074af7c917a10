// SPDX-License-Identifier: MIT
#pragma once

#include "core/fielderrors.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>

namespace sm {

// Where and as whom the app talks to Sentry. The token lives only in memory here; it is
// never logged or written to settings.
struct ConnectionSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://sentry.io"));
    QString organization;
    QString token;
    // Silence: no byte from the server for this long ends a request.
    std::chrono::milliseconds transferTimeout{30000};
    // A request that has not finished after this long ends, however slowly data trickles.
    std::chrono::milliseconds deadline{120000};
    // Answers larger than this are not read (a list page of Sentry's is well under 1 MiB).
    qint64 maxResponseBytes = qint64(16) * 1024 * 1024;
    // A PEM file of certificate authorities trusted for this connection besides the
    // system's (a self-hosted Sentry behind an internal CA). Empty: the system's only.
    QString caFile;
    // HTTP/2 when the server offers it (sentry.io does); off forces HTTP/1.1, for a TLS proxy
    // that mishandles HTTP/2.
    bool allowHttp2 = true;
};

namespace connection {

// The hosted instances; anything else is a self-hosted URL.
QList<QPair<QString, QUrl>> knownInstances();
// Accepts what people paste: "sentry.io", "https://de.sentry.io/", ".../api/0/".
QUrl normalizedBaseUrl(const QString &text);
bool isLoopback(const QUrl &url);
// sentry.io or one of its regions (us.sentry.io, de.sentry.io, ...).
bool isHosted(const QUrl &url);
// Whether the organization's region is worth asking for: on sentry.io (and on loopback, where
// the sandbox plays it); a self-hosted URL is used as given.
bool hasRegions(const QUrl &baseUrl);
// The base URL to use for an organization whose links.regionUrl is `regionUrl`, reached at
// `given`. The token follows only to an https host of sentry.io from sentry.io, or from
// loopback to loopback with the same scheme; anything else keeps `given`.
QUrl regionBaseUrl(const QUrl &given, const QUrl &regionUrl);
// Problems keyed "url", "org", "token", "caFile": https is required except on loopback.
FieldErrors validate(const ConnectionSettings &settings);
// SENTRY_URL (default https://sentry.io), SENTRY_ORG and SENTRY_AUTH_TOKEN, read as
// sentry-cli reads them, and SENTRY_MEMBERS_CA_FILE (caFile). Shared by the desktop app and
// a command-line tool.
ConnectionSettings fromEnvironment(const QProcessEnvironment &env);

} // namespace connection

} // namespace sm
