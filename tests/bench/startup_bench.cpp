// SPDX-License-Identifier: MIT
// Startup benchmark (not a test). Runs the floor (a QMainWindow with a label) and the app in
// alternation on an X display and takes, from outside, the moment each program's first
// pixels reach the X server (the DAMAGE extension, see firstpixels.h) and its peak RSS.
// Both quit once they have painted (SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT); the paint event
// they print is kept too, to show how much drawing follows it.
//
// Variants: the app from the build tree, the app in an installed layout (its icons found in
// the icon theme, as the packages install them), and `--demo` (the sandbox started too).
// One run under strace shows where the time goes. Results go to a Markdown file.
#include "launch.h"
#include "startupprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

struct Result
{
    Variant variant;
    std::vector<double> pixels, paintEvents, rss;
    double pixelsMs() const { return median(pixels); }
    double paintEventMs() const { return median(paintEvents); }
    double rssMiB() const { return median(rss); }
    double low() const { return *std::min_element(pixels.begin(), pixels.end()); }
    double high() const { return *std::max_element(pixels.begin(), pixels.end()); }
};

// A private X server when the session has none; Xvfb picks a free display number and
// writes it to the descriptor given by -displayfd.
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

constexpr char kLinkedFloor[] = "floor, linked with the app's other libraries";

