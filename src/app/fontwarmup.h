// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace sm::app {

// Loads the system font configuration on a worker thread while the display connection is
// being set up. Reading fontconfig's files and caches is the largest single cost of the first
// window with text in it (about 10 ms); done alongside QApplication's own start it no longer
// delays the first frame. The worker runs at idle priority: connecting is mostly waiting for
// the display server, which needs a core of its own to answer (on two cores, a worker at
// normal priority delayed the connection by about 3 ms). Where fontconfig is not used, this
// does nothing.
class FontWarmup final
{
public:
    FontWarmup();
    ~FontWarmup();
    FontWarmup(const FontWarmup &) = delete;
    FontWarmup &operator=(const FontWarmup &) = delete;

    // Makes sure the configuration is loaded; call before the first widget is built. Waits a
    // little for the worker; when it is still not done (a busy machine gives an idle-priority
    // thread little time), the calling thread loads the configuration itself: fontconfig keeps
    // whichever load ends first. True when the worker had loaded it.
    bool finish();

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_loaded = false; // guarded by m_mutex
    std::thread m_worker;  // joined by the destructor
};

} // namespace sm::app
