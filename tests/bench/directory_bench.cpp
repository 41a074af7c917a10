// SPDX-License-Identifier: MIT
// The member directory on a large organization, measured against the sandbox executable
// (its own process, so its memory and CPU are not the app's):
//   - the sandbox's time to serve one page of 100 members at 1,000, 10,000 and 50,000;
//   - connect to first rows in the members table, and to the last row shown;
//   - that against a client following the Link cursor over one kept-alive connection (the
//     honest floor: what any one program needs to read the pages) and against curl started
//     once per page (what a shell loop does);
//   - the same list on a rate-limited server (--rate-limit 40, sentry.io's limit for the
//     members list), against what the limit allows, counting 429s;
//   - one search keystroke over 10,000 rows (QBENCHMARK);
//   - memory for 10,000 members: peak RSS above the empty app (window included).
// Not a test: it reports against the targets and writes a Markdown file (--output).
#include "api/exchange.h"
#include "api/sentryclient.h"
#include "api/session.h"
#include "directory/memberfilter.h"
#include "gui/dialogpresenter.h"
#include "gui/mainwindow.h"
#include "gui/membersview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

#include <sys/resource.h>
#include <unistd.h>

using namespace sm;

namespace {

QString g_sandboxPath;
double g_perKeystrokeMs = -1; // QBENCHMARK runs its function several times: kept, reported last
QString g_outputPath;
int g_rounds = 5;
QStringList g_report;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double rssMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// CPU time (user and system, every thread) this process has used.
double ownCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// CPU time another process has used, from /proc/<pid>/stat (fields 14 and 15, in ticks).
double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name, field 2, may hold spaces: count fields after its closing parenthesis.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

void report(const QString &line)
{
    qInfo("%s", qPrintable(line));
    g_report.append(line);
}

// The sandbox executable with `members` members, ready to answer.
class SandboxProcess
{
public:
    explicit SandboxProcess(int members, const QStringList &options = {})
    {
        m_process.start(g_sandboxPath,
                        QStringList{QStringLiteral("--members"), QString::number(members)} +
                            options);
        if (!m_process.waitForStarted(10000) || !m_process.waitForReadyRead(120000))
            return;
        const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
        url = ready.value(QLatin1String("url")).toString();
        org = ready.value(QLatin1String("org")).toString();
        token = ready.value(QLatin1String("tokens"))
                    .toObject()
                    .value(QLatin1String("owner"))
                    .toString();
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    bool ok() const { return !url.isEmpty() && !token.isEmpty(); }
    double cpuMs() const { return processCpuMs(m_process.processId()); }
    QString membersUrl(const QString &query) const
    {
        return QStringLiteral("%1/api/0/organizations/%2/members/?%3").arg(url, org, query);
    }

    QString url, org, token;

private:
    QProcess m_process;
};

// curl's own timing of each URL, one process, one connection.
QList<double> curlTimes(const SandboxProcess &sandbox, const QStringList &urls)
{
    QStringList args{QStringLiteral("-s"), QStringLiteral("-H"),
                     QStringLiteral("Authorization: Bearer %1").arg(sandbox.token),
                     QStringLiteral("-w"), QStringLiteral("%{time_total}\\n")};
    for (const QString &url : urls)
        args += {QStringLiteral("-o"), QStringLiteral("/dev/null"), url};
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    curl.waitForFinished(300000);
    QList<double> times;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            times.append(line.toDouble() * 1000.0);
    }
    return times;
}

// curl as a script would run it to read the list over one kept-alive connection: one
// process given the cursor's URLs in order (the offset cursor is predictable, so these are
// exactly the URLs the Link headers name), each body written to /dev/null. Wall time from
// the process's start to its exit; -1 unless every page answered 200.
double curlOneConnection(const SandboxProcess &sandbox, const QString &firstUrl, int pages)
{
    QStringList args{QStringLiteral("-s"), QStringLiteral("-H"),
                     QStringLiteral("Authorization: Bearer %1").arg(sandbox.token),
                     QStringLiteral("-w"), QStringLiteral("%{http_code}\\n")};
    for (int page = 0; page < pages; ++page) {
        const QString url =
            page == 0 ? firstUrl : firstUrl + QStringLiteral("&cursor=100:%1:0").arg(page);
        args += {QStringLiteral("-o"), QStringLiteral("/dev/null"), url};
    }
    QElapsedTimer clock;
    QProcess curl;
    clock.start();
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForFinished(300000) || curl.exitCode() != 0)
        return -1;
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const QList<QByteArray> codes = curl.readAllStandardOutput().trimmed().split('\n');
    const bool allAnswered =
        codes.size() == pages && std::all_of(codes.cbegin(), codes.cend(),
                                             [](const QByteArray &code) { return code == "200"; });
    return allAnswered ? ms : -1;
}

