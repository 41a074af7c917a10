// SPDX-License-Identifier: MIT
#include "gui/messagedialog.h"

#include "gui/accessibility.h"
#include "ui_messagedialog.h"

#include <QPushButton>
#include <QStyle>

namespace sm::gui {

MessageDialog::MessageDialog(Kind kind, const QString &title, const QString &summary,
                             const QString &details, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MessageDialog>())
    , m_kind(kind)
{
    // Before anything asks for this dialog's accessible interface: errors are alerts.
    installAccessibility();
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    struct Look
    {
        const char *objectName;
        QStyle::StandardPixmap icon;
        QString iconName;
    };
    const Look look = kind == Kind::Success
                          ? Look{"resultDialog", QStyle::SP_MessageBoxInformation, tr("Success")}
                      : kind == Kind::Warning
                          ? Look{"warningDialog", QStyle::SP_MessageBoxWarning, tr("Warning")}
                          : Look{"errorDialog", QStyle::SP_MessageBoxCritical, tr("Error")};
    setObjectName(QLatin1String(look.objectName));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(size, size));
    m_ui->iconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->messageRow->setStretch(1, 1);
    m_ui->messageRow->setSpacing(16);
    m_ui->iconLabel->setAccessibleName(look.iconName);
    // The label's text is what a screen reader reads for it (an accessible name would replace
    // it), and the dialog's description repeats it, as QMessageBox does with its text.
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
    m_ui->summaryLabel->setText(summary);
    setAccessibleDescription(summary);
    m_ui->detailsEdit->setPlainText(details);
    m_ui->detailsEdit->setAccessibleName(tr("Details"));
    m_ui->detailsEdit->setVisible(false);
    m_ui->detailsButton->setVisible(!details.isEmpty());
    m_ui->detailsButton->setArrowType(Qt::RightArrow);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->detailsEdit->setVisible(shown);
        m_ui->detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
    setMinimumWidth(420);
}

MessageDialog::~MessageDialog() = default;

QString MessageDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

QString MessageDialog::details() const
{
    return m_ui->detailsEdit->toPlainText();
}

} // namespace sm::gui
