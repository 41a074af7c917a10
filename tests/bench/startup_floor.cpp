// SPDX-License-Identifier: MIT
// The floor for "time to first window": a bare QMainWindow, built and quit exactly like the
// app under SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(820, 620);
    QuitAfterFirstPaint quit;
    window.installEventFilter(&quit);
    window.show();
    return app.exec();
}