QString verdict(bool met)
{
    return met ? QStringLiteral("**met**") : QStringLiteral("**missed**");
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

QString report(const QList<Result> &results, int runs, const QString &where, const QString &profile)
{
    const Result &floor = results.at(0);
    QString text = QStringLiteral("# Startup benchmark\n\n");
    text += QStringLiteral("%1, %2 build, Qt %3, %4 logical CPUs, %5. %6 runs of each "
                           "variant, alternated; medians (range in brackets).\n\n")
                .arg(QSysInfo::prettyProductName(), QStringLiteral(SENTRY_MEMBERS_BUILD_TYPE),
                     QString::fromLatin1(qVersion()))
                .arg(QThread::idealThreadCount())
                .arg(where)
                .arg(runs);
    text += QStringLiteral(
        "*First pixels* is the moment the X server reports the program's first drawing into "
        "its window (DAMAGE on the root window; no hook in the program). *Paint event* is "
        "when the program printed that its window got its first paint event: drawing "
        "follows it. The floor is a `QMainWindow` with one label, built in the same tree "
        "with the same flags.\n\n");
    text += QStringLiteral("| variant | first pixels (ms) | paint event (ms) | vs floor | "
                           "peak RSS (MiB) | vs floor |\n|---|---:|---:|---:|---:|---:|\n");
    for (const Result &r : results) {
        text += QStringLiteral("| %1 | %2 [%3-%4] | %5 | %6x | %7 | %8%9 MiB |\n")
                    .arg(r.variant.name, ms(r.pixelsMs()), ms(r.low()), ms(r.high()),
                         ms(r.paintEventMs()))
                    .arg(r.pixelsMs() / floor.pixelsMs(), 0, 'f', 2)
                    .arg(ms(r.rssMiB()))
                    .arg(r.rssMiB() >= floor.rssMiB() ? QStringLiteral("+") : QString())
                    .arg(ms(r.rssMiB() - floor.rssMiB()));
    }
    const auto find = [&](const QString &name) -> const Result & {
        for (const Result &r : results) {
            if (r.variant.name == name)
                return r;
        }
        return floor;
    };
    const Result &installed = find(QStringLiteral("app, installed layout"));
    const Result &demo = find(QStringLiteral("app --demo, installed layout"));
    text += QStringLiteral("\n## Targets (against the floor measured in this run)\n\n"
                           "| target | app | floor | result |\n|---|---:|---:|---|\n");
    text += QStringLiteral("| first pixels <= 1.2x the floor (installed layout) | %1 ms | "
                           "%2 ms | %3x, %4 |\n")
                .arg(ms(installed.pixelsMs()), ms(floor.pixelsMs()))
                .arg(installed.pixelsMs() / floor.pixelsMs(), 0, 'f', 2)
                .arg(verdict(installed.pixelsMs() <= 1.2 * floor.pixelsMs()));
    text += QStringLiteral("| peak RSS <= the floor + 10 MiB, icons found | %1 MiB | %2 MiB "
                           "| +%3 MiB, %4 |\n")
                .arg(ms(installed.rssMiB()), ms(floor.rssMiB()),
                     ms(installed.rssMiB() - floor.rssMiB()),
                     verdict(installed.rssMiB() <= floor.rssMiB() + 10.0));
    text += QStringLiteral("| `--demo` first pixels <= 1.3x the floor | %1 ms | %2 ms | %3x, "
                           "%4 |\n")
                .arg(ms(demo.pixelsMs()), ms(floor.pixelsMs()))
                .arg(demo.pixelsMs() / floor.pixelsMs(), 0, 'f', 2)
                .arg(verdict(demo.pixelsMs() <= 1.3 * floor.pixelsMs()));
    const Result &linked = find(QString::fromLatin1(kLinkedFloor));
    if (&linked != &floor) {
        text += QStringLiteral(
                    "\nLoading the libraries the app links beyond Qt Widgets (Qt Network with its "
                    "Kerberos dependencies, Qt SQL, QtKeychain), measured as the floor linked "
                    "with them and using none: its paint event %1 ms after the floor's, its "
                    "first pixels %2 ms after.\n")
                    .arg(ms(linked.paintEventMs() - floor.paintEventMs()),
                         ms(linked.pixelsMs() - floor.pixelsMs()));
    }
    text += QStringLiteral("\n") + profile;
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Startup benchmark for sentry-members"));
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("The app binary in the build tree."),
                                       QStringLiteral("path"));
    const QCommandLineOption prefixOption(
        QStringLiteral("installed"),
        QStringLiteral("An installation prefix (cmake --install) with the app and its icons."),
        QStringLiteral("prefix"));
    const QCommandLineOption floorOption(QStringLiteral("floor"),
                                         QStringLiteral("The QMainWindow-with-a-label binary."),
                                         QStringLiteral("path"));
    const QCommandLineOption linkedFloorOption(
        QStringLiteral("linked-floor"),
        QStringLiteral("The floor also linked with the app's other libraries (optional)."),
        QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each (>= 5)."), QStringLiteral("n"),
                                        QStringLiteral("31"));
    const QCommandLineOption xvfbOption(
        QStringLiteral("xvfb"), QStringLiteral("Xvfb binary when there is no display."),
        QStringLiteral("path"), QStandardPaths::findExecutable(QStringLiteral("Xvfb")));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), QStringLiteral("Markdown results file."), QStringLiteral("file"),
        QStringLiteral("startup-results.md"));
    parser.addOptions({appOption, prefixOption, floorOption, linkedFloorOption, runsOption,
                       xvfbOption, outputOption});
    parser.process(app);
    const int runs = std::max(5, parser.value(runsOption).toInt());
    if (!parser.isSet(appOption) || !parser.isSet(floorOption) || !parser.isSet(prefixOption)) {
        std::fputs("--app, --installed and --floor are required\n", stderr);
        return 2;
    }

    // Every variant starts the same way: no account, X11, quitting once painted.
    qputenv("SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT", "1");
    qputenv("QT_QPA_PLATFORM", "xcb");
    for (const char *name : {"SENTRY_URL", "SENTRY_ORG", "SENTRY_AUTH_TOKEN", "SENTRY_PROFILE"})
        qunsetenv(name);
    // A settings directory of its own, so no profile of the user's is opened.
    const QString home = QDir::temp().filePath(QStringLiteral("sentry-members-bench-home"));
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/cache")));

    PrivateXServer xserver;
    QString where = QStringLiteral("X11 display %1").arg(qEnvironmentVariable("DISPLAY"));
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        const QString display = parser.value(xvfbOption).isEmpty()
                                    ? QString()
                                    : xserver.start(parser.value(xvfbOption));
        if (display.isEmpty()) {
            std::fputs("no X display and no Xvfb to start (apt install xvfb)\n", stderr);
            return 1;
        }
        qputenv("DISPLAY", display.toLocal8Bit());
        where = QStringLiteral("a private Xvfb (1280x800, no window manager)");
    }
    FirstPixels pixels;
    if (!pixels.open(qgetenv("DISPLAY"))) {
        std::fprintf(stderr, "%s\n", pixels.why().constData());
        return 1;
    }

    const QString prefix = QDir(parser.value(prefixOption)).absolutePath();
    const QByteArray installedApp =
        QFile::encodeName(prefix + QStringLiteral("/bin/sentry-members"));
    // The icon theme is looked up in XDG_DATA_DIRS, as on a system with the package installed.
    const QByteArray dataDirs =
        "XDG_DATA_DIRS=" + QFile::encodeName(prefix + QStringLiteral("/share")) +
        ":/usr/local/share:/usr/share";
    QList<Variant> variants{
        {QStringLiteral("floor (QMainWindow + label)"),
         QFile::encodeName(parser.value(floorOption)),
         {},
         {},
         {}},
        {QStringLiteral("app, build tree"), QFile::encodeName(parser.value(appOption)), {}, {}, {}},
        {QStringLiteral("app, installed layout"), installedApp, {}, {dataDirs}, {}},
        {QStringLiteral("app --demo, installed layout"), installedApp, {"--demo"}, {dataDirs}, {}},
    };
    if (parser.isSet(linkedFloorOption))
        variants.append({QString::fromLatin1(kLinkedFloor),
                         QFile::encodeName(parser.value(linkedFloorOption)),
                         {},
                         {},
                         {}});
    QList<Result> results;
    for (const Variant &variant : variants) {
        results.append(Result{variant, {}, {}, {}});
        launch(variant, pixels); // the page cache, for each
    }
    for (int i = 0; i < runs; ++i) {
        for (Result &result : results) {
            const std::optional<Launch> sample = launch(result.variant, pixels);
            if (!sample) {
                std::fprintf(stderr, "%s: a run drew nothing or failed\n",
                             qPrintable(result.variant.name));
                return 1;
            }
            result.pixels.push_back(sample->pixelsMs);
            result.paintEvents.push_back(sample->paintEventMs);
            result.rss.push_back(sample->peakRssMiB);
        }
    }

    const QString profile = startupProfile(results.at(2).variant, results.at(0).variant, pixels);
    const QString text = report(results, runs, where, profile);
    QDir().mkpath(QFileInfo(parser.value(outputOption)).absolutePath());
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    std::fputs(text.toUtf8().constData(), stdout);
    return 0;
}
