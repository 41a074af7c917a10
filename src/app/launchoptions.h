// SPDX-License-Identifier: MIT
#pragma once

#include "api/connectionoptions.h"

#include <QStringList>

#include <optional>

namespace sm::app {

// What the command line and the environment ask for. Parsed before any QApplication
// exists, so --help and --version work without a display.
struct LaunchOptions
{
    bool demo = false;
    connection::Flags flags;
    QString profile; // --profile: a saved connection, by name or id
    // Set when the process should print `output` and exit with `exitCode` instead.
    std::optional<int> exitCode;
    QString output;
};

// The command line only; profiles::planConnection weighs it against the environment and the
// saved profiles.
LaunchOptions parseLaunchOptions(const QStringList &arguments);

} // namespace sm::app
