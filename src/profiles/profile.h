// SPDX-License-Identifier: MIT
#pragma once

#include "api/connection.h"

#include <QString>
#include <QUrl>

namespace sm::profiles {

// A saved connection: where, which organization, how it is shown, and whether its token is
// in the system keychain (under the profile's id). The token itself is never part of it.
struct Profile
{
    QString id;
    QString displayName;
    QUrl baseUrl;
    QString organization;
    QString caFile;
    bool allowHttp2 = true;
    bool tokenInKeychain = false;

    // A new profile for `settings`, with a fresh id and a name such as "acme on sentry.io".
    static Profile from(const ConnectionSettings &settings, const QString &displayName = {});
    // The connection, without its token.
    ConnectionSettings connection() const;
    // "acme on sentry.io" when no name was given.
    QString shownName() const;
    bool sameConnection(const ConnectionSettings &settings) const;
};

} // namespace sm::profiles
