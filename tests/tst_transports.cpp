// SPDX-License-Identifier: MIT
// The client on the paths real users take: plain HTTP/1.1 (loopback), HTTPS with HTTP/1.1
// (a self-hosted Sentry behind a TLS proxy) and HTTPS with HTTP/2 (as sentry.io serves),
// the TLS paths through nghttpx trusting a private CA made for the run through the
// connection's CA file. For every fault the sandbox can inject: a change reaches the server
// at most once, a change that was made is never reported as not made, the message is short
// and clear, the UI thread never works for long without a break, and memory stays bounded.
// HTTP/2's own endings (REFUSED_STREAM, GOAWAY, RST_STREAM) come from a scripted peer, and
// TLS failures name their cause. Every kind of operation whose answer is lost through a TLS
// proxy is sent once and checked through it.
#include "support/operationcases.h"
#include "support/peers.h"
#include "support/stallmeter.h"
#include "support/testsupport.h"

#include "operations/operationrun.h"
#include "sandbox/faults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace sm;
using namespace sm::test;
using FaultKind = sandbox::Fault::Kind;
using Ends = ops::RunOutcome::Kind;

Q_DECLARE_METATYPE(FaultKind)
Q_DECLARE_METATYPE(ops::Operation::Kind)
Q_DECLARE_METATYPE(ops::RunOutcome::Kind)

namespace {

const QStringList frontTools{QStringLiteral("openssl"), QStringLiteral("nghttpx")};
const QStringList h2Tools{QStringLiteral("openssl"), QStringLiteral("python3-h2")};

// Resident memory of this process, in MiB.
qint64 residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return 0;
}

struct JournalCount
{
    int posts = 0;
    int made = 0; // POSTs the sandbox carried out (201)
};

JournalCount readJournal(const QString &path)
{
    JournalCount count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return count;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(QLatin1String("method")).toString() != QLatin1String("POST"))
            continue;
        ++count.posts;
        if (entry.value(QLatin1String("status")).toInt() == 201)
            ++count.made;
    }
    return count;
}

InviteMember someInvite()
{
    InviteMember invite;
    invite.email = QStringLiteral("over.the.wire@example.com");
    return invite;
}

} // namespace

