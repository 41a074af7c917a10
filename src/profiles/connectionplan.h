// SPDX-License-Identifier: MIT
#pragma once

#include "api/connectionoptions.h"
#include "profiles/profile.h"

#include <QStringList>

#include <optional>

namespace sm::profiles {

// How a launch (of the app or of a command-line tool) connects, decided once for both.
// Precedence: flags, then an explicitly named profile, then the environment, then the last
// profile used. A named profile beats SENTRY_AUTH_TOKEN because that variable often holds an
// organization token for sentry-cli uploads, which can do no member work.
struct ConnectionPlan
{
    enum class Kind
    {
        // `connection` is complete: connect with it.
        Connect,
        // Read `profileId`'s token, then connect with `overlay(...)` of it.
        OpenProfile,
        // Nothing to connect with: ask (the app) or say what is missing (a tool).
        Ask,
        // The named profile does not exist: `problem` says so.
        Refuse,
    };
    Kind kind = Kind::Ask;
    // Connect: the settings. OpenProfile: the flags' values, laid over the profile's.
    // Ask: what is known so far, to prefill a form.
    connection::SourcedSettings connection;
    connection::Flags flags;
    QString profileId;
    // Things the user should know, one sentence each: an environment value not used.
    QStringList notices;
    QString problem;
};

// The profile `name` refers to: its id, or its shown name (case-insensitively).
std::optional<Profile> findProfile(const QList<Profile> &profiles, const QString &name);

// `namedProfile` empty when none was named; `last` is the profile used last, if any.
ConnectionPlan planConnection(const connection::Flags &flags, const QString &namedProfile,
                              const QProcessEnvironment &env, const QList<Profile> &profiles,
                              const std::optional<Profile> &last);

// What an OpenProfile plan connects with once the profile's token is read.
connection::SourcedSettings overlay(const ConnectionSettings &profileConnection,
                                    const connection::Flags &flags);

} // namespace sm::profiles
