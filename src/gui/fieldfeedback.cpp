// SPDX-License-Identifier: MIT
#include "gui/fieldfeedback.h"

#include "l10n/displaytext.h"
#include "l10n/sentrytext.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QWidget>

namespace sm::gui {

namespace {

bool layoutContains(QLayout *layout, QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget || (item->layout() && layoutContains(item->layout(), widget)))
            return true;
    }
    return false;
}

// Puts `label` right below the row of `input`, in a form layout or a box layout.
void placeBelow(QWidget *input, QLabel *label)
{
    QWidget *owner = input->parentWidget();
    while (owner && !(owner->layout() && layoutContains(owner->layout(), input)))
        owner = owner->parentWidget();
    if (!owner)
        return;
    // Descend to the innermost form or vertical box that holds the input's row.
    QLayout *layout = owner->layout();
    for (bool descended = true; descended;) {
        descended = false;
        if (auto *form = qobject_cast<QFormLayout *>(layout)) {
            for (int row = 0; row < form->rowCount(); ++row) {
                for (auto role : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
                    QLayoutItem *item = form->itemAt(row, role);
                    if (item && (item->widget() == input ||
                                 (item->layout() && layoutContains(item->layout(), input)))) {
                        form->insertRow(row + 1, QString(), label);
                        return;
                    }
                }
            }
        }
        if (auto *box = qobject_cast<QBoxLayout *>(layout)) {
            for (int i = 0; i < box->count(); ++i) {
                QLayoutItem *item = box->itemAt(i);
                if (item->widget() == input && box->direction() == QBoxLayout::TopToBottom) {
                    box->insertWidget(i + 1, label);
                    return;
                }
                if (item->layout() && layoutContains(item->layout(), input)) {
                    auto *inner = item->layout();
                    const bool horizontal =
                        qobject_cast<QBoxLayout *>(inner) &&
                        static_cast<QBoxLayout *>(inner)->direction() == QBoxLayout::LeftToRight;
                    if (horizontal && box->direction() == QBoxLayout::TopToBottom) {
                        box->insertWidget(i + 1, label);
                        return;
                    }
                    layout = inner;
                    descended = true;
                    break;
                }
            }
        }
    }
}

// A field's message in red that stays readable on the current palette: a darker red on light
// windows and a lighter one on dark windows, both above WCAG's 4.5:1 contrast, re-chosen
// when the palette changes (a desktop switching to dark mode while the app runs).
class ErrorLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    void adaptToPalette()
    {
        const bool darkWindow = palette().color(QPalette::Window).lightnessF() < 0.5;
        const QColor red = darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
        if (palette().color(QPalette::WindowText) == red)
            return;
        QPalette adapted = palette();
        adapted.setColor(QPalette::WindowText, red);
        setPalette(adapted);
    }

    // QLabel guesses a wrapped text's height for a narrow width of its own, and form layouts
    // take that guess: a one-line message got a box several lines tall, its text centred far
    // below its field. The height here is the text's at the width the label really has.
    QSize sizeHint() const override
    {
        QSize hint = QLabel::sizeHint();
        if (width() > 0)
            hint.setHeight(heightForWidth(width()));
        return hint;
    }
    QSize minimumSizeHint() const override
    {
        return {QLabel::minimumSizeHint().width(), sizeHint().height()};
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange)
            adaptToPalette();
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry();
    }
};

} // namespace

void FieldFeedback::addField(const QString &key, QWidget *input)
{
    auto *label = new ErrorLabel(input->parentWidget());
    label->setObjectName(input->objectName() + QLatin1String("Error"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->adaptToPalette();
    label->setVisible(false);
    placeBelow(input, label);
    m_fields.append({key, input, label});
}

bool FieldFeedback::show(const FieldErrors &errors)
{
    clear();
    QWidget *first = nullptr;
    for (const Field &field : std::as_const(m_fields)) {
        const QStringList messages = errors.value(field.key);
        if (messages.isEmpty() || !field.label)
            continue;
        const QString text = l10n::forDisplay(l10n::sentryText(messages));
        field.label->setText(text);
        field.label->setVisible(true);
        if (field.input) {
            field.input->setAccessibleDescription(text);
            field.input->setProperty("invalid", true);
            if (!first)
                first = field.input;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first != nullptr;
}

void FieldFeedback::clear()
{
    for (const Field &field : std::as_const(m_fields)) {
        if (field.label) {
            field.label->clear();
            field.label->setVisible(false);
        }
        if (field.input) {
            field.input->setAccessibleDescription(QString());
            field.input->setProperty("invalid", false);
        }
    }
}

QString FieldFeedback::messageFor(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key && field.label &&
            field.label->isVisibleTo(field.label->parentWidget()))
            return field.label->text();
    }
    return {};
}

} // namespace sm::gui
