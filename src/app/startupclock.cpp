// SPDX-License-Identifier: MIT
#include "startupclock.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStartup, "sentry.app.startup", QtWarningMsg)

namespace sm::app::startup {

namespace {
QElapsedTimer &clock()
{
    static QElapsedTimer started;
    return started;
}
} // namespace

void begin()
{
    clock().start();
}

void mark(const char *phase)
{
    qCInfo(lcStartup, "%.1f ms: %s", double(clock().nsecsElapsed()) / 1e6, phase);
}

} // namespace sm::app::startup
