// SPDX-License-Identifier: MIT
#include "gui/dialogpresenter.h"

#include "gui/displaytext.h"
#include "gui/messagedialog.h"
#include "l10n/sentrytext.h"

#include <QCoreApplication>

namespace sm::gui {

DialogPresenter::~DialogPresenter() = default;

void DialogPresenter::showResult(QWidget *parent, const QString &title, const QString &summary,
                                 const QString &details)
{
    auto *dialog = new MessageDialog(MessageDialog::Kind::Success, title, forDisplay(summary, 2000),
                                     details, parent);
    m_last = dialog;
    dialog->open();
}

void DialogPresenter::showWarning(QWidget *parent, const QString &title, const QString &summary)
{
    auto *dialog = new MessageDialog(MessageDialog::Kind::Warning, title, forDisplay(summary, 2000),
                                     QString(), parent);
    m_last = dialog;
    dialog->open();
}

void DialogPresenter::showError(QWidget *parent, const QString &title, const ApiError &error,
                                const QString &details)
{
    QString summary = forDisplay(l10n::sentryText(error.message));
    // Messages for fields other than the one sentence are listed too, so nothing is hidden.
    QStringList more;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        const QString joined = forDisplay(l10n::sentryText(it.value()));
        if (!summary.contains(joined))
            more.append(joined);
    }
    if (!more.isEmpty())
        summary += QLatin1Char('\n') + more.join(QLatin1Char('\n'));
    if (!error.errorId.isEmpty() || error.httpStatus > 0) {
        summary += QLatin1String("\n\n") +
                   QCoreApplication::translate("sm::gui::DialogPresenter", "HTTP status %1")
                       .arg(error.httpStatus);
    }
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
