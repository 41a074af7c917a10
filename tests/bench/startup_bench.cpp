// SPDX-License-Identifier: MIT
// Runs the app and the floor alternately, each to its first painted window, and reports the
// median time to first paint and the median peak RSS, against the targets: on X11, at most
// 1.2x the floor's time; everywhere, at most the floor's memory + 15 MiB. Results go to a
// Markdown file.
//
// Measured per Qt platform: X11 ("xcb", a real window; under a private Xvfb when there is no
// display) and "offscreen". Offscreen's floor never lays out text, so the font configuration
// every window with a label must load falls outside it there; X11 is what users run.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Sample
{
    double firstPaintMs = 0;
    double peakRssMiB = 0;
};

// Spawns `program`, waits for its "first-paint" line, then for its exit.
std::optional<Sample> runOnce(const QByteArray &program, const QList<QByteArray> &args)
{
    int out[2];
    if (pipe(out) != 0)
        return std::nullopt;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QList<QByteArray> storage{program};
    storage += args;
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return std::nullopt;
    }
    std::optional<double> paintedMs;
    QByteArray seen;
    char buffer[256];
    ssize_t n = 0;
    while ((n = read(out[0], buffer, sizeof buffer)) > 0) {
        seen.append(buffer, n);
        if (!paintedMs && seen.contains("first-paint\n")) {
            paintedMs =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
        }
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (!paintedMs || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return Sample{*paintedMs, double(usage.ru_maxrss) / 1024.0};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

struct Measurement
{
    QString platform;
    QString skipped; // why it was not measured; empty when it was
    double appMs = 0, appRss = 0, floorMs = 0, floorRss = 0;

    // Offscreen's floor lays out no text, so its ratio is reported without a target.
    bool timeJudged() const { return platform == QLatin1String("xcb"); }
    bool timeMet() const { return appMs <= 1.2 * floorMs; }
    bool memoryMet() const { return appRss <= floorRss + 15.0; }
};

// A private X server for the X11 measurement when the session has no display. Xvfb picks a
// free display number and writes it to the descriptor given by -displayfd.
class PrivateXServer
{
public:
    ~PrivateXServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(3000);
        }
    }

    QString start(const QString &xvfb)
    {
        m_process.setProgram(xvfb);
        m_process.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"),
                                QStringLiteral("-screen"), QStringLiteral("0"),
                                QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                                QStringLiteral("tcp")});
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return {};
        QByteArray display;
        while (!display.contains('\n') && m_process.waitForReadyRead(10000))
            display += m_process.readAllStandardOutput();
        display = display.trimmed();
        return display.isEmpty() ? QString() : QLatin1Char(':') + QString::fromLatin1(display);
    }

private:
    QProcess m_process;
};

Measurement measure(const QString &platform, const QByteArray &appPath, const QByteArray &floorPath,
                    int runs, const QString &xvfb)
{
    Measurement m;
    m.platform = platform;
    qputenv("QT_QPA_PLATFORM", platform.toLocal8Bit());
    PrivateXServer xserver;
    if (platform == QLatin1String("xcb") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        if (xvfb.isEmpty()) {
            m.skipped = QStringLiteral("no X display and no Xvfb (apt install xvfb)");
            return m;
        }
        const QString display = xserver.start(xvfb);
        if (display.isEmpty()) {
            m.skipped = QStringLiteral("Xvfb did not start");
            return m;
        }
        if (display.isEmpty())
            qunsetenv("DISPLAY");
        else
            qputenv("DISPLAY", display.toLocal8Bit());
    }
    std::vector<double> appMs, appRss, floorMs, floorRss;
    runOnce(appPath, {}); // warm the page cache for both
    runOnce(floorPath, {});
    for (int i = 0; i < runs; ++i) {
        const auto a = runOnce(appPath, {});
        const auto f = runOnce(floorPath, {});
        if (!a || !f) {
            m.skipped = QStringLiteral("a run did not reach its first paint");
            return m;
        }
        appMs.push_back(a->firstPaintMs);
        appRss.push_back(a->peakRssMiB);
        floorMs.push_back(f->firstPaintMs);
        floorRss.push_back(f->peakRssMiB);
    }
    m.appMs = median(appMs);
    m.appRss = median(appRss);
    m.floorMs = median(floorMs);
    m.floorRss = median(floorRss);
    return m;
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("missed");
}

