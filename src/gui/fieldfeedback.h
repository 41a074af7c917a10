// SPDX-License-Identifier: MIT
#pragma once

#include "core/fielderrors.h"

#include <QList>
#include <QPointer>

class QLabel;
class QWidget;

namespace sm::gui {

// Marks fields with their messages: a label right below the input (named "<input>Error"),
// the input's accessible description, and focus on the first field in error. The same
// keys serve the app's own validation and Sentry's answers.
class FieldFeedback
{
public:
    // Registers `input` for the API field `key` and places its (hidden) message label.
    void addField(const QString &key, QWidget *input);
    // Shows `errors`; returns true if any of them concerned a registered field.
    bool show(const FieldErrors &errors);
    void clear();
    QString messageFor(const QString &key) const;

private:
    struct Field
    {
        QString key;
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QList<Field> m_fields;
};

} // namespace sm::gui
