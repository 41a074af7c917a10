// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace sm::gui {

// The platform's style (or the one -style and QT_STYLE_OVERRIDE ask for), except that the
// menu bar's and the tool bar's extension-button icons load when first drawn. Each bar asks
// for its icon when it is created, though the button shows only in a window too narrow for
// the bar; loading a style's PNG icon makes Qt try every image plugin (SVG, GIF, ICO, JPEG),
// about 3 ms before the first frame.
class DeferredIconStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredIconStyle)

public:
    // Takes `base` over (QApplication::style(): the style already chosen, not a second one).
    explicit DeferredIconStyle(QStyle *base);
    ~DeferredIconStyle() override;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace sm::gui
