// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/appsettings.h"
#include "profiles/tokenvault.h"

#include <QHash>
#include <QObject>

namespace sm::profiles {

// The saved connections and their tokens. A token goes to the system keychain when the user
// asks for that and a keychain answers; otherwise it is kept in memory for this session only
// and the user is told why. Never written anywhere else.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    ProfileStore(AppSettings *settings, TokenVault *vault, QObject *parent = nullptr);
    ~ProfileStore() override;

    AppSettings *settings() const { return m_settings; }
    QList<Profile> profiles() const { return m_settings->profiles(); }
    std::optional<Profile> profile(const QString &id) const { return m_settings->profile(id); }
    // The profile in use (the last one opened or saved), empty when none.
    QString currentId() const { return m_currentId; }
    std::optional<Profile> lastProfile() const;

    // Reads the profile's token (this session's copy first, then the keychain) and emits
    // opened() with a connection ready to use (the profile becomes current), or
    // tokenMissing() with the reason (the current profile stays).
    void open(const QString &id);
    // Saves `connection` as a profile (the one with the same URL, organization and name, or
    // a new one), makes it current and keeps its token: in the keychain when `useKeychain`, else
    // for this session. Emits saved() once the keychain has answered.
    void remember(const ConnectionSettings &connection, const QString &displayName,
                  bool useKeychain);
    // Deletes the profile's token from the keychain and this session.
    void forgetToken(const QString &id);
    // Removes the profile and its token.
    void remove(const QString &id);

signals:
    // The profile's token is being read from the keychain (which may show an unlock prompt).
    void readingToken(const sm::profiles::Profile &profile);
    void opened(const sm::profiles::Profile &profile, const sm::ConnectionSettings &connection);
    void tokenMissing(const sm::profiles::Profile &profile, const QString &reason);
    // `note` says where the token went when that is not the keychain (and why).
    void saved(const sm::profiles::Profile &profile, const QString &note);
    void tokenForgotten(const sm::profiles::Profile &profile, const QString &note);
    void profilesChanged();

private:
    void setCurrent(const QString &id);
    void openWith(const Profile &profile, const QString &token);
    void refuse(const Profile &profile, const QString &reason);

    AppSettings *m_settings;
    TokenVault *m_vault;
    QString m_currentId;
    // Counts the user's profile actions: a keychain answer that comes late applies only if
    // nothing was done since it was asked.
    quint64 m_generation = 0;
    // Tokens that could not go to the keychain, or were read from it: this session only.
    QHash<QString, QString> m_sessionTokens;
};

} // namespace sm::profiles
