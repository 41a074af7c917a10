// SPDX-License-Identifier: MIT
#include "fontwarmup.h"

#ifdef SENTRY_MEMBERS_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace sm::app {

FontWarmup::FontWarmup()
{
#ifdef SENTRY_MEMBERS_HAVE_FONTCONFIG
    // FcInit is thread-safe and idempotent: Qt's own call later finds the configuration loaded.
    m_worker = std::thread([] { FcInit(); });
#endif
}

FontWarmup::~FontWarmup()
{
    finish();
}

void FontWarmup::finish()
{
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace sm::app
