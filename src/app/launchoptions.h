// SPDX-License-Identifier: MIT
#pragma once

#include "api/connection.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace sm::app {

// What the command line and the environment ask for. Parsed before any QApplication
// exists, so --help and --version work without a display.
struct LaunchOptions
{
    bool demo = false;
    ConnectionSettings connection;
    // Set when the process should print `output` and exit with `exitCode` instead.
    std::optional<int> exitCode;
    QString output;

    // Enough to connect without asking: an organization and a token.
    bool canConnect() const
    {
        return !connection.organization.isEmpty() && !connection.token.isEmpty();
    }
};

// SENTRY_URL, SENTRY_ORG and SENTRY_AUTH_TOKEN as sentry-cli reads them; --url and --org
// override the environment.
LaunchOptions parseLaunchOptions(const QStringList &arguments, const QProcessEnvironment &env);

} // namespace sm::app