class TestTransports : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    QString m_pkiProblem;
    QTemporaryDir m_dir;

    // A client for `url`, as the app configures one, recording whether answers came over
    // HTTP/2.
    std::unique_ptr<SentryClient> clientFor(const QString &url, const QString &token,
                                            const QString &transport, QList<bool> *http2 = nullptr)
    {
        auto client = std::make_unique<SentryClient>();
        ConnectionSettings settings;
        settings.baseUrl = QUrl(url);
        settings.organization = QStringLiteral("demo");
        settings.token = token;
        settings.caFile = m_pki.caFile();
        settings.allowHttp2 = transport == QLatin1String("https/2");
        settings.transferTimeout = std::chrono::milliseconds(1500);
        settings.deadline = std::chrono::seconds(4);
        client->setConnection(settings);
        if (http2) {
            QObject::connect(client.get(), &SentryClient::exchangeFinished, client.get(),
                             [http2](const Exchange &exchange) {
                                 if (exchange.status > 0)
                                     http2->append(exchange.http2);
                             });
        }
        return client;
    }

    // The tools are here and the certificates were made; else the test skips or fails.
    bool ready(const QStringList &tools)
    {
        if (!programsAvailable(tools))
            return false;
        if (!m_pkiProblem.isEmpty())
            QTest::qFail(qPrintable(m_pkiProblem), __FILE__, __LINE__);
        return m_pkiProblem.isEmpty();
    }

    // The scripted HTTP/2 peer in `mode` with `certificate`; false: skipped or failed.
    bool startH2Peer(Peer &peer, const QString &mode,
                     const QString &certificate = QStringLiteral("server"))
    {
        if (!ready(h2Tools))
            return false;
        QString why;
        if (!peer.startH2Peer(m_pki, certificate, mode, &why))
            QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return why.isEmpty();
    }

    // An invitation to the scripted peer, and time for a duplicate to show.
    MemberResult inviteThrough(const Peer &peer,
                               const QString &transport = QStringLiteral("https/2"))
    {
        auto client = clientFor(peer.url(), QStringLiteral("sntryu_test"), transport);
        const MemberResult result = await<MemberResult>(client->inviteMember(someInvite()));
        QTest::qWait(duplicateWindow);
        return result;
    }

    // A TLS front before the sandbox on backendPort; false: skipped or failed.
    bool startTlsFront(Peer &front, quint16 backendPort)
    {
        if (!ready(frontTools))
            return false;
        QString why;
        if (!front.startTlsFront(m_pki, QStringLiteral("server"), backendPort, &why))
            QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return why.isEmpty();
    }

    // The sandbox (`people` members) behind a TLS front, reached as its owner over
    // `transport`, recording which exchanges used HTTP/2. Destroyed client first.
    struct TlsPath
    {
        std::unique_ptr<Sandbox> sandbox;
        Peer front;
        QList<bool> http2;
        std::unique_ptr<SentryClient> client;
    };
    // Null: skipped (no nghttpx) or failed.
    std::unique_ptr<TlsPath> openTlsPath(int people, const QString &transport)
    {
        auto path = std::make_unique<TlsPath>();
        path->sandbox = std::make_unique<Sandbox>(people);
        if (!startTlsFront(path->front, quint16(path->sandbox->server().url().port())))
            return nullptr;
        path->client = clientFor(path->front.url(), path->sandbox->token(QStringLiteral("owner")),
                                 transport, &path->http2);
        return path;
    }

