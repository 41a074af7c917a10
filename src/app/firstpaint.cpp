// SPDX-License-Identifier: MIT
#include "firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace sm::app {

namespace {

class PaintWatcher final : public QObject
{
public:
    PaintWatcher(QWidget *widget, std::function<void()> atPaint)
        : QObject(widget)
        , m_atPaint(std::move(atPaint))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            m_atPaint();
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_atPaint;
};

} // namespace

void afterFirstPaint(QWidget *widget, std::function<void()> work)
{
    // The paint event is still being delivered here: queue the work behind it.
    new PaintWatcher(widget,
                     [widget, work = std::move(work)] { QTimer::singleShot(0, widget, work); });
}

void atFirstPaint(QWidget *widget, std::function<void()> work)
{
    new PaintWatcher(widget, std::move(work));
}

void quitAtFirstPaint(QWidget *widget)
{
    atFirstPaint(widget, [] {
        std::fputs("first-paint\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
}

} // namespace sm::app
