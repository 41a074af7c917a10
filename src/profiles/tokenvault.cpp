// SPDX-License-Identifier: MIT
#include "profiles/tokenvault.h"

#include <qt6keychain/keychain.h>

namespace sm::profiles {

VaultJob::VaultJob(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_job(job)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeout] {
        VaultResult result;
        result.reason = tr("The system keychain did not answer within %1 seconds (it may be "
                           "locked, waiting for a password prompt).")
                            .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
        finish(result);
    });
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        VaultResult result;
        switch (done->error()) {
        case QKeychain::NoError:
            result.status = VaultResult::Status::Ok;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                result.token = read->textData();
            break;
        case QKeychain::EntryNotFound:
            result.status = VaultResult::Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.reason = tr("The system keychain refused access.");
            break;
        case QKeychain::NoBackendAvailable:
            result.reason = tr("No system keychain is available.");
            break;
        default:
            result.reason = tr("The system keychain is not available: %1").arg(done->errorString());
            break;
        }
        finish(result);
    });
    m_timeout.start(timeout);
}

VaultJob::~VaultJob() = default;

void VaultJob::finish(const VaultResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    // A late answer from a job that timed out is not heard; the keychain job deletes itself.
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    emit finished(result);
    deleteLater();
}

TokenVault::TokenVault(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<VaultResult>();
}

TokenVault::~TokenVault() = default;

QString TokenVault::serviceName()
{
    return QStringLiteral("Sentry Members");
}

VaultJob *TokenVault::start(QKeychain::Job *job, const QString &profileId)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead
    job->setKey(QStringLiteral("profile/") + profileId);
    auto *vaultJob = new VaultJob(job, m_timeout, this);
    job->start();
    return vaultJob;
}

VaultJob *TokenVault::read(const QString &profileId)
{
    return start(new QKeychain::ReadPasswordJob(serviceName()), profileId);
}

VaultJob *TokenVault::write(const QString &profileId, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(token);
    return start(job, profileId);
}

VaultJob *TokenVault::remove(const QString &profileId)
{
    return start(new QKeychain::DeletePasswordJob(serviceName()), profileId);
}

} // namespace sm::profiles
