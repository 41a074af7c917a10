// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace sm::profiles {

struct VaultResult
{
    enum class Status
    {
        Ok,
        NotFound,   // the keychain answered: nothing stored under that profile
        Unavailable // no keychain answered: none installed, locked, refused or too slow
    };
    Status status = Status::Unavailable;
    QString token;  // set by a successful read only
    QString reason; // why, when Unavailable, in words for the user

    bool ok() const { return status == Status::Ok; }
};

// One keychain request; emits finished() exactly once, also when the keychain does not
// answer in time. A keychain that answers after that (an unlock prompt the user answered
// slowly) is heard as answeredLate(). Deletes itself once the keychain has answered.
class VaultJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultJob)

public:
    VaultJob(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *parent);
    ~VaultJob() override;

signals:
    void finished(const sm::profiles::VaultResult &result);
    void answeredLate(const sm::profiles::VaultResult &result);

private:
    static VaultResult resultOf(QKeychain::Job *job);

    QTimer m_timeout;
    bool m_done = false;
};

// Tokens in the operating system's keychain (Secret Service on Linux, the Keychain on macOS,
// the Credential Manager on Windows), one entry per profile id. Every call is asynchronous;
// a keychain that hangs (an unlock prompt nobody answers) costs at most the timeout, and
// there is no plain-text fallback.
class TokenVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenVault)

public:
    explicit TokenVault(QObject *parent = nullptr);
    ~TokenVault() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    VaultJob *read(const QString &profileId);
    VaultJob *write(const QString &profileId, const QString &token);
    VaultJob *remove(const QString &profileId);

    // The name entries are stored under, as the keychain's tools show it.
    static QString serviceName();

private:
    VaultJob *start(QKeychain::Job *job, const QString &profileId);

    std::chrono::milliseconds m_timeout{8000};
};

} // namespace sm::profiles

Q_DECLARE_METATYPE(sm::profiles::VaultResult)
