// SPDX-License-Identifier: MIT
#include "support/peers.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace sm::test {

namespace {
constexpr int startPatience = 15000;

QString findProgram(const QString &program)
{
    // nghttpx is in /usr/sbin, which is not on every user's PATH.
    QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin")});
    return found;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

QString missingProgram(const QStringList &programs)
{
    for (const QString &program : programs) {
        if (program == QLatin1String("python3-h2")) {
            QProcess check;
            check.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"), QStringLiteral("import h2")});
            if (!check.waitForFinished(10000) || check.exitStatus() != QProcess::NormalExit ||
                check.exitCode() != 0)
                return QStringLiteral("Python's h2 module (python3-h2) is not installed");
        } else if (findProgram(program).isEmpty()) {
            return program + QStringLiteral(" is not installed");
        }
    }
    return {};
}

bool programsAvailable(const QStringList &programs)
{
    const QString missing = missingProgram(programs);
    if (missing.isEmpty())
        return true;
    if (qEnvironmentVariable("CI") == QLatin1String("true")) {
        QTest::qFail(qPrintable(missing + QStringLiteral(" (CI must run this test)")), __FILE__,
                     __LINE__);
    } else {
        QTest::qSkip(
            qPrintable(missing + QStringLiteral(" (cmake/quickstart.sh test installs it)")),
            __FILE__, __LINE__);
    }
    return false;
}

bool TestPki::openssl(const QStringList &arguments, QString *why) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(findProgram(QStringLiteral("openssl")), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *why = QStringLiteral("openssl %1 failed: %2")
                   .arg(arguments.value(0), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestPki::issue(const QString &name, const QString &altNames, const QString &days, QString *why)
{
    const QString extensions = path(name + QStringLiteral(".ext"));
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly)) {
        *why = ext.errorString();
        return false;
    }
    ext.write("subjectAltName=" + altNames.toLatin1() + "\n");
    ext.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key(name),
                    QStringLiteral("-out"), path(name + QStringLiteral(".csr")),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + name},
                   why) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), caFile(),
                    QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), certificate(name),
                    QStringLiteral("-days"), days, QStringLiteral("-extfile"), extensions},
                   why);
}

bool TestPki::create(QString *why)
{
    if (!m_dir.isValid()) {
        *why = m_dir.errorString();
        return false;
    }
    const QStringList ecKey{
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                       QStringList{QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                                   QStringLiteral("-out"), caFile(), QStringLiteral("-days"),
                                   QStringLiteral("30"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=Sentry Members Test CA")},
                   why) &&
           issue(QStringLiteral("server"), QStringLiteral("DNS:localhost,IP:127.0.0.1"),
                 QStringLiteral("30"), why) &&
           issue(QStringLiteral("otherhost"), QStringLiteral("DNS:other.example"),
                 QStringLiteral("30"), why) &&
           issue(QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("-1"),
                 why) &&
           openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                       QStringList{
                           QStringLiteral("-keyout"), key(QStringLiteral("selfsigned")),
                           QStringLiteral("-out"), certificate(QStringLiteral("selfsigned")),
                           QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=selfsigned"), QStringLiteral("-addext"),
                           QStringLiteral("subjectAltName=IP:127.0.0.1")},
                   why);
}

Peer::~Peer()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool Peer::waitForPort(QString *why)
{
    const bool up = QTest::qWaitFor(
        [&] {
            if (m_process->state() == QProcess::NotRunning)
                return true;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(200);
        },
        startPatience);
    if (!up || m_process->state() == QProcess::NotRunning) {
        *why = QStringLiteral("%1 did not start: %2")
                   .arg(m_process->program(),
                        QString::fromLocal8Bit(m_process->readAllStandardError().right(2000)));
        return false;
    }
    return true;
}

bool Peer::startSandbox(const QString &executable, const QStringList &arguments, QString *why)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(executable, arguments);
    if (!QTest::qWaitFor([&] { return m_process->canReadLine(); }, startPatience)) {
        *why = QStringLiteral("the sandbox announced nothing: ") +
               QString::fromLocal8Bit(m_process->readAllStandardError());
        return false;
    }
    const auto announced = sandbox::Announcement::parse(m_process->readLine());
    if (!announced) {
        *why = QStringLiteral("the sandbox's first line is not an announcement");
        return false;
    }
    m_announcement = *announced;
    m_url = m_announcement.url.toString();
    m_port = quint16(m_announcement.url.port());
    return m_port != 0;
}

bool Peer::startTlsFront(const TestPki &pki, const QString &name, quint16 backendPort, QString *why)
{
    // nghttpx takes no port 0: pick a free one, and pick again if another process won it.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(
            findProgram(QStringLiteral("nghttpx")),
            {QStringLiteral("--conf=/dev/null"),
             QStringLiteral("--frontend=127.0.0.1,%1").arg(m_port),
             QStringLiteral("--backend=127.0.0.1,%1").arg(backendPort),
             QStringLiteral("--workers=1"), QStringLiteral("--no-ocsp"),
             QStringLiteral("--log-level=WARN"), QStringLiteral("--errorlog-file=/dev/stderr"),
             QStringLiteral("--accesslog-file=/dev/null"),
             // Like a proxy in front of a self-hosted Sentry: no retries of its own after
             // the request went to the backend.
             QStringLiteral("--backend-read-timeout=30s"), pki.key(name), pki.certificate(name)});
        if (waitForPort(why)) {
            m_url = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
            return true;
        }
    }
    return false;
}

bool Peer::startH2Peer(const TestPki &pki, const QString &name, const QString &mode, QString *why)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(TEST_SUPPORT_DIR "/h2peer.py"), QStringLiteral("--cert"),
                      pki.certificate(name), QStringLiteral("--key"), pki.key(name),
                      QStringLiteral("--mode"), mode});
    if (!QTest::qWaitFor([&] { return m_process->canReadLine(); }, startPatience)) {
        *why = QStringLiteral("h2peer.py did not start: ") +
               QString::fromLocal8Bit(m_process->readAllStandardError());
        return false;
    }
    m_port = quint16(m_process->readLine().trimmed().toUInt());
    m_url = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    return m_port != 0;
}

QStringList Peer::receivedLines()
{
    while (m_process && m_process->canReadLine())
        m_lines.append(QString::fromUtf8(m_process->readLine().trimmed()));
    return m_lines;
}

} // namespace sm::test
