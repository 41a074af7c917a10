// SPDX-License-Identifier: MIT
#include "gui/connectdialog.h"

#include "api/connectioncheck.h"
#include "directory/memberpermissions.h"
#include "l10n/displaytext.h"
#include "l10n/sentrytext.h"
#include "ui_connectdialog.h"

#include <QFileDialog>
#include <QPushButton>

namespace sm::gui {

ConnectDialog::ConnectDialog(const ConnectionSettings &initial, SentryClient *client,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));
    m_feedback.addField(QStringLiteral("url"), m_ui->urlEdit);
    m_feedback.addField(QStringLiteral("org"), m_ui->orgEdit);
    m_feedback.addField(QStringLiteral("token"), m_ui->tokenEdit);
    m_feedback.addField(QStringLiteral("caFile"), m_ui->caFileEdit);
    m_ui->caFileButton->setAccessibleName(tr("Choose a CA certificate file"));
    m_ui->showTokenCheck->setAccessibleName(tr("Show the auth token"));
    m_ui->testResultLabel->setTextFormat(Qt::PlainText);
    m_ui->profileNoteLabel->setTextFormat(Qt::PlainText);

    for (const auto &[name, url] : connection::knownInstances())
        m_ui->instanceCombo->addItem(name, url);
    m_ui->instanceCombo->addItem(tr("Self-hosted…"), QUrl());
    int instance = m_ui->instanceCombo->count() - 1;
    for (int i = 0; i < m_ui->instanceCombo->count() - 1; ++i) {
        if (m_ui->instanceCombo->itemData(i).toUrl().host() == initial.baseUrl.host())
            instance = i;
    }
    m_ui->instanceCombo->setCurrentIndex(instance);
    m_ui->urlEdit->setText(initial.baseUrl.toString());
    m_ui->orgEdit->setText(initial.organization);
    m_ui->tokenEdit->setText(initial.token);
    m_ui->caFileEdit->setText(initial.caFile);
    updateUrlField();

    connect(m_ui->instanceCombo, &QComboBox::currentIndexChanged, this,
            &ConnectDialog::updateUrlField);
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->caFileButton, &QPushButton::clicked, this, &ConnectDialog::chooseCaFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] { done(DemoRequested); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    QWidget *first =
        m_ui->orgEdit->text().isEmpty() ? static_cast<QWidget *>(m_ui->orgEdit) : m_ui->tokenEdit;
    first->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setDemoOffered(bool offered)
{
    m_ui->demoButton->setVisible(offered);
}

QString ConnectDialog::profileName() const
{
    return m_ui->profileNameEdit->text().trimmed();
}

void ConnectDialog::setProfileName(const QString &name)
{
    m_ui->profileNameEdit->setText(name);
}

bool ConnectDialog::rememberToken() const
{
    return m_ui->rememberTokenCheck->isChecked();
}

void ConnectDialog::setNote(const QString &note)
{
    m_ui->profileNoteLabel->setText(note);
    m_ui->profileNoteLabel->setVisible(!note.isEmpty());
}

void ConnectDialog::updateUrlField()
{
    const QUrl known = m_ui->instanceCombo->currentData().toUrl();
    const bool selfHosted = known.isEmpty();
    m_ui->urlEdit->setEnabled(selfHosted);
    // sentry.io's certificates come from public authorities.
    m_ui->caFileEdit->setEnabled(selfHosted);
    m_ui->caFileButton->setEnabled(selfHosted);
    if (!selfHosted)
        m_ui->urlEdit->setText(known.toString());
}

ConnectionSettings ConnectDialog::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = connection::normalizedBaseUrl(m_ui->urlEdit->text());
    settings.organization = m_ui->orgEdit->text().trimmed();
    // Pasted tokens often carry a trailing newline or spaces.
    settings.token = m_ui->tokenEdit->text().trimmed();
    if (m_ui->caFileEdit->isEnabled())
        settings.caFile = m_ui->caFileEdit->text().trimmed();
    return settings;
}

void ConnectDialog::chooseCaFile()
{
    // Non-blocking, like every other dialog of the app.
    auto *chooser = new QFileDialog(this, tr("CA certificate"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->caFileEdit->setText(file); });
    chooser->open();
}

void ConnectDialog::accept()
{
    if (m_feedback.show(connection::validate(settings())))
        return;
    QDialog::accept();
}

void ConnectDialog::testConnection()
{
    const ConnectionSettings candidate = settings();
    if (m_feedback.show(connection::validate(candidate)))
        return;
    if (m_test)
        m_test->cancel();
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_ui->testButton->setEnabled(false);
    m_test = new ConnectionCheck(m_client, candidate);
    connect(m_test, &ConnectionCheck::finished, this, [this](const ConnectionCheckResult &result) {
        m_ui->testButton->setEnabled(true);
        if (result.error.isCancelled())
            return;
        if (!result.ok()) {
            m_ui->testResultLabel->setText(
                tr("Failed: %1").arg(l10n::forDisplay(l10n::sentryText(result.error.message))));
            return;
        }
        const QString can =
            directory::abilities(directory::Caller::fromMe(result.me.value_or(Member{})));
        if (!result.me) {
            m_ui->testResultLabel->setText(tr("Connected as an internal integration.") +
                                           QLatin1Char('\n') + can);
            return;
        }
        const Member &me = *result.me;
        QString role = me.orgRole;
        for (const RoleInfo &info : me.orgRoleList) {
            if (info.id == me.orgRole)
                role = info.name;
        }
        const QString who = me.name.isEmpty() ? me.email : me.name;
        m_ui->testResultLabel->setText(tr("Connected as %1 (%2).").arg(who, role) +
                                       QLatin1Char('\n') + can);
    });
}

} // namespace sm::gui