QString report(const QList<Measurement> &measurements, int runs)
{
    QString text = QStringLiteral("# Startup benchmark\n\n%1, %2 alternating runs of each, "
                                  "medians. Targets: time <= 1.2x the floor on X11, peak RSS "
                                  "<= the floor + 15 MiB. The floor is a bare QMainWindow.\n\n")
                       .arg(QSysInfo::prettyProductName())
                       .arg(runs);
    text += QStringLiteral("| platform | app first paint (ms) | floor (ms) | time vs floor | "
                           "app peak RSS (MiB) | floor (MiB) | memory vs floor |\n"
                           "|---|---:|---:|---|---:|---:|---|\n");
    for (const Measurement &m : measurements) {
        if (!m.skipped.isEmpty()) {
            text +=
                QStringLiteral("| %1 | not measured: %2 | | | | | |\n").arg(m.platform, m.skipped);
            continue;
        }
        text += QStringLiteral("| %1 | %2 | %3 | %4x%5 | %6 | %7 | +%8 MiB, **%9** |\n")
                    .arg(m.platform)
                    .arg(m.appMs, 0, 'f', 1)
                    .arg(m.floorMs, 0, 'f', 1)
                    .arg(m.appMs / m.floorMs, 0, 'f', 2)
                    .arg(m.timeJudged() ? QStringLiteral(", **%1**").arg(verdict(m.timeMet()))
                                        : QStringLiteral(" (no target)"))
                    .arg(m.appRss, 0, 'f', 1)
                    .arg(m.floorRss, 0, 'f', 1)
                    .arg(m.appRss - m.floorRss, 0, 'f', 1)
                    .arg(verdict(m.memoryMet()));
    }
    text += QStringLiteral(
        "\nxcb is a real X11 window, what users run. The offscreen floor never lays out "
        "text, so the font configuration that any window with a label loads first (about "
        "5 ms) is outside its time but inside the app's.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Startup benchmark for sentry-members"));
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The app binary."),
                                       QStringLiteral("path"));
    const QCommandLineOption floorOption(QStringLiteral("floor"),
                                         QStringLiteral("The bare QMainWindow binary."),
                                         QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each (>= 5)."), QStringLiteral("n"),
                                        QStringLiteral("9"));
    const QCommandLineOption platformsOption(
        QStringLiteral("platforms"), QStringLiteral("Qt platforms to measure, comma-separated."),
        QStringLiteral("list"), QStringLiteral("xcb,offscreen"));
    const QCommandLineOption xvfbOption(
        QStringLiteral("xvfb"), QStringLiteral("Xvfb binary for xcb when there is no display."),
        QStringLiteral("path"), QStandardPaths::findExecutable(QStringLiteral("Xvfb")));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), QStringLiteral("Markdown results file."), QStringLiteral("file"),
        QStringLiteral("startup-results.md"));
    parser.addOptions(
        {appOption, floorOption, runsOption, platformsOption, xvfbOption, outputOption});
    parser.process(app);
    const int runs = std::max(5, parser.value(runsOption).toInt());
    if (!parser.isSet(appOption) || !parser.isSet(floorOption)) {
        std::fputs("--app and --floor are required\n", stderr);
        return 2;
    }

    // Both start the same way, with no account configured, quitting at their first paint.
    qputenv("SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT", "1");
    for (const char *name : {"SENTRY_URL", "SENTRY_ORG", "SENTRY_AUTH_TOKEN"})
        qunsetenv(name);

    const QByteArray appPath = QFile::encodeName(parser.value(appOption));
    const QByteArray floorPath = QFile::encodeName(parser.value(floorOption));
    QList<Measurement> measurements;
    const QString display = qEnvironmentVariable("DISPLAY");
    for (const QString &platform :
         parser.value(platformsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        measurements.append(
            measure(platform.trimmed(), appPath, floorPath, runs, parser.value(xvfbOption)));
        if (display.isEmpty())
            qunsetenv("DISPLAY");
        else
            qputenv("DISPLAY", display.toLocal8Bit());
    }

    const QString text = report(measurements, runs);
    QDir().mkpath(QFileInfo(parser.value(outputOption)).absolutePath());
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    std::fputs(text.toUtf8().constData(), stdout);
    const bool allMeasured = std::all_of(measurements.cbegin(), measurements.cend(),
                                         [](const Measurement &m) { return m.skipped.isEmpty(); });
    return allMeasured ? 0 : 1;
}
