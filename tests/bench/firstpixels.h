// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>

struct xcb_connection_t;

// When a window on an X display first receives pixels, as the X server itself reports it
// through the DAMAGE extension: one damage object on the root window sees drawing into every
// window below it (no compositor, no hook in the measured program). A paint event is not a
// frame: what counts is the moment the pixels reach the server.
class FirstPixels
{
public:
    using Clock = std::chrono::steady_clock;

    FirstPixels() = default;
    ~FirstPixels();
    FirstPixels(const FirstPixels &) = delete;
    FirstPixels &operator=(const FirstPixels &) = delete;

    // Connects to `display` and starts watching; false (with why()) when it cannot.
    bool open(const QByteArray &display);
    QByteArray why() const { return m_why; }

    // Waits until no client's window is left over from the previous run, then forgets any
    // damage seen so far: the next damage is the next program's first pixels.
    bool rearm(std::chrono::milliseconds settle);

    // For poll(): readable when the server has sent something.
    int fileDescriptor() const;
    // Reads what the server sent; the moment of the first damage since rearm(), once seen.
    std::optional<Clock::time_point> pixelsSeen();

private:
    int rootChildren();
    void drain();

    xcb_connection_t *m_connection = nullptr;
    unsigned m_root = 0;
    unsigned m_damage = 0;
    int m_damageEvent = -1;
    int m_baselineChildren = 0;
    bool m_damaged = false;
    Clock::time_point m_damagedAt;
    QByteArray m_why;
};
