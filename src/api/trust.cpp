// SPDX-License-Identifier: MIT
#include "api/trust.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace sm::trust {

namespace {
// A CA bundle is a few KiB; anything this large is not one.
constexpr qint64 maxCaFileBytes = qint64(4) * 1024 * 1024;

struct Cached
{
    QDateTime modified;
    QFuture<Configuration> configuration;
};

Configuration readConfiguration(const QString &caFile)
{
    QString problem;
    const QList<QSslCertificate> extra = readCaFile(caFile, &problem);
    if (extra.isEmpty())
        return std::nullopt;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // In addition to the system store, never instead of it.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    return configuration;
}

QFuture<Configuration> load(const QString &caFile)
{
    static QMutex mutex;
    static QHash<QString, Cached> cache;
    const QDateTime modified = QFileInfo(caFile).lastModified();
    const QMutexLocker lock(&mutex);
    const auto found = cache.constFind(caFile);
    if (found != cache.constEnd() && found->modified == modified)
        return found->configuration;
    auto promise = std::make_shared<QPromise<Configuration>>();
    QFuture<Configuration> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, caFile] {
        promise->addResult(readConfiguration(caFile));
        promise->finish();
    });
    cache.insert(caFile, {modified, future});
    return future;
}
} // namespace
QList<QSslCertificate> readCaFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("sm::trust", "Cannot read the CA certificate "
                                                            "file: %1")
                       .arg(file.errorString());
        return {};
    }
    if (file.size() > maxCaFileBytes) {
        *problem = QCoreApplication::translate("sm::trust", "This file is too large to be a "
                                                            "CA certificate.");
        return {};
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *problem = QCoreApplication::translate(
            "sm::trust", "This file holds no PEM certificate (-----BEGIN CERTIFICATE-----).");
    }
    return certificates;
}

void whenReady(const QString &caFile, QObject *context,
               const std::function<void(const Configuration &)> &ready)
{
    if (caFile.isEmpty()) {
        ready(std::nullopt);
        return;
    }
    QFuture<Configuration> future = load(caFile);
    if (future.isFinished()) {
        ready(future.result());
        return;
    }
    future.then(context, ready);
}

} // namespace sm::trust
