// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace sm::cli {

// What the streams are attached to, and so what the tool may print besides data: colour only
// on a terminal and without NO_COLOR (no-color.org), progress only on a terminal's stderr and
// never under CI, where logs keep every carriage return.
struct Terminal
{
    bool stdoutIsTerminal = false;
    bool stdinIsTerminal = false;
    bool color = false;
    bool progress = false;

    static Terminal detect(const QProcessEnvironment &env);
};

// One line of progress on stderr, rewritten in place; nothing when progress is off.
class ProgressLine
{
public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled)
    {}
    ~ProgressLine() { clear(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void show(const QString &text);
    // Erases the line, before a message or at the end.
    void clear();

private:
    bool m_enabled;
    bool m_shown = false;
};

} // namespace sm::cli