private slots:
    void initTestCase()
    {
        if (missingProgram({QStringLiteral("openssl")}).isEmpty() && !m_pki.create(&m_pkiProblem))
            QVERIFY2(false, qPrintable(m_pkiProblem));
    }

    void faultKinds_changeAtMostOnceAndNeverMisreported_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("fault");
        const QStringList faults{
            QStringLiteral("delay:3000"),         QStringLiteral("hang"),
            QStringLiteral("reset-before"),       QStringLiteral("reset-after"),
            QStringLiteral("close-after"),        QStringLiteral("drip:50"),
            QStringLiteral("html-500"),           QStringLiteral("html-502-after"),
            QStringLiteral("truncated"),          QStringLiteral("huge-body:64"),
            QStringLiteral("huge-detail"),        QStringLiteral("rate-limited:30"),
            QStringLiteral("redirect"),           QStringLiteral("redirect-loop"),
            QStringLiteral("cross-host-redirect")};
        for (const char *transport : {"http/1.1", "https/1.1", "https/2"}) {
            for (const QString &fault : faults) {
                QTest::addRow("%s %s", transport, qPrintable(fault))
                    << QString::fromLatin1(transport) << fault;
            }
        }
    }
    void faultKinds_changeAtMostOnceAndNeverMisreported()
    {
        QFETCH(QString, transport);
        QFETCH(QString, fault);
        const bool tls = transport.startsWith(QLatin1String("https"));
        if (tls && !ready(frontTools))
            return;

        const QString journal = m_dir.filePath(
            QStringLiteral("journal-%1.jsonl")
                .arg(QString::fromLatin1(QTest::currentDataTag())
                         .replace(QRegularExpression(QStringLiteral("\\W")), QStringLiteral("_"))));
        Peer sandbox;
        QString why;
        QVERIFY2(sandbox.startSandbox(
                     QStringLiteral(SANDBOX_EXECUTABLE),
                     {QStringLiteral("--members"), QStringLiteral("30"), QStringLiteral("--fault"),
                      QStringLiteral("POST members/=") + fault + QStringLiteral("*1"),
                      QStringLiteral("--journal"), journal},
                     &why),
                 qPrintable(why));
        Peer front;
        if (tls && !startTlsFront(front, sandbox.port()))
            return;
        const QString token = sandbox.announcement().token(QStringLiteral("owner"));
        QList<bool> http2;
        auto client = clientFor(tls ? front.url() : sandbox.url(), token, transport, &http2);

        const qint64 memoryBefore = residentMiB();
        StallMeter meter;
        const MemberResult result = await<MemberResult>(client->inviteMember(someInvite()));
        const qint64 worstWork = meter.worstMs();
        QTest::qWait(duplicateWindow); // a re-sent change would arrive by now
        const JournalCount seen = readJournal(journal);
        const QString message = result.error.message;

        QVERIFY2(seen.posts <= 1, qPrintable(QStringLiteral("%1 POSTs").arg(seen.posts)));
        // Never "nothing was changed" for a change that was made.
        if (seen.made == 1 && !result.ok())
            QVERIFY2(result.error.outcomeUnknown, qPrintable(message));
        if (!result.ok()) {
            QVERIFY(!message.isEmpty());
            QVERIFY2(message.size() < 1000, qPrintable(message.left(200)));
            QVERIFY2(!message.contains(QLatin1String("HTTP 100")), qPrintable(message));
        }
        QVERIFY2(worstWork <= StallMeter::limit(),
                 qPrintable(
                     QStringLiteral("the UI thread worked %1 ms without a break").arg(worstWork)));
        const qint64 grown = residentMiB() - memoryBefore;
        // The cap is 16 MiB; AddressSanitizer keeps freed memory in quarantine for a while.
        const qint64 bound = qEnvironmentVariableIsSet("ASAN_OPTIONS") ? 320 : 64;
        QVERIFY2(grown < bound, qPrintable(QStringLiteral("memory grew by %1 MiB").arg(grown)));
        // The transport is the one named: every answer over HTTP/2 or none.
        for (bool used : std::as_const(http2))
            QCOMPARE(used, transport == QLatin1String("https/2"));
    }

    // Every kind of change whose answer is lost on the way back through a TLS proxy (as
    // sentry.io and most self-hosted setups are reached): sent once, then a check through the
    // same proxy says what Sentry has, in one sentence. Plain HTTP: tst_operations.
    void operations_lostAnswerCheckedOverTls_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::addColumn<ops::Operation::Kind>("kind");
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<Ends>("expected");
        const QList<std::tuple<const char *, FaultKind, Ends>> faults{
            {"reset-after", FaultKind::ResetAfter, Ends::MadeAfterAll},
            {"close-after", FaultKind::CloseAfter, Ends::MadeAfterAll},
            {"html-502-after", FaultKind::Html502After, Ends::MadeAfterAll},
            {"hang", FaultKind::Hang, Ends::NotMade},
        };
        for (const char *transport : {"https/1.1", "https/2"}) {
            for (int k = 0; k <= int(ops::Operation::Kind::LinkDelete); ++k) {
                const auto kind = ops::Operation::Kind(k);
                for (const auto &[name, fault, expected] : faults) {
                    QTest::addRow("%s %s %s", transport, qPrintable(ops::kindName(kind)), name)
                        << QString::fromLatin1(transport) << kind << fault << expected;
                }
            }
        }
    }
    void operations_lostAnswerCheckedOverTls()
    {
        QFETCH(QString, transport);
        QFETCH(ops::Operation::Kind, kind);
        QFETCH(FaultKind, fault);
        QFETCH(Ends, expected);
        const std::unique_ptr<TlsPath> path = openTlsPath(40, transport);
        if (!path)
            return;
        Sandbox &sandbox = *path->sandbox;
        SentryClient *client = path->client.get();
        const QList<bool> &http2 = path->http2;
        QList<sandbox::Request> received;
        sandbox.server().setExchangeObserver(
            [&received](const sandbox::Request &request, const sandbox::Response &) {
                received.append(request);
            });
        const Prepared p = operationCase(sandbox.org(), kind);
        sandbox.server().addFault({p.method, p.path, fault, 0, 1});

        auto *run = new ops::OperationRun(client, p.operation, client);
        std::optional<ops::RunOutcome> outcome;
        connect(run, &ops::OperationRun::finished, this,
                [&outcome](const ops::RunOutcome &o) { outcome = o; });
        run->start();
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, patience));
        QTest::qWait(duplicateWindow);

        const auto changes = std::count_if(received.cbegin(), received.cend(), [&p](const auto &r) {
            return r.method == p.method && r.path.endsWith(p.path);
        });
        QCOMPARE(changes, 1);
        QVERIFY2(outcome->kind == expected, qPrintable(ops::outcomeName(outcome->kind) +
                                                       QLatin1String(": ") + outcome->message));
        QVERIFY2(!outcome->message.contains(QLatin1String("may or may not")),
                 qPrintable(outcome->message));
        QVERIFY2(outcome->message.contains(QLatin1String("A check found:")),
                 qPrintable(outcome->message));
        QVERIFY(!http2.isEmpty());
        for (bool used : std::as_const(http2))
            QCOMPARE(used, transport == QLatin1String("https/2"));
    }

    // An ordinary day on each TLS path, through the private CA of the connection only.
    void everydayUse_overEachTlsPath_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("https/1.1") << QStringLiteral("https/1.1");
        QTest::newRow("https/2") << QStringLiteral("https/2");
    }
    void everydayUse_overEachTlsPath()
    {
        QFETCH(QString, transport);
        const std::unique_ptr<TlsPath> path = openTlsPath(30, transport);
        if (!path)
            return;
        Sandbox &sandbox = *path->sandbox;
        SentryClient *client = path->client.get();
        const QList<bool> &http2 = path->http2;
        const MemberListResult members = await<MemberListResult>(client->listMembers());
        QVERIFY2(members.ok(), qPrintable(members.error.message));
        auto direct = sandbox.client(QStringLiteral("owner"));
        const MemberListResult plain = await<MemberListResult>(direct->listMembers());
        QCOMPARE(members.value.size(), plain.value.size());
        const MemberResult invited = await<MemberResult>(client->inviteMember(someInvite()));
        QVERIFY2(invited.ok(), qPrintable(invited.error.message));
        QVERIFY(sandbox.memberByEmail(someInvite().email));
        QVERIFY(!http2.isEmpty());
        for (bool used : std::as_const(http2))
            QCOMPARE(used, transport == QLatin1String("https/2"));
    }

    // The private CA is trusted for the connection that names it, and nowhere else.
    void privateCa_isTrustedOnlyWhereNamed()
    {
        const std::unique_ptr<TlsPath> path = openTlsPath(30, QStringLiteral("https/2"));
        if (!path)
            return;
        SentryClient *client = path->client.get();
        ConnectionSettings withoutCa = client->connection();
        withoutCa.caFile.clear();
        const TeamListResult refused = await<TeamListResult>(client->listTeams(withoutCa));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.message.contains(QLatin1String("does not trust")),
                 qPrintable(refused.error.message));
        QVERIFY2(refused.error.message.contains(QLatin1String("Sentry Members Test CA")),
                 qPrintable(refused.error.message));
        const TeamListResult trusted = await<TeamListResult>(client->listTeams());
        QVERIFY2(trusted.ok(), qPrintable(trusted.error.message));
    }

    // Each certificate problem in words, with what to do; never an option to go on anyway.
    void tlsFailures_nameTheirCause_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("expired on");
        QTest::newRow("another host")
            << QStringLiteral("otherhost") << QStringLiteral("is for other.example, not for");
        QTest::newRow("self-signed")
            << QStringLiteral("selfsigned") << QStringLiteral("self-signed");
    }
    void tlsFailures_nameTheirCause()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, expected);
        Peer peer;
        if (!startH2Peer(peer, QStringLiteral("normal"), certificate))
            return;
        const MemberResult result = inviteThrough(peer);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains(expected), qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(QLatin1String("Nothing was sent.")),
                 qPrintable(result.error.message));
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY(peer.receivedLines().isEmpty());
    }

    // A server draining its connections refuses streams it did not process: a read is asked
    // again once, transparently.
    void unprocessedRead_isSentOnceMore_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("REFUSED_STREAM") << QStringLiteral("refuse-first");
        QTest::newRow("GOAWAY before the stream") << QStringLiteral("goaway-first");
    }
    void unprocessedRead_isSentOnceMore()
    {
        QFETCH(QString, mode);
        Peer peer;
        if (!startH2Peer(peer, mode))
            return;
        QList<bool> http2;
        auto client =
            clientFor(peer.url(), QStringLiteral("sntryu_test"), QStringLiteral("https/2"), &http2);
        const TeamListResult teams = await<TeamListResult>(client->listTeams());
        QVERIFY2(teams.ok(), qPrintable(teams.error.message));
        QCOMPARE(teams.value.size(), 1);
        QCOMPARE(peer.receivedLines().size(), 1); // the refused one was not taken
        QVERIFY(http2.contains(true));
    }

    // The same for a change: not sent again by the client, and reported as not made.
    void unprocessedChange_saysNothingChangedAndIsNotResent_data()
    {
        unprocessedRead_isSentOnceMore_data();
    }
    void unprocessedChange_saysNothingChangedAndIsNotResent()
    {
        QFETCH(QString, mode);
        Peer peer;
        if (!startH2Peer(peer, mode))
            return;
        const MemberResult result = inviteThrough(peer);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY2(result.error.message.contains(QLatin1String("Nothing was changed.")),
                 qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(QLatin1String("did not take the request")),
                 qPrintable(result.error.message));
        QVERIFY(peer.receivedLines().isEmpty());
    }

    // Over TLS with HTTP/1.1, Qt's channel sees a dropped connection up to three times and
    // would send the request again each time: the change still goes out once.
    void tlsHttp1_droppedAfterAChange_sentOnceOutcomeUnknown()
    {
        Peer peer;
        if (!startH2Peer(peer, QStringLiteral("reset-after")))
            return;
        const MemberResult result = inviteThrough(peer, QStringLiteral("https/1.1"));
        QVERIFY(!result.ok());
        QVERIFY(result.error.outcomeUnknown);
        QCOMPARE(peer.receivedLines(),
                 QStringList{QStringLiteral("POST /api/0/organizations/demo/members/")});
    }

    // The stream or the connection ends after the server did the change: an interrupted
    // connection, the change may have been made, and it went out once.
    void interruptedAfterAChange_isAnUnknownOutcome_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("RST_STREAM") << QStringLiteral("reset-after");
        QTest::newRow("GOAWAY after the stream") << QStringLiteral("goaway-after");
    }
    void interruptedAfterAChange_isAnUnknownOutcome()
    {
        QFETCH(QString, mode);
        Peer peer;
        if (!startH2Peer(peer, mode))
            return;
        const MemberResult result = inviteThrough(peer);
        QVERIFY(!result.ok());
        QVERIFY(result.error.outcomeUnknown);
        QVERIFY2(result.error.message.contains(
                     QLatin1String("The change may or may not have been made.")),
                 qPrintable(result.error.message));
        QVERIFY2(!result.error.message.contains(QLatin1String("Could not reach")),
                 qPrintable(result.error.message));
        QCOMPARE(peer.receivedLines(),
                 QStringList{QStringLiteral("POST /api/0/organizations/demo/members/")});
    }
};

QTEST_GUILESS_MAIN(TestTransports)
#include "tst_transports.moc"
