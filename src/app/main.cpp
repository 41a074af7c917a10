// sentry-members: composition root only. Options are read before QApplication exists so
// --help and --version work without a display.
#include "demoorganization.h"
#include "launchoptions.h"

#include "api/session.h"
#include "gui/dialogpresenter.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

namespace {

// For the startup benchmark: quit as soon as the main window has painted once.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("sentry-members"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SENTRY_MEMBERS_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("sentry-members"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const sm::app::LaunchOptions options =
        sm::app::parseLaunchOptions(arguments, QProcessEnvironment::systemEnvironment());
    if (options.exitCode) {
        std::fputs(options.output.toLocal8Bit().constData(),
                   *options.exitCode == 0 ? stdout : stderr);
        return *options.exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Sentry Members"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sentry-members.svg")));

    sm::Session session;
    sm::gui::DialogPresenter presenter;
    sm::gui::MainWindow window(&session, &presenter);
    sm::app::DemoOrganization demo;

    auto startDemo = [&] {
        if (const auto settings = demo.ownerConnection())
            session.connectTo(*settings);
    };
    QObject::connect(&window, &sm::gui::MainWindow::demoRequested, &app, startDemo);

    QuitAfterFirstPaint firstPaint;
    if (qEnvironmentVariableIsSet("SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&firstPaint);

    window.show();
    if (options.demo)
        startDemo();
    else if (options.canConnect())
        session.connectTo(options.connection);
    else // first run: ask, offering the demo organization
        QTimer::singleShot(0, &window, [&window] { window.openConnectDialog(true); });
    return app.exec();
}
