// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class MessageDialog;
}

namespace sm::gui {

// The result and error dialog: a sentence the user can read and select, and the raw
// response behind "Details". Screen readers hear the title and the sentence; an error or a
// warning (something did not go as asked, though nothing failed) is an alert.
class MessageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDialog)

public:
    enum class Kind
    {
        Success,
        Warning,
        Error
    };

    MessageDialog(Kind kind, const QString &title, const QString &summary, const QString &details,
                  QWidget *parent = nullptr);
    ~MessageDialog() override;

    Kind kind() const { return m_kind; }
    QString summary() const;
    QString details() const;

private:
    std::unique_ptr<Ui::MessageDialog> m_ui;
    Kind m_kind;
};

} // namespace sm::gui
