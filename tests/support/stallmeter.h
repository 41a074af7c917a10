// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <ctime>

namespace sm::test {

// Measures how long the event loop stalls while it runs: a timer that should fire every
// few milliseconds notes the most work done between two firings. A window that stops
// answering for longer than `limit` ms has frozen for its user.
class StallMeter
{
public:
    StallMeter()
    {
        m_clock.start();
        m_cpuAtTick = threadCpuMs();
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_worstWall = qMax(m_worstWall, m_clock.restart());
            const qint64 cpu = threadCpuMs();
            m_worst = qMax(m_worst, cpu - m_cpuAtTick);
            m_cpuAtTick = cpu;
        });
        m_timer.start();
    }
    // The longest time the UI thread spent working between two turns of its event loop.
    // Counted in the thread's CPU time, so a busy machine that leaves the process waiting
    // for a core does not look like a freeze; a freeze is work, and work is counted.
    qint64 worstMs() const { return m_worst; }
    // The same gap in wall-clock time, for the failure message.
    qint64 worstWallMs() const { return m_worstWall; }
    // Sanitizer builds run code several times slower: allow them more.
    static qint64 limit() { return qEnvironmentVariableIsSet("ASAN_OPTIONS") ? 400 : 100; }

private:
    static qint64 threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    }

    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_cpuAtTick = 0;
    qint64 m_worst = 0;
    qint64 m_worstWall = 0;
};

} // namespace sm::test
