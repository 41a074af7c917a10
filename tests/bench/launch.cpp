// SPDX-License-Identifier: MIT
#include "launch.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

namespace {

using Clock = FirstPixels::Clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

std::vector<char *> pointers(QList<QByteArray> &storage)
{
    std::vector<char *> result;
    for (QByteArray &entry : storage)
        result.push_back(entry.data());
    return result;
}

} // namespace

std::optional<Launch> launch(const Variant &variant, FirstPixels &pixels,
                             const QList<QByteArray> &wrapper)
{
    if (!pixels.rearm(std::chrono::seconds(5)))
        return std::nullopt;
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) // the program's own children must not hold it open
        return std::nullopt;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const QByteArray errors = variant.stderrFile.isEmpty() ? "/dev/null" : variant.stderrFile;
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QList<QByteArray> argStorage = wrapper;
    argStorage += variant.program;
    argStorage += variant.arguments;
    std::vector<char *> argv = pointers(argStorage);
    argv.push_back(nullptr);
    QList<QByteArray> envStorage = variant.environment;
    std::vector<char *> envp = pointers(envStorage);
    for (char **entry = environ; *entry; ++entry)
        envp.push_back(*entry);
    envp.push_back(nullptr);

    const auto start = Clock::now();
    pid_t pid = 0;
    const int spawned =
        posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return std::nullopt;
    }
    // Both clocks at once: the marker line and the server's damage.
    const auto deadline = start + std::chrono::seconds(20);
    std::optional<Clock::time_point> pixelsAt, markerAt;
    bool outputOpen = true;
    QByteArray seen;
    while (Clock::now() < deadline && (!pixelsAt || outputOpen)) {
        pollfd fds[2] = {{pixels.fileDescriptor(), POLLIN, 0}, {out[0], POLLIN, 0}};
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        poll(fds, outputOpen ? 2 : 1, int(std::max<long>(1, left.count())));
        pixelsAt = pixels.pixelsSeen();
        if (outputOpen && (fds[1].revents & (POLLIN | POLLHUP))) {
            char buffer[256];
            const ssize_t n = read(out[0], buffer, sizeof buffer);
            if (n <= 0)
                outputOpen = false;
            else
                seen.append(buffer, n);
            if (!markerAt && seen.contains("first-paint\n"))
                markerAt = Clock::now();
        }
    }
    close(out[0]);
    if (!pixelsAt)
        kill(pid, SIGKILL);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (!pixelsAt || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    Launch result;
    result.pixelsMs = msBetween(start, *pixelsAt);
    result.paintEventMs = markerAt ? msBetween(start, *markerAt) : 0;
    result.peakRssMiB = double(usage.ru_maxrss) / 1024.0;
    return result;
}
