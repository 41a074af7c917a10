// SPDX-License-Identifier: MIT
#include "cli/interruption.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace sm::cli {

namespace {
int g_pipe[2] = {-1, -1};

void onSignal(int)
{
    std::signal(SIGINT, SIG_DFL); // the next one ends the process
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
} // namespace

void handleInterrupt(QObject *context, std::function<void()> handler)
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // Ctrl-C then ends the process as it would anyway
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context,
                     [notifier, handler = std::move(handler)] {
                         char byte = 0;
                         [[maybe_unused]] const auto read = ::read(g_pipe[0], &byte, 1);
                         notifier->setEnabled(false);
                         handler();
                     });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace sm::cli
