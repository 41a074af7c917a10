// SPDX-License-Identifier: MIT
#pragma once

namespace sm::app::startup {

// Where a start goes, phase by phase, in milliseconds since main() began, for the startup
// benchmark and for anyone asking why a start is slow:
//   QT_LOGGING_RULES="sentry.app.startup.info=true" sentry-members
// Off by default; a mark then costs one check of the category.
void begin();
void mark(const char *phase);

} // namespace sm::app::startup
