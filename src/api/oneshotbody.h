// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>

namespace sm {

// A request body that can be read once and never rewound. Qt resends a request on a fresh
// connection only after rewinding its body; with this device that fails (ContentReSendError)
// and the request is not sent twice.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);
    ~OneShotBody() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace sm
