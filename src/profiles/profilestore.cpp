// SPDX-License-Identifier: MIT
#include "profiles/profilestore.h"

namespace sm::profiles {

ProfileStore::ProfileStore(AppSettings *settings, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_vault(vault)
{}

ProfileStore::~ProfileStore() = default;

std::optional<Profile> ProfileStore::lastProfile() const
{
    return m_settings->profile(m_settings->lastProfileId());
}

void ProfileStore::setCurrent(const QString &id)
{
    m_currentId = id;
    m_settings->setLastProfileId(id);
    m_settings->sync();
}

void ProfileStore::open(const QString &id)
{
    const std::optional<Profile> found = m_settings->profile(id);
    if (!found)
        return;
    const Profile &profile = *found;
    const quint64 asked = ++m_generation;
    if (const auto cached = m_sessionTokens.constFind(id); cached != m_sessionTokens.cend()) {
        openWith(profile, *cached);
        return;
    }
    if (!profile.tokenInKeychain) {
        refuse(profile, tr("No token is saved for this profile."));
        return;
    }
    emit readingToken(profile);
    VaultJob *job = m_vault->read(id);
    connect(job, &VaultJob::finished, this, [this, profile](const VaultResult &result) {
        if (result.ok() && !result.token.isEmpty()) {
            m_sessionTokens.insert(profile.id, result.token);
            openWith(profile, result.token);
        } else if (result.status == VaultResult::Status::NotFound || result.ok()) {
            refuse(profile, tr("The system keychain has no token for this profile any more."));
        } else {
            refuse(profile, result.reason);
        }
    });
    // The user unlocked the keychain after the app had asked for the token: it opens now,
    // unless they did something else meanwhile.
    connect(job, &VaultJob::answeredLate, this, [this, profile, asked](const VaultResult &result) {
        if (asked != m_generation || !result.ok() || result.token.isEmpty() ||
            !m_settings->profile(profile.id))
            return;
        m_sessionTokens.insert(profile.id, result.token);
        openWith(profile, result.token);
    });
}

void ProfileStore::openWith(const Profile &profile, const QString &token)
{
    // Current only once it can connect: asking for the token can still be cancelled.
    setCurrent(profile.id);
    emit profilesChanged();
    ConnectionSettings connection = profile.connection();
    connection.token = token;
    emit opened(profile, connection);
}

void ProfileStore::refuse(const Profile &profile, const QString &reason)
{
    emit profilesChanged(); // a menu that checked the entry shows the current one again
    emit tokenMissing(profile, reason);
}

void ProfileStore::remember(const ConnectionSettings &connection, const QString &displayName,
                            bool useKeychain)
{
    const quint64 asked = ++m_generation;
    Profile profile = Profile::from(connection, displayName);
    for (const Profile &existing : m_settings->profiles()) {
        // Two profiles may share an organization (a personal token and an integration's):
        // the name tells them apart.
        if (existing.sameConnection(connection) && existing.displayName == profile.displayName) {
            profile.id = existing.id;
            profile.tokenInKeychain = existing.tokenInKeychain;
            break;
        }
    }
    m_sessionTokens.insert(profile.id, connection.token);
    const bool hadKeychainToken = profile.tokenInKeychain;
    // Until the keychain confirms, the file does not claim a token is there.
    profile.tokenInKeychain = false;
    m_settings->saveProfile(profile);
    setCurrent(profile.id);
    emit profilesChanged();
    if (!useKeychain) {
        if (hadKeychainToken)
            m_vault->remove(profile.id);
        emit saved(profile, tr("The token is kept for this session only."));
        return;
    }
    VaultJob *job = m_vault->write(profile.id, connection.token);
    connect(job, &VaultJob::finished, this, [this, profile](const VaultResult &result) mutable {
        if (!m_settings->profile(profile.id))
            return; // removed meanwhile
        profile.tokenInKeychain = result.ok();
        m_settings->saveProfile(profile);
        m_settings->sync();
        emit profilesChanged();
        emit saved(profile,
                   result.ok()
                       ? QString()
                       : tr("%1 The token is kept for this session only.").arg(result.reason));
    });
    // A write that lands after the app said it did not: the file says so too, so the next
    // launch finds it; a secret whose profile was removed meanwhile is deleted.
    connect(job, &VaultJob::answeredLate, this,
            [this, profile, asked](const VaultResult &result) mutable {
                if (!result.ok())
                    return;
                if (!m_settings->profile(profile.id)) {
                    m_vault->remove(profile.id);
                    return;
                }
                if (asked != m_generation)
                    return;
                profile.tokenInKeychain = true;
                m_settings->saveProfile(profile);
                m_settings->sync();
                emit profilesChanged();
            });
}

void ProfileStore::forgetToken(const QString &id)
{
    std::optional<Profile> profile = m_settings->profile(id);
    if (!profile)
        return;
    ++m_generation;
    m_sessionTokens.remove(id);
    profile->tokenInKeychain = false;
    m_settings->saveProfile(*profile);
    m_settings->sync();
    emit profilesChanged();
    VaultJob *job = m_vault->remove(id);
    connect(job, &VaultJob::finished, this, [this, p = *profile](const VaultResult &result) {
        emit tokenForgotten(p, result.ok() || result.status == VaultResult::Status::NotFound
                                   ? QString()
                                   : result.reason);
    });
}

void ProfileStore::remove(const QString &id)
{
    if (!m_settings->profile(id))
        return;
    ++m_generation;
    m_sessionTokens.remove(id);
    m_settings->removeProfile(id);
    m_settings->sync();
    if (m_currentId == id)
        m_currentId.clear();
    m_vault->remove(id); // also when the file said none: an older write may have landed
    emit profilesChanged();
}

} // namespace sm::profiles
