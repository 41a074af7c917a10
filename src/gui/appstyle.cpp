// SPDX-License-Identifier: MIT
#include "gui/appstyle.h"

#include <QIconEngine>
#include <QMainWindow>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

namespace sm::gui {

namespace {

// Asks the style for the real icon the first time anything needs its pixels or sizes.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString key() const override { return QStringLiteral("sm-deferred-style-icon"); }
    bool isNull() override { return false; } // asking would load it
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    DeferredIconEngine(const DeferredIconEngine &) = default;

    const QIcon &icon()
    {
        if (!m_loaded && m_style) {
            m_icon = m_style->standardIcon(m_which);
            m_loaded = true;
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
    bool m_loaded = false;
};

} // namespace

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
    , m_flatToolBars(baseStyle()->name() == QLatin1String("fusion"))
{}

AppStyle::~AppStyle() = default;

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton ||
        standardIcon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredIconEngine(baseStyle(), standardIcon));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    // Fusion bevels only a main window's tool bars; the others it leaves undrawn.
    if (element == CE_ToolBar && m_flatToolBars && widget &&
        qobject_cast<const QMainWindow *>(widget->parentWidget())) {
        painter->fillRect(option->rect, option->palette.window());
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace sm::gui
