// SPDX-License-Identifier: MIT
#include "cli/terminal.h"

#include "cli/rowwriter.h"

#include <unistd.h>

namespace sm::cli {

Terminal Terminal::detect(const QProcessEnvironment &env)
{
    Terminal terminal;
    terminal.stdoutIsTerminal = isatty(STDOUT_FILENO) != 0;
    terminal.stdinIsTerminal = isatty(STDIN_FILENO) != 0;
    const bool dumb = env.value(QStringLiteral("TERM")) == QLatin1String("dumb");
    // NO_COLOR counts when it is set to anything but the empty string.
    terminal.color =
        terminal.stdoutIsTerminal && !dumb && env.value(QStringLiteral("NO_COLOR")).isEmpty();
    terminal.progress = isatty(STDERR_FILENO) != 0 && !dumb && !env.contains(QStringLiteral("CI"));
    return terminal;
}

void ProgressLine::show(const QString &text)
{
    if (!m_enabled)
        return;
    printTo(stderr, QStringLiteral("\r\033[K") + text);
    m_shown = true;
}

void ProgressLine::clear()
{
    if (!m_shown)
        return;
    printTo(stderr, QStringLiteral("\r\033[K"));
    m_shown = false;
}

} // namespace sm::cli
