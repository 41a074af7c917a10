// SPDX-License-Identifier: MIT
#include "profiles/tokenvault.h"

#include <qt6keychain/keychain.h>

namespace sm::profiles {

VaultJob::VaultJob(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeout] {
        VaultResult result;
        result.reason = tr("The system keychain did not answer within %1 seconds (it may be "
                           "locked, waiting for a password prompt).")
                            .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
        m_done = true;
        emit finished(result); // and stays for a late answer
    });
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        const VaultResult result = resultOf(done);
        m_timeout.stop();
        if (m_done) {
            emit answeredLate(result);
        } else {
            m_done = true;
            emit finished(result);
        }
        deleteLater();
    });
    m_timeout.start(timeout);
}

VaultJob::~VaultJob() = default;

VaultResult VaultJob::resultOf(QKeychain::Job *job)
{
    VaultResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = VaultResult::Status::Ok;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
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
    default: {
        // QtKeychain's own words ("Could not connect: …") would read as if Sentry failed:
        // they are quoted as the keychain's, in a sentence of ours.
        QString said = job->errorString().trimmed();
        if (said.endsWith(QLatin1Char('.')))
            said.chop(1);
        result.reason = tr("The system keychain did not answer (it said: “%1”).").arg(said);
        break;
    }
    }
    return result;
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
