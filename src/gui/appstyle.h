// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace sm::gui {

// The platform's style (or the one -style and QT_STYLE_OVERRIDE ask for), with two changes
// that keep the first frame light:
// - the menu bar's and the tool bar's extension-button icons load when first drawn. Each bar
//   asks for its icon when it is created, though the button shows only in a window too narrow
//   for the bar; loading a style's PNG icon makes Qt try every image plugin (SVG, GIF, ICO,
//   JPEG), about 3 ms before the first frame.
// - under Fusion, the main window's tool bar is flat. Fusion's bevel is three translucent lines
//   across the window, and Qt 6.4's raster engine blends a translucent line in runs of 255
//   one-pixel spans, each run handed to its thread pool in four parts while the GUI thread
//   waits: 48 hand-overs, about 1 ms of the first frame on two cores.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    // Takes `base` over (QApplication::style(): the style already chosen, not a second one).
    explicit AppStyle(QStyle *base);
    ~AppStyle() override;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    bool m_flatToolBars = false;
};

} // namespace sm::gui
