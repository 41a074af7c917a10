// SPDX-License-Identifier: MIT
#pragma once

#include "operations/requestpreview.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class RequestPreviewDialog;
}

namespace sm::gui {

// A change's request before it is sent: method, URL, headers and body, the token as
// $SENTRY_AUTH_TOKEN, and "Copy as curl" for a shell with that variable set.
class RequestPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPreviewDialog)

public:
    RequestPreviewDialog(const QString &title, const ops::RequestPreview &preview,
                         QWidget *parent = nullptr);
    ~RequestPreviewDialog() override;

    QString requestText() const;
    QPushButton *copyButton() const { return m_copy; }

private:
    std::unique_ptr<Ui::RequestPreviewDialog> m_ui;
    QPushButton *m_copy = nullptr;
};

} // namespace sm::gui
