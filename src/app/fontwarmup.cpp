// SPDX-License-Identifier: MIT
#include "fontwarmup.h"

#ifdef SENTRY_MEMBERS_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#include <pthread.h>
#include <sched.h>
#endif

namespace sm::app {

namespace {
// Long enough for a worker that is nearly done (it gets the core the GUI thread leaves while
// waiting), short enough that a machine too busy to run it costs little.
constexpr std::chrono::milliseconds kLongestWait{10};
} // namespace

FontWarmup::FontWarmup()
{
#ifdef SENTRY_MEMBERS_HAVE_FONTCONFIG
    // FcInit is thread-safe and idempotent: Qt's own call later finds the configuration loaded.
    m_worker = std::thread([this] {
#ifdef SCHED_IDLE // Linux; elsewhere the worker keeps its priority
        const sched_param idle{};
        pthread_setschedparam(pthread_self(), SCHED_IDLE, &idle); // lowering needs no privilege
#endif
        FcInit();
        {
            const std::lock_guard lock(m_mutex);
            m_loaded = true;
        }
        m_done.notify_all();
    });
#endif
}

FontWarmup::~FontWarmup()
{
    if (m_worker.joinable())
        m_worker.join();
}

bool FontWarmup::finish()
{
#ifdef SENTRY_MEMBERS_HAVE_FONTCONFIG
    {
        std::unique_lock lock(m_mutex);
        if (m_done.wait_for(lock, kLongestWait, [this] { return m_loaded; }))
            return true;
    }
    FcInit();
#endif
    return false;
}

} // namespace sm::app
