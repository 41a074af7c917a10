// SPDX-License-Identifier: MIT
#include "gui/dialogpresenter.h"

#include "gui/messagedialog.h"
#include "l10n/displaytext.h"
#include "l10n/errortext.h"

namespace sm::gui {

DialogPresenter::~DialogPresenter() = default;

void DialogPresenter::showResult(QWidget *parent, const QString &title, const QString &summary,
                                 const QString &details)
{
    auto *dialog = new MessageDialog(MessageDialog::Kind::Success, title,
                                     l10n::forDisplay(summary, 2000), details, parent);
    m_last = dialog;
    dialog->open();
}

void DialogPresenter::showWarning(QWidget *parent, const QString &title, const QString &summary)
{
    auto *dialog = new MessageDialog(MessageDialog::Kind::Warning, title,
                                     l10n::forDisplay(summary, 2000), QString(), parent);
    m_last = dialog;
    dialog->open();
}

void DialogPresenter::showError(QWidget *parent, const QString &title, const ApiError &error,
                                const QString &details)
{
    const QString summary = l10n::errorText(error.message, error.fieldErrors, error.httpStatus);
    auto *dialog = new MessageDialog(MessageDialog::Kind::Error, title, summary, details, parent);
    m_last = dialog;
    dialog->open();
}

ConfirmChangeDialog *DialogPresenter::confirm(QWidget *parent, const Confirmation &confirmation)
{
    auto *dialog = new ConfirmChangeDialog(confirmation, parent);
    dialog->open();
    return dialog;
}

} // namespace sm::gui
