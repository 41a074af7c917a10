// SPDX-License-Identifier: MIT
#include "gui/requestpreviewdialog.h"

#include "ui_requestpreviewdialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

namespace sm::gui {

RequestPreviewDialog::RequestPreviewDialog(const QString &title, const ops::RequestPreview &preview,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequestPreviewDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("requestPreviewDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    m_ui->requestEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->requestEdit->setPlainText(preview.text());
    m_copy = m_ui->buttonBox->addButton(tr("Copy as &curl"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyCurlButton"));
    m_copy->setToolTip(tr("A curl command that sends this request from a shell where "
                          "SENTRY_AUTH_TOKEN is set"));
    const QString curl = preview.curl();
    connect(m_copy, &QPushButton::clicked, this, [this, curl] {
        QGuiApplication::clipboard()->setText(curl);
        m_copy->setText(tr("Copied"));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    setMinimumSize(560, 320);
}

RequestPreviewDialog::~RequestPreviewDialog() = default;

QString RequestPreviewDialog::requestText() const
{
    return m_ui->requestEdit->toPlainText();
}

} // namespace sm::gui
