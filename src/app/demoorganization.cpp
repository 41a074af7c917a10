// SPDX-License-Identifier: MIT
#include "demoorganization.h"

#include "sandbox/announcement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <sys/prctl.h>

namespace sm::app {

DemoOrganization::DemoOrganization(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    // Linux: the sandbox gets SIGTERM when the app goes away, even after a crash.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            &DemoOrganization::readAnnouncement);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The demo server %1 could not be started.").arg(m_process.program()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        if (!m_owner)
            emit failed(
                tr("The demo server stopped before it was ready (exit code %1).").arg(code));
        m_owner.reset();
    });
}

DemoOrganization::~DemoOrganization()
{
    // At exit, once the window is gone. SIGKILL ends the sandbox at once (it keeps nothing
    // worth a clean shutdown); reaping it here, rather than in QProcess's destructor, keeps
    // that destructor from warning. The wait only collects an already dead child.
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(1000);
}

QString DemoOrganization::sandboxProgram()
{
    const QString override = qEnvironmentVariable("SENTRY_MEMBERS_SANDBOX");
    if (!override.isEmpty())
        return override;
    const QDir here(QCoreApplication::applicationDirPath());
    // Installed side by side, or in the build tree (src/app next to src/sandbox).
    for (const QString &candidate :
         {here.filePath(QStringLiteral("sentry-members-sandbox")),
          here.filePath(QStringLiteral("../sandbox/sentry-members-sandbox"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QStringLiteral("sentry-members-sandbox");
}

void DemoOrganization::start()
{
    if (m_owner) {
        emit ready(*m_owner);
        return;
    }
    if (m_process.state() != QProcess::NotRunning)
        return; // ready() follows
    m_output.clear();
    m_process.start(sandboxProgram(), {QStringLiteral("--port"), QStringLiteral("0")});
}

void DemoOrganization::readAnnouncement()
{
    m_output += m_process.readAllStandardOutput();
    const qsizetype newline = m_output.indexOf('\n');
    if (newline < 0 || m_owner)
        return;
    const std::optional<sandbox::Announcement> announcement =
        sandbox::Announcement::parse(m_output.left(newline));
    ConnectionSettings owner;
    if (announcement) {
        owner.baseUrl = announcement->url;
        owner.organization = announcement->organization;
        owner.token = announcement->token(QStringLiteral("owner"));
    }
    if (!announcement || !connection::validate(owner).isEmpty()) {
        emit failed(tr("The demo server announced itself in an unexpected way."));
        return;
    }
    m_owner = owner;
    emit ready(owner);
}

} // namespace sm::app
