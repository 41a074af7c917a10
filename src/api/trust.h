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
// authorities plus the file's; nothing when caFile is empty or unreadable (validation
// reports that before anything is sent).
using Configuration = std::optional<QSslConfiguration>;

// Calls `ready` with caFile's configuration on `context`'s thread, never blocking it: the
// file and the system's store (about a tenth of a second to read) are read on a worker
// thread once per file and modification time; at once when that is done already. Never
// called if `context` is gone by then.
void whenReady(const QString &caFile, QObject *context,
               const std::function<void(const Configuration &)> &ready);

} // namespace sm::trust
