// SPDX-License-Identifier: MIT
#include "gui/confirmchangedialog.h"

#include "gui/requestpreviewdialog.h"
#include "ui_confirmchangedialog.h"

#include <QPushButton>

namespace sm::gui {

ConfirmChangeDialog::ConfirmChangeDialog(const Confirmation &confirmation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmChangeDialog>())
{
    m_ui->setupUi(this);
    setObjectName(confirmation.objectName);
    setWindowTitle(confirmation.title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->questionLabel->setText(confirmation.question);
    m_ui->consequenceLabel->setText(confirmation.consequence);
    m_ui->consequenceLabel->setVisible(!confirmation.consequence.isEmpty());
    // The question is what a screen reader says on opening, as it would for a message box.
    setAccessibleDescription(confirmation.question);

    m_action =
        m_ui->buttonBox->addButton(confirmation.actionText, QDialogButtonBox::DestructiveRole);
    m_action->setObjectName(confirmation.actionObjectName);
    m_action->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, [this] {
        accept();
        emit confirmed();
    });

    const QString typed = confirmation.typeToConfirm;
    m_ui->typedLayout->setRowVisible(0, !typed.isEmpty());
    if (!typed.isEmpty()) {
        m_action->setEnabled(false);
        connect(m_ui->confirmEmailEdit, &QLineEdit::textChanged, m_action,
                [this, typed](const QString &text) {
                    m_action->setEnabled(text.trimmed().compare(typed, Qt::CaseInsensitive) == 0);
                });
    }

    if (confirmation.request) {
        m_preview = m_ui->buttonBox->addButton(tr("Pre&view request…"), QDialogButtonBox::HelpRole);
        m_preview->setObjectName(QStringLiteral("previewButton"));
        m_preview->setAutoDefault(false);
        m_preview->setToolTip(tr("Show the request this would send, without sending it"));
        const ops::RequestPreview request = *confirmation.request;
        const QString title = confirmation.title;
        connect(m_preview, &QPushButton::clicked, this, [this, request, title] {
            auto *preview =
                new RequestPreviewDialog(tr("%1: request preview").arg(title), request, this);
            preview->open();
        });
    }
    // QDialogButtonBox would send HelpRole to helpRequested; the preview handles itself.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::helpRequested, nullptr, nullptr);
}

ConfirmChangeDialog::~ConfirmChangeDialog() = default;

QLineEdit *ConfirmChangeDialog::typedEdit() const
{
    return m_ui->confirmEmailEdit;
}

QString ConfirmChangeDialog::text() const
{
    return m_ui->questionLabel->text() + QLatin1Char('\n') + m_ui->consequenceLabel->text();
}

} // namespace sm::gui