// Follows the Link cursor over one kept-alive HTTP/1.1 connection and reads each body
// without parsing it: the least any client must do. Prints "<ms> <pages>".
// (Not a raw string literal: moc misreads those.)
const char *const followOneConnection =
    "import http.client, re, sys, time\n"
    "from urllib.parse import urlsplit\n"
    "url, token = sys.argv[1], sys.argv[2]\n"
    "start = time.monotonic()\n"
    "parts = urlsplit(url)\n"
    "conn = http.client.HTTPConnection(parts.hostname, parts.port)\n"
    "path, pages = parts.path + \"?\" + parts.query, 0\n"
    "while path:\n"
    "    conn.request(\"GET\", path, headers={\"Authorization\": \"Bearer \" + token})\n"
    "    answer = conn.getresponse()\n"
    "    answer.read()\n"
    "    pages += 1\n"
    "    found = re.search(r'<([^>]+)>; rel=\"next\"; results=\"true\"', "
    "answer.getheader(\"Link\", \"\"))\n"
    "    path = None\n"
    "    if found:\n"
    "        nxt = urlsplit(found.group(1))\n"
    "        path = nxt.path + \"?\" + nxt.query\n"
    "print(\"%.1f %d\" % ((time.monotonic() - start) * 1000, pages))\n";

struct Followed
{
    double ms = -1;
    int pages = 0;
};

Followed followOverOneConnection(const SandboxProcess &sandbox, const QString &firstUrl)
{
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"), QString::fromLatin1(followOneConnection), firstUrl, sandbox.token});
    if (!python.waitForFinished(300000) || python.exitCode() != 0)
        return {};
    const QList<QByteArray> fields = python.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 2)
        return {};
    return Followed{fields.at(0).toDouble(), fields.at(1).toInt()};
}

// Qt's network stack alone: the same pages through one QNetworkAccessManager, four at a
// time as the app's pacer allows, each body read and dropped. What is left between this and
// the one-connection client is Qt's; what is between this and the app is the app's.
double qtNetworkAlone(const SandboxProcess &sandbox, int pages)
{
    QNetworkAccessManager network;
    int next = 0, done = 0;
    QElapsedTimer clock;
    QEventLoop loop;
    std::function<void()> send = [&] {
        if (next >= pages)
            return;
        QNetworkRequest request(QUrl(sandbox.membersUrl(
            QStringLiteral("expand=externalUsers&per_page=100&cursor=100:%1:0").arg(next++))));
        request.setRawHeader("Authorization", "Bearer " + sandbox.token.toUtf8());
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++done == pages)
                loop.quit();
            else
                send();
        });
    };
    clock.start();
    for (int i = 0; i < 4; ++i)
        send();
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    return done == pages ? double(clock.nsecsElapsed()) / 1e6 : -1;
}

// The app's window connecting to the sandbox: the times from connectTo() to the first rows
// shown, to the last row shown and to the complete directory (team lists included).
struct AppRun
{
    double firstRowsMs = -1, connectedMs = -1, lastRowMs = -1, completeMs = -1;
    double lastPageMs = -1; // the last page of members answered before the last row shown
    int rows = 0;
    int refused429 = 0;
    int listRequests = 0;
    double appCpuMs = -1, sandboxCpuMs = -1; // from connectTo() to the last row shown
    double emptyRss = 0, windowRss = 0, loadedRss = 0, peakRss = 0;
};

