// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/profile.h"

#include <QByteArray>
#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

namespace sm::profiles {

// Everything the app remembers between launches, typed, in one place. The file carries a
// schema version; opening it migrates older layouts. Tokens are never stored here: a
// profile only says whether its token is in the system keychain.
class AppSettings final
{
public:
    static constexpr int schemaVersion = 1;

    // The application's settings file (QSettings' default location).
    AppSettings();
    // A given file, for tests and tools.
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Adds or replaces the profile with that id.
    void saveProfile(const Profile &profile);
    void removeProfile(const QString &id);
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    QByteArray membersHeaderState() const;
    void setMembersHeaderState(const QByteArray &state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // Where the last export was saved (empty: never): the next one starts there.
    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);

    QString fileName() const;
    void sync();

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace sm::profiles
