// SPDX-License-Identifier: MIT
#pragma once

#include "api/connection.h"

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace sm::connection {

// Where a connection value came from: said by a command-line tool's `auth status` and in
// the app's startup log, so a surprising organization can be traced to its cause.
enum class Source
{
    Default,
    Flag,
    Profile,
    Environment,
};
// "default", "flag", "profile", "environment": stable, for JSON.
QString sourceName(Source source);

// --url, --org and --ca-file as a command line gave them; each one unset when not given.
struct Flags
{
    std::optional<QUrl> url;
    std::optional<QString> organization;
    std::optional<QString> caFile;

    bool isEmpty() const { return !url && !organization && !caFile; }
};

// The three options, with their help texts, for any front end's parser.
QList<QCommandLineOption> commandLineOptions();
// Reads them from a parser that was given commandLineOptions().
Flags flagsFrom(const QCommandLineParser &parser);

// A connection and the source of each of its values (the token's never printed).
struct SourcedSettings
{
    ConnectionSettings settings;
    Source url = Source::Default;
    Source organization = Source::Default;
    Source token = Source::Default;
    Source caFile = Source::Default;

    // Enough to connect without asking: an organization and a token.
    bool canConnect() const
    {
        return !settings.organization.isEmpty() && !settings.token.isEmpty();
    }
};

// SENTRY_URL, SENTRY_ORG, SENTRY_AUTH_TOKEN and SENTRY_MEMBERS_CA_FILE, each marked
// Environment when set (fromEnvironment's values).
SourcedSettings environmentSettings(const QProcessEnvironment &env);
// `flags` laid over `base`: a given flag replaces the value and its source.
SourcedSettings withFlags(SourcedSettings base, const Flags &flags);

} // namespace sm::connection
