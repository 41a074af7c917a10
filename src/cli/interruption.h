// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

namespace sm::cli {

// Calls `handler` in the event loop when the process gets SIGINT (Ctrl-C), so the command can
// end cleanly: the handler itself only writes a byte to a pipe. A second Ctrl-C kills the
// process at once, as a user pressing it twice expects.
void handleInterrupt(QObject *context, std::function<void()> handler);

} // namespace sm::cli
