// SPDX-License-Identifier: MIT
#pragma once

#include <thread>

namespace sm::app {

// Loads the system font configuration on a worker thread while the display connection is
// being set up. Reading fontconfig's files and caches is the largest single cost of the first
// window with text in it (about 10 ms); done alongside QApplication's own start it no longer
// delays the first frame. Where fontconfig is not used, this does nothing.
class FontWarmup final
{
public:
    FontWarmup();
    ~FontWarmup();
    FontWarmup(const FontWarmup &) = delete;
    FontWarmup &operator=(const FontWarmup &) = delete;

    // Waits for the configuration to be loaded; call before the first widget is built so the
    // GUI thread never races the worker for the same work.
    void finish();

private:
    std::thread m_worker;
};

} // namespace sm::app
