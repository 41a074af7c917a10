// SPDX-License-Identifier: MIT
#pragma once

// Real programs a test talks to on loopback: the sandbox executable, a TLS front (nghttpx,
// HTTP/2 and HTTP/1.1 by ALPN) and a scripted HTTP/2 peer, with certificates made for the
// run by openssl under a private CA that is trusted through the connection's CA file only.

#include "sandbox/announcement.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sm::test {

// Why a peer cannot run here ("nghttpx is not installed"), or empty.
QString missingProgram(const QStringList &programs);
// True when every program is here; otherwise skips the test with the reason, or fails it
// under CI=true, where a missing tool means the test command did not install it. The caller
// returns at once when this is false.
bool programsAvailable(const QStringList &programs);

// A private CA and server certificates, made with openssl for this run.
class TestPki
{
public:
    // Creates: "server" for localhost and 127.0.0.1; "otherhost" for other.example;
    // "expired" for 127.0.0.1, expired yesterday; all signed by the CA. "selfsigned" for
    // 127.0.0.1 signed by itself. False with *why on failure.
    bool create(QString *why);
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString certificate(const QString &name) const { return path(name + QStringLiteral(".pem")); }
    QString key(const QString &name) const { return path(name + QStringLiteral(".key")); }

private:
    QString path(const QString &file) const { return m_dir.filePath(file); }
    bool openssl(const QStringList &arguments, QString *why) const;
    bool issue(const QString &name, const QString &altNames, const QString &days, QString *why);

    QTemporaryDir m_dir;
};

// A child process that serves on 127.0.0.1 and is killed with this object.
class Peer
{
public:
    Peer() = default;
    Peer(const Peer &) = delete;
    Peer &operator=(const Peer &) = delete;
    ~Peer();

    // The sandbox executable; its announcement (url, org, tokens) is read from stdout.
    bool startSandbox(const QString &executable, const QStringList &arguments, QString *why);
    // nghttpx terminating TLS with `name`'s certificate, proxying to backendPort.
    bool startTlsFront(const TestPki &pki, const QString &name, quint16 backendPort, QString *why);
    // tests/support/h2peer.py in `mode`, with `name`'s certificate.
    bool startH2Peer(const TestPki &pki, const QString &name, const QString &mode, QString *why);

    QString url() const { return m_url; }
    quint16 port() const { return m_port; }
    const sandbox::Announcement &announcement() const { return m_announcement; }
    // The h2 peer's request log ("METHOD PATH" lines) so far.
    QStringList receivedLines();

private:
    bool waitForPort(QString *why);

    std::unique_ptr<QProcess> m_process;
    QString m_url;
    quint16 m_port = 0;
    sandbox::Announcement m_announcement;
    QStringList m_lines;
};

} // namespace sm::test
