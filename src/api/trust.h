// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <optional>

// Certificate authorities a connection trusts besides the system's: a self-hosted Sentry
// behind an internal CA works for this app without installing that CA system-wide.
namespace sm::trust {

// The certificates in a PEM file (one or many); empty with *problem set when the file
// cannot be read or holds none.
QList<QSslCertificate> readCaFile(const QString &path, QString *problem);

// The TLS configuration for requests of a connection that names caFile: the system's
// authorities plus the file's. Nothing when caFile is empty or unreadable (validation
// reports that before anything is sent). Read once per file and modification time, on a
// worker thread: reading the system's store takes about a tenth of a second. Blocks until
// read; whenReady() waits without blocking.
std::optional<QSslConfiguration> configurationFor(const QString &caFile);

// Calls `ready` on `context`'s thread once configurationFor(caFile) answers without
// waiting; at once when it already does. Never called if `context` is gone by then.
void whenReady(const QString &caFile, QObject *context, const std::function<void()> &ready);

} // namespace sm::trust
