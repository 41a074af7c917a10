// SPDX-License-Identifier: MIT
#include "startupprofile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>

#include <chrono>

namespace {

struct Trace
{
    bool ok = false;
    double toDisplayMs = -1;  // first connection to the X server's socket
    double paintEventMs = -1; // its "first-paint" line written
    double pixelsMs = 0;
    QStringList libraries; // opened before the first paint event, in order
    QStringList plugins;   // opened (read for their metadata, or loaded)
};

double nowSeconds()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Trace traced(const Variant &variant, FirstPixels &pixels, const QString &strace)
{
    Trace trace;
    const QString log = QDir::temp().filePath(QStringLiteral("sentry-members-bench.strace"));
    const double startedAt = nowSeconds();
    const std::optional<Launch> run =
        launch(variant, pixels,
               {QFile::encodeName(strace), "-f", "-ttt", "-e", "trace=openat,connect,write", "-o",
                QFile::encodeName(log)});
    QFile file(log);
    if (!run || !file.open(QIODevice::ReadOnly))
        return trace;
    trace.pixelsMs = run->pixelsMs;
    // "PID 1700000000.123456 openat(AT_FDCWD, "/usr/lib/.../libX.so.6", O_RDONLY|O_CLOEXEC) = 3"
    // A call another thread interrupts is split: "... <unfinished ...>", then "<... openat
    // resumed>) = 3". Its first half counts, as if it succeeded.
    static const QRegularExpression line(QStringLiteral(
        R"re(^\d+\s+(\d+\.\d+)\s+(openat|connect|write)\((.*?)(?:\)\s+=\s+(-?\d+)| <unfinished \.\.\.>))re"));
    static const QRegularExpression path(QStringLiteral(R"re("([^"]+)")re"));
    QSet<QString> seen;
    while (!file.atEnd()) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(file.readLine()));
        if (!m.hasMatch() || m.captured(4).toInt() < 0)
            continue;
        const double atMs = (m.captured(1).toDouble() - startedAt) * 1000.0;
        const QString target = path.match(m.captured(3)).captured(1);
        if (m.captured(2) == QLatin1String("write")) {
            if (!target.startsWith(QLatin1String("first-paint")))
                continue;
            trace.paintEventMs = atMs; // drawing follows: nothing after it counts here
            break;
        }
        if (m.captured(2) == QLatin1String("connect")) {
            if (trace.toDisplayMs < 0 && target.contains(QLatin1String(".X11-unix")))
                trace.toDisplayMs = atMs;
            continue;
        }
        const QString name = target.section(QLatin1Char('/'), -1);
        const QString plugin = target.section(QLatin1Char('/'), -2);
        if (target.contains(QLatin1String("/plugins/")) && target.endsWith(QLatin1String(".so"))) {
            if (!trace.plugins.contains(plugin))
                trace.plugins.append(plugin);
        } else if (name.contains(QLatin1String(".so")) && !seen.contains(name))
            trace.libraries.append(name);
        seen.insert(name);
    }
    file.remove();
    trace.ok = trace.paintEventMs >= 0 && trace.toDisplayMs >= 0;
    return trace;
}

QString only(const QStringList &these, const QStringList &notThose)
{
    QStringList result;
    const QSet<QString> excluded(notThose.cbegin(), notThose.cend());
    for (const QString &name : these) {
        if (!excluded.contains(name))
            result.append(QStringLiteral("`%1`").arg(name));
    }
    return result.isEmpty() ? QStringLiteral("none") : result.join(QStringLiteral(", "));
}

} // namespace

// The app's startup log ("sentry.app.startup: 33.0 ms: display connected") of one run.
QString phases(Variant app, FirstPixels &pixels)
{
    const QString log = QDir::temp().filePath(QStringLiteral("sentry-members-bench.phases"));
    app.stderrFile = QFile::encodeName(log);
    app.environment.append("QT_LOGGING_RULES=sentry.app.startup.info=true");
    const std::optional<Launch> run = launch(app, pixels);
    QFile file(log);
    if (!run || !file.open(QIODevice::ReadOnly))
        return QStringLiteral("The app's startup log: not measured, the run drew nothing.\n");
    QString text = QStringLiteral("\nThe app's own startup log, one more run (`QT_LOGGING_RULES="
                                  "\"sentry.app.startup.info=true\"`), in ms since `main()` "
                                  "began; first pixels %1 ms after the process started:\n\n"
                                  "| ms | phase |\n|---:|---|\n")
                       .arg(run->pixelsMs, 0, 'f', 1);
    static const QRegularExpression entry(
        QStringLiteral(R"re(^sentry\.app\.startup: ([\d.]+) ms: (.*)$)re"));
    while (!file.atEnd()) {
        const QRegularExpressionMatch m = entry.match(QString::fromUtf8(file.readLine()).trimmed());
        if (m.hasMatch())
            text += QStringLiteral("| %1 | %2 |\n").arg(m.captured(1), m.captured(2));
    }
    file.remove();
    return text;
}

QString startupProfile(const Variant &app, const Variant &floor, FirstPixels &pixels)
{
    QString text = QStringLiteral("## Where the time goes\n\n");
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        return text + QStringLiteral("Not measured: strace is not installed.\n");
    const Trace a = traced(app, pixels, strace);
    const Trace f = traced(floor, pixels, strace);
    if (!a.ok || !f.ok)
        return text + QStringLiteral("Not measured: a run under strace drew nothing.\n");
    const auto ms = [](double value) { return QString::number(value, 'f', 1); };
    text += QStringLiteral(
                "One run of each under `strace -f -e trace=openat,connect,write` (slower than the "
                "runs above; the split is what matters). Qt opens each plugin of a directory it "
                "searches to read its metadata, so a plugin listed was not necessarily "
                "loaded.\n\n| | %1 | %2 |\n|---|---:|---:|\n")
                .arg(app.name, floor.name);
    text += QStringLiteral("| start to the X connection | %1 ms | %2 ms |\n")
                .arg(ms(a.toDisplayMs), ms(f.toDisplayMs));
    text += QStringLiteral("| X connection to the first paint event | %1 ms | %2 ms |\n")
                .arg(ms(a.paintEventMs - a.toDisplayMs), ms(f.paintEventMs - f.toDisplayMs));
    text += QStringLiteral("| paint event to first pixels (drawing) | %1 ms | %2 ms |\n")
                .arg(ms(a.pixelsMs - a.paintEventMs), ms(f.pixelsMs - f.paintEventMs));
    text += QStringLiteral("| shared libraries opened before the paint event | %1 | %2 |\n")
                .arg(a.libraries.size())
                .arg(f.libraries.size());
    text += QStringLiteral("| Qt plugins opened before the paint event | %1 | %2 |\n\n")
                .arg(a.plugins.join(QStringLiteral(", ")), f.plugins.join(QStringLiteral(", ")));
    text += QStringLiteral("Libraries only the app opens before its paint event: %1.\n\n")
                .arg(only(a.libraries, f.libraries));
    text += QStringLiteral("Plugins only the app opens before its paint event: %1.\n")
                .arg(only(a.plugins, f.plugins));
    return text + phases(app, pixels);
}