AppRun runApp(const SandboxProcess &sandbox)
{
    AppRun run;
    Session session;
    gui::DialogPresenter presenter;
    gui::MainWindow window(&session, &presenter);
    window.resize(1100, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return run;
    QTest::qWait(200);
    run.windowRss = rssMiB("VmRSS:");

    directory::MemberDirectory *directory = window.membersView()->directory();
    QElapsedTimer clock;
    struct Shown
    {
        double ms;
        int rows;
        double appCpuMs, sandboxCpuMs;
    };
    QList<Shown> shown; // each time rows joined the table
    QList<double> pageAnswers;
    QObject context;
    QObject::connect(&session, &Session::stateChanged, &context, [&](Session::State state) {
        if (state == Session::State::Connected && run.connectedMs < 0)
            run.connectedMs = double(clock.nsecsElapsed()) / 1e6;
    });
    QObject::connect(directory, &directory::MemberDirectory::progress, &context, [&](int loaded) {
        window.membersView()->repaint(); // shown: the table has painted them
        shown.append({double(clock.nsecsElapsed()) / 1e6, loaded, ownCpuMs(), sandbox.cpuMs()});
    });
    QObject::connect(session.client(), &SentryClient::exchangeFinished, &context,
                     [&](const Exchange &exchange) {
                         if (exchange.status == 429)
                             ++run.refused429;
                         if (exchange.url.path().endsWith(QLatin1String("/members/"))) {
                             ++run.listRequests;
                             pageAnswers.append(double(clock.nsecsElapsed()) / 1e6);
                         }
                     });
    QSignalSpy loaded(directory, &directory::MemberDirectory::loaded);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(sandbox.url);
    settings.organization = sandbox.org;
    settings.token = sandbox.token;
    const double appCpuAtStart = ownCpuMs();
    const double sandboxCpuAtStart = sandbox.cpuMs();
    clock.start();
    session.connectTo(settings);
    if (!loaded.wait(300000))
        return run;
    run.completeMs = double(clock.nsecsElapsed()) / 1e6;
    run.loadedRss = rssMiB("VmRSS:");
    run.peakRss = rssMiB("VmHWM:");
    run.rows = window.membersView()->directory()->members()->rowCount();
    for (const Shown &at : shown) {
        if (run.firstRowsMs < 0 && at.rows > 0)
            run.firstRowsMs = at.ms;
        if (at.rows >= run.rows) {
            run.lastRowMs = at.ms;
            run.appCpuMs = at.appCpuMs - appCpuAtStart;
            run.sandboxCpuMs = at.sandboxCpuMs - sandboxCpuAtStart;
            for (const double answered : std::as_const(pageAnswers)) {
                if (answered <= at.ms)
                    run.lastPageMs = answered;
            }
            break;
        }
    }
    return run;
}

} // namespace

