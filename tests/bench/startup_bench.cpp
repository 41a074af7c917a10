// Runs the app and the floor alternately, each to its first painted window, and reports the
// median time to first paint and the median peak RSS, against the targets: at most 1.5x the
// floor's time and at most the floor's memory + 15 MiB. Results go to a Markdown file.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
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
    const QCommandLineOption outputOption(
        QStringLiteral("output"), QStringLiteral("Markdown results file."), QStringLiteral("file"),
        QStringLiteral("startup-results.md"));
    parser.addOptions({appOption, floorOption, runsOption, outputOption});
    parser.process(app);
    const int runs = std::max(5, parser.value(runsOption).toInt());
    if (!parser.isSet(appOption) || !parser.isSet(floorOption)) {
        std::fputs("--app and --floor are required\n", stderr);
        return 2;
    }

    // Both start the same way: offscreen unless a platform is given, no account configured.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT", "1");
    for (const char *name : {"SENTRY_URL", "SENTRY_ORG", "SENTRY_AUTH_TOKEN"})
        qunsetenv(name);

    std::vector<double> appMs, appRss, floorMs, floorRss;
    const QByteArray appPath = QFile::encodeName(parser.value(appOption));
    const QByteArray floorPath = QFile::encodeName(parser.value(floorOption));
    runOnce(appPath, {}); // warm the page cache for both
    runOnce(floorPath, {});
    for (int i = 0; i < runs; ++i) {
        const auto a = runOnce(appPath, {});
        const auto f = runOnce(floorPath, {});
        if (!a || !f) {
            std::fputs("a run did not reach its first paint\n", stderr);
            return 1;
        }
        appMs.push_back(a->firstPaintMs);
        appRss.push_back(a->peakRssMiB);
        floorMs.push_back(f->firstPaintMs);
        floorRss.push_back(f->peakRssMiB);
    }
    const double aMs = median(appMs), fMs = median(floorMs);
    const double aRss = median(appRss), fRss = median(floorRss);
    const bool timeOk = aMs <= 1.5 * fMs;
    const bool memoryOk = aRss <= fRss + 15.0;

    const QString report =
        QStringLiteral("# Startup benchmark\n\n"
                       "Platform `%1`, %2 runs each, medians; %3.\n\n"
                       "| | first paint (ms) | peak RSS (MiB) |\n|---|---:|---:|\n"
                       "| sentry-members | %4 | %5 |\n| bare QMainWindow (floor) | %6 | %7 |\n\n"
                       "- Time: %8x the floor (target <= 1.5x): **%9**\n"
                       "- Memory: floor + %10 MiB (target <= +15 MiB): **%11**\n")
            .arg(QString::fromLocal8Bit(qgetenv("QT_QPA_PLATFORM")))
            .arg(runs)
            .arg(QSysInfo::prettyProductName())
            .arg(aMs, 0, 'f', 1)
            .arg(aRss, 0, 'f', 1)
            .arg(fMs, 0, 'f', 1)
            .arg(fRss, 0, 'f', 1)
            .arg(aMs / fMs, 0, 'f', 2)
            .arg(timeOk ? QStringLiteral("met") : QStringLiteral("missed"))
            .arg(aRss - fRss, 0, 'f', 1)
            .arg(memoryOk ? QStringLiteral("met") : QStringLiteral("missed"));
    QDir().mkpath(QFileInfo(parser.value(outputOption)).absolutePath());
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    std::fputs(report.toUtf8().constData(), stdout);
    return 0;
}
