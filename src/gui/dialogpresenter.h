// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "gui/confirmchangedialog.h"
#include "gui/messagedialog.h"

#include <QPointer>
#include <QString>

class QWidget;

namespace sm::gui {

// Every result and error dialog goes through here, so tests can read what the user was
// shown (and answer it) without hunting for top-level windows.
class DialogPresenter
{
public:
    DialogPresenter() = default;
    virtual ~DialogPresenter();
    Q_DISABLE_COPY_MOVE(DialogPresenter)

    // Says in words what changed; the raw response sits under Details.
    virtual void showResult(QWidget *parent, const QString &title, const QString &summary,
                            const QString &details);
    // Something that did not go as asked though nothing failed (a token kept for the session
    // only, say): an alert with a warning sign.
    virtual void showWarning(QWidget *parent, const QString &title, const QString &summary);
    // Sentry's own message, field messages listed, raw response under Details.
    virtual void showError(QWidget *parent, const QString &title, const ApiError &error,
                           const QString &details);

    // Asks before a change that cannot be taken back; the change starts on the dialog's
    // confirmed() signal. Opened window-modal, not exec(): no nested event loop.
    virtual ConfirmChangeDialog *confirm(QWidget *parent, const Confirmation &confirmation);

    MessageDialog *lastDialog() const { return m_last; }

protected:
    QPointer<MessageDialog> m_last;
};

} // namespace sm::gui
