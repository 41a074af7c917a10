// SPDX-License-Identifier: MIT
#pragma once

#include "operations/requestpreview.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;

namespace Ui {
class ConfirmChangeDialog;
}

namespace sm::gui {

// What a confirmation asks before a change that cannot be taken back.
struct Confirmation
{
    QString objectName;       // "removeConfirmation": what tests and scripts find
    QString title;            // "Remove member"
    QString question;         // "Remove Ada Hopper from acme?"
    QString consequence;      // what follows, in one or two sentences
    QString actionText;       // "Remove"
    QString actionObjectName; // "confirmRemoveButton"
    // When set, the action stays unavailable until this is typed again (case aside), so a
    // slip cannot do the change.
    QString typeToConfirm;
    // The request the action sends, shown by "Preview request…"; none for local changes.
    std::optional<ops::RequestPreview> request;
};

// Asks before a change: Cancel is the default (Enter and Escape change nothing), the
// action's button says what it does, and "Preview request…" shows what would be sent.
class ConfirmChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmChangeDialog)

public:
    explicit ConfirmChangeDialog(const Confirmation &confirmation, QWidget *parent = nullptr);
    ~ConfirmChangeDialog() override;

    QPushButton *actionButton() const { return m_action; }
    QPushButton *previewButton() const { return m_preview; }
    QLineEdit *typedEdit() const;
    // The question and its consequence, as shown.
    QString text() const;

signals:
    // The action's button was pressed (the dialog is closing).
    void confirmed();

private:
    std::unique_ptr<Ui::ConfirmChangeDialog> m_ui;
    QPushButton *m_action = nullptr;
    QPushButton *m_preview = nullptr;
};

} // namespace sm::gui