class DirectoryBench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(g_sandboxPath), "pass --sandbox <sentry-members-sandbox>");
        QProcess probe;
        probe.start(QStringLiteral("curl"), {QStringLiteral("--version")});
        QVERIFY2(probe.waitForFinished(10000) && probe.exitCode() == 0, "curl is needed");
        report(QStringLiteral("# Member directory benchmark\n"));
        report(QStringLiteral("%1 build, sandbox executable in its own process on loopback, "
                              "%2, Qt %3, %4 logical CPUs.\n")
                   .arg(QStringLiteral(SENTRY_MEMBERS_BUILD_TYPE), QSysInfo::prettyProductName(),
                        QString::fromLatin1(qVersion()))
                   .arg(QThread::idealThreadCount()));
    }

    // Target: <= 5 ms for a page of 100 at 10,000 (and at 50,000), flat in the size.
    void sandboxServesAPage()
    {
        report(QStringLiteral("## Sandbox: one page of 100 members (median of 60, curl's "
                              "time_total on one connection)\n"));
        report(QStringLiteral(
            "| members | first page | middle page | last page |\n|---|---|---|---|"));
        for (int members : {1000, 10000, 50000}) {
            SandboxProcess sandbox(members);
            QVERIFY(sandbox.ok());
            const int pages = members / 100;
            QList<double> cells;
            for (int page : {0, pages / 2, pages - 1}) {
                QStringList urls;
                for (int i = 0; i < 60; ++i)
                    urls.append(sandbox.membersUrl(
                        QStringLiteral("per_page=100&cursor=100:%1:0&i=%2").arg(page).arg(i)));
                QList<double> times = curlTimes(sandbox, urls);
                times.removeFirst(); // the connection's setup
                cells.append(median(times));
            }
            report(QStringLiteral("| %1 | %2 ms | %3 ms | %4 ms |")
                       .arg(members)
                       .arg(cells.at(0), 0, 'f', 2)
                       .arg(cells.at(1), 0, 'f', 2)
                       .arg(cells.at(2), 0, 'f', 2));
        }
        report(QStringLiteral("\nTarget: <= 5 ms at 10,000 and at 50,000.\n"));
    }

    void directoryAgainstOneConnection()
    {
        SandboxProcess sandbox(10000);
        QVERIFY(sandbox.ok());
        const QString first =
            sandbox.membersUrl(QStringLiteral("per_page=100&expand=externalUsers"));

        // Alternated rounds, so that a busy moment of the machine falls on every program
        // alike: a script's one connection, curl's one connection, the app. Medians.
        QList<double> pythonMs, curlMs, appMs, ratios;
        AppRun app; // the median round's, for the breakdown below
        QList<AppRun> apps;
        int pages = 0;
        for (int round = 0; round < g_rounds; ++round) {
            const Followed followed = followOverOneConnection(sandbox, first);
            QVERIFY2(followed.ms > 0, "python3 is needed for the one-connection baseline");
            pages = followed.pages;
            const double curl = curlOneConnection(sandbox, first, pages);
            QVERIFY2(curl > 0, "curl did not read every page over one connection");
            const double emptyRss = rssMiB("VmRSS:");
            AppRun run = runApp(sandbox);
            QVERIFY2(run.lastRowMs > 0, "the app did not show every member");
            run.emptyRss = emptyRss;
            pythonMs.append(followed.ms);
            curlMs.append(curl);
            appMs.append(run.lastRowMs);
            // Judged against the faster of the two one-connection clients in the same round.
            ratios.append(run.lastRowMs / qMin(followed.ms, curl));
            apps.append(run);
        }
        const double ratio = median(ratios);
        for (const AppRun &run : std::as_const(apps)) {
            if (run.lastRowMs == median(appMs))
                app = run;
        }
        const double floorMs = qMin(median(pythonMs), median(curlMs));

        // A shell loop: curl started once per page, following the Link cursor.
        QElapsedTimer clock;
        clock.start();
        QString next = first;
        int curlPages = 0;
        static const QRegularExpression nextLink(
            QStringLiteral(R"re(<([^>]+)>; rel="next"; results="true")re"));
        while (!next.isEmpty() && curlPages < 1000) {
            QProcess curl;
            curl.start(QStringLiteral("curl"),
                       {QStringLiteral("-s"), QStringLiteral("-D"), QStringLiteral("-"),
                        QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-H"),
                        QStringLiteral("Authorization: Bearer %1").arg(sandbox.token), next});
            curl.waitForFinished(60000);
            ++curlPages;
            const auto match = nextLink.match(QString::fromUtf8(curl.readAllStandardOutput()));
            next = match.hasMatch() ? match.captured(1) : QString();
        }
        const double curlLoopMs = double(clock.nsecsElapsed()) / 1e6;

        const double qtMs = qtNetworkAlone(sandbox, pages);
        QVERIFY2(qtMs > 0, "Qt's network stack alone did not read every page");

        const auto range = [](const QList<double> &values) {
            return QStringLiteral("%1 ms (%2-%3)")
                .arg(median(values), 0, 'f', 0)
                .arg(*std::min_element(values.cbegin(), values.cend()), 0, 'f', 0)
                .arg(*std::max_element(values.cbegin(), values.cend()), 0, 'f', 0);
        };
        report(QStringLiteral("## The app on 10,000 members\n"));
        report(QStringLiteral("Times from the app's connectTo() (its own checks of the token and "
                              "the organization included); the baselines read the same %1 "
                              "pages. %2 alternated rounds of the two one-connection clients "
                              "and the app: medians, with the lowest and highest.\n")
                   .arg(pages)
                   .arg(g_rounds));
        report(QStringLiteral("| measure | result | target |\n|---|---|---|"));
        report(QStringLiteral("| connect to first rows shown | %1 ms | <= 300 ms, **%2** |")
                   .arg(app.firstRowsMs, 0, 'f', 0)
                   .arg(app.firstRowsMs <= 300 ? QStringLiteral("met") : QStringLiteral("missed")));
        report(QStringLiteral("| connect to connected (token and organization checked) | %1 ms "
                              "| |")
                   .arg(app.connectedMs, 0, 'f', 0));
        report(QStringLiteral("| connect to the last page answered | %1 ms | |")
                   .arg(app.lastPageMs, 0, 'f', 0));
        report(QStringLiteral("| connect to the last row shown (%1 rows) | %2 | |")
                   .arg(app.rows)
                   .arg(range(appMs)));
        report(QStringLiteral("| baseline: curl, one process and one kept-alive connection, "
                              "the cursor's %1 URLs in order (process start to exit) | %2 | |")
                   .arg(pages)
                   .arg(range(curlMs)));
        report(QStringLiteral("| baseline: a script following the Link cursor over one "
                              "kept-alive connection (python3 http.client, bodies read, not "
                              "parsed) | %1 | |")
                   .arg(range(pythonMs)));
        report(QStringLiteral("| app / the faster one-connection client of its round | %1 "
                              "(%2-%3) | <= 1.3, **%4** |")
                   .arg(ratio, 0, 'f', 2)
                   .arg(*std::min_element(ratios.cbegin(), ratios.cend()), 0, 'f', 2)
                   .arg(*std::max_element(ratios.cbegin(), ratios.cend()), 0, 'f', 2)
                   .arg(ratio <= 1.3 ? QStringLiteral("met") : QStringLiteral("missed")));
        report(QStringLiteral("| app / curl over one connection | %1 | |")
                   .arg(median(appMs) / median(curlMs), 0, 'f', 2));
        report(QStringLiteral("| Qt's network stack alone: the same pages through one "
                              "QNetworkAccessManager, 4 at a time, bodies read, not parsed | %1 "
                              "ms (%2x the one connection) | |")
                   .arg(qtMs, 0, 'f', 0)
                   .arg(qtMs / floorMs, 0, 'f', 2));
        report(QStringLiteral("| app / Qt's network stack alone | %1 | |")
                   .arg(median(appMs) / qtMs, 0, 'f', 2));
        // Both programs share this machine's cores: their CPU time together, spread over
        // every core, is the least wall time any schedule could reach.
        const int cores = QThread::idealThreadCount();
        const double cpuBound = (app.appCpuMs + app.sandboxCpuMs) / qMax(1, cores);
        report(QStringLiteral("| CPU time until the last row shown: the app (every thread) | %1 "
                              "ms | |")
                   .arg(app.appCpuMs, 0, 'f', 0));
        report(QStringLiteral("| CPU time until the last row shown: the sandbox serving it | "
                              "%1 ms | |")
                   .arg(app.sandboxCpuMs, 0, 'f', 0));
        report(QStringLiteral("| least wall time those CPU times allow on %1 cores, their sum / "
                              "%1 | %2 ms (%3x the one connection) | |")
                   .arg(cores)
                   .arg(cpuBound, 0, 'f', 0)
                   .arg(cpuBound / floorMs, 0, 'f', 2));
        report(QStringLiteral("| curl started once per page, following the cursor | %1 ms | |")
                   .arg(curlLoopMs, 0, 'f', 0));
        report(QStringLiteral("| app / curl per page | %1 | |")
                   .arg(median(appMs) / curlLoopMs, 0, 'f', 2));
        report(QStringLiteral("| connect to complete, team lists included | %1 ms | |")
                   .arg(app.completeMs, 0, 'f', 0));
        int refused = 0;
        for (const AppRun &run : std::as_const(apps))
            refused += run.refused429;
        report(QStringLiteral("| 429 answers, every round | %1 | 0 |").arg(refused));
        // Memory from the first round: later rounds start with the heap the earlier left.
        const AppRun &firstRound = apps.constFirst();
        report(QStringLiteral(
                   "| memory: window shown, before connecting | %1 MiB (empty app %2 MiB) | |")
                   .arg(firstRound.windowRss, 0, 'f', 1)
                   .arg(firstRound.emptyRss, 0, 'f', 1));
        report(
            QStringLiteral("| memory: 10,000 members loaded, above the shown window | %1 MiB | |")
                .arg(firstRound.loadedRss - firstRound.windowRss, 0, 'f', 1));
        const double peakAbove = firstRound.peakRss - firstRound.emptyRss;
        report(QStringLiteral("| memory: peak RSS with 10,000 members, above the empty app | %1 "
                              "MiB | <= 40 MiB, **%2** |")
                   .arg(peakAbove, 0, 'f', 1)
                   .arg(peakAbove <= 40 ? QStringLiteral("met") : QStringLiteral("missed")));
        report(QString());
    }

    // sentry.io allows 40 member-list requests a second per caller: 100 pages cannot take
    // less than about 2.5 s, and the list should take no more than 10% over that, never a 429.
    void directoryUnderRateLimit()
    {
        SandboxProcess sandbox(10000, {QStringLiteral("--rate-limit"), QStringLiteral("40")});
        QVERIFY(sandbox.ok());
        const AppRun app = runApp(sandbox);
        QVERIFY2(app.lastRowMs > 0, "the app did not show every member");
        const int pages = (app.rows + 99) / 100;
        const double allowedMs = pages * 1000.0 / 40.0;
        const bool met = app.lastRowMs <= 1.1 * allowedMs && app.refused429 == 0;
        report(QStringLiteral("## The same list at sentry.io's rate limit (`--rate-limit 40`)\n"));
        report(QStringLiteral("| measure | result | target |\n|---|---|---|"));
        report(QStringLiteral("| connect to the last row shown (%1 pages) | %2 ms | |")
                   .arg(pages)
                   .arg(app.lastRowMs, 0, 'f', 0));
        report(QStringLiteral("| what the limit allows (%1 pages at 40/s) | %2 ms | |")
                   .arg(pages)
                   .arg(allowedMs, 0, 'f', 0));
        report(QStringLiteral("| app / allowed | %1 | <= 1.1 |")
                   .arg(app.lastRowMs / allowedMs, 0, 'f', 2));
        report(QStringLiteral("| 429 answers | %1 | 0 |").arg(app.refused429));
        report(QStringLiteral("| result | | **%1** |\n")
                   .arg(met ? QStringLiteral("met") : QStringLiteral("missed")));
    }

    // Target: <= 10 ms per keystroke at 10,000 rows.
    void searchKeystroke()
    {
        static directory::MembersModel model; // built once: QBENCHMARK reruns this function
        if (model.rowCount() == 0) {
            QList<Member> members;
            for (int i = 0; i < 10000; ++i) {
                Member m;
                m.id = QString::number(i + 1);
                m.userId = QString::number(100000 + i);
                m.name = QStringLiteral("Person %1 Lastname%2").arg(i).arg(i % 97);
                m.email = QStringLiteral("person.%1@example.com").arg(i);
                m.orgRole = i % 10 == 0 ? QStringLiteral("manager") : QStringLiteral("member");
                m.teams = {QStringLiteral("team-%1").arg(i % 8)};
                members.append(m);
            }
            model.appendMembers(members);
        }
        directory::MemberFilter filter;
        filter.setMembersModel(&model);
        filter.sort(directory::MembersModel::Name);
        const QStringList typed{QStringLiteral("p"),         QStringLiteral("pe"),
                                QStringLiteral("per"),       QStringLiteral("pers"),
                                QStringLiteral("person 12"), QStringLiteral("person 1")};
        int round = 0;
        QElapsedTimer clock;
        clock.start();
        int keystrokes = 0;
        QBENCHMARK
        {
            filter.setSearchText(typed.at(round++ % typed.size()));
            // What the table asks next: the proxy filters lazily, on its first question.
            QVERIFY(filter.rowCount() >= 0);
            ++keystrokes;
        }
        g_perKeystrokeMs = double(clock.nsecsElapsed()) / 1e6 / keystrokes;
    }

    void cleanupTestCase()
    {
        if (g_perKeystrokeMs >= 0) {
            report(QStringLiteral("## Search over 10,000 rows (sorted by name)\n"));
            report(QStringLiteral("%1 ms per keystroke (QBENCHMARK, walltime). Target: <= 10 ms.\n")
                       .arg(g_perKeystrokeMs, 0, 'f', 2));
        }
        if (g_outputPath.isEmpty())
            return;
        QSaveFile out(g_outputPath);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(g_report.join(QLatin1Char('\n')).toUtf8() + '\n');
            out.commit();
        }
        qInfo("results: %s", qPrintable(g_outputPath));
    }
};

int main(int argc, char *argv[])
{
    // Our own options first; the rest goes to QtTest.
    QList<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "--sandbox") == 0 && i + 1 < argc)
            g_sandboxPath = QString::fromLocal8Bit(argv[++i]);
        else if (qstrcmp(argv[i], "--output") == 0 && i + 1 < argc)
            g_outputPath = QString::fromLocal8Bit(argv[++i]);
        else if (qstrcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            g_rounds = qMax(1, atoi(argv[++i]));
        else
            rest.append(argv[i]);
    }
    int restCount = int(rest.size());
    QApplication app(restCount, rest.data());
    DirectoryBench bench;
    return QTest::qExec(&bench, restCount, rest.data());
}

#include "directory_bench.moc"
