// SPDX-License-Identifier: MIT
// sentry-members: composition root only. Options are read before QApplication exists so
// --help and --version work without a display.
#include "demoorganization.h"
#include "firstpaint.h"
#include "fontwarmup.h"
#include "launchoptions.h"
#include "startupclock.h"

#include "api/session.h"
#include "gui/appstyle.h"
#include "gui/dialogpresenter.h"
#include "gui/mainwindow.h"
#include "l10n/translations.h"
#include "profiles/connectionplan.h"
#include "profiles/profilestore.h"
#include "profiles/sessionstarter.h"

#include <QApplication>
#include <QLoggingCategory>
#include <cstdio>

// What the app found at startup (its translation, its icon), for packagers checking an
// installation: QT_LOGGING_RULES="sentry.app.info=true".
Q_LOGGING_CATEGORY(lcApp, "sentry.app", QtWarningMsg)

int main(int argc, char *argv[])
{
    sm::app::startup::begin();
    QCoreApplication::setApplicationName(QStringLiteral("sentry-members"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SENTRY_MEMBERS_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("sentry-members"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    sm::app::LaunchOptions options = sm::app::parseLaunchOptions(arguments);
    if (options.exitCode) {
        // Text only: a QCoreApplication (no display needed) carries the translation.
        QCoreApplication textOnly(argc, argv);
        sm::l10n::installTranslations(&textOnly);
        options = sm::app::parseLaunchOptions(arguments);
        std::fputs(options.output.toLocal8Bit().constData(),
                   *options.exitCode == 0 ? stdout : stderr);
        return *options.exitCode;
    }

    sm::app::startup::mark("options read");
    sm::app::FontWarmup fonts;
    QApplication app(argc, argv);
    sm::app::startup::mark("application created, display connected");
    // Before any widget: the menu bar and the tool bar ask for their icons when built.
    // The proxy takes the chosen style over, so setStyle() keeps it instead of deleting it.
    QApplication::setStyle(new sm::gui::AppStyle(QApplication::style()));
    sm::app::startup::mark(fonts.finish() ? "font configuration loaded (ahead)"
                                          : "font configuration loaded (here)");
    QApplication::setApplicationDisplayName(QStringLiteral("Sentry Members"));
    // Ties the windows to the installed desktop entry (its icon and name on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral(SENTRY_MEMBERS_APP_ID));
    if (sm::l10n::installTranslations(&app))
        qCInfo(lcApp) << "translation:" << QLocale().uiLanguages().value(0);
    else
        qCInfo(lcApp) << "translation: none needed for" << QLocale().uiLanguages().value(0);

    sm::Session session;
    sm::gui::DialogPresenter presenter;
    sm::profiles::AppSettings settings;
    sm::profiles::TokenVault vault;
    sm::profiles::ProfileStore profiles(&settings, &vault);
    sm::app::startup::mark("settings and profiles read");
    sm::gui::MainWindow window(&session, &presenter);
    window.setProfiles(&profiles);
    sm::app::startup::mark("window built");
    sm::profiles::SessionStarter starter(&profiles, &session);
    sm::app::DemoOrganization demo;

    QObject::connect(&demo, &sm::app::DemoOrganization::ready, &session, &sm::Session::connectTo);
    QObject::connect(
        &demo, &sm::app::DemoOrganization::failed, &window, [&](const QString &message) {
            sm::ApiError error;
            error.kind = sm::ApiError::Kind::Network;
            error.message = message;
            presenter.showError(&window, QObject::tr("Demo organization"), error, QString());
        });
    QObject::connect(&window, &sm::gui::MainWindow::demoRequested, &demo,
                     &sm::app::DemoOrganization::start);
    // Where this launch's connection came from, for packagers and support (never the token).
    QObject::connect(&profiles, &sm::profiles::ProfileStore::opened, &app,
                     [](const sm::profiles::Profile &profile) {
                         qCInfo(lcApp) << "profile opened:" << profile.shownName();
                     });
    QObject::connect(&profiles, &sm::profiles::ProfileStore::tokenMissing, &app,
                     [](const sm::profiles::Profile &profile, const QString &reason) {
                         qCInfo(lcApp)
                             << "profile needs its token:" << profile.shownName() << reason;
                     });
    QObject::connect(&starter, &sm::profiles::SessionStarter::connecting, &app,
                     [](const sm::connection::SourcedSettings &to) {
                         using sm::connection::sourceName;
                         qCInfo(lcApp)
                             << "connecting: url from" << sourceName(to.url) << "organization from"
                             << sourceName(to.organization) << "token from" << sourceName(to.token);
                     });
    QObject::connect(&session, &sm::Session::stateChanged, &app, [&session](sm::Session::State s) {
        if (s == sm::Session::State::Connected)
            qCInfo(lcApp) << "connected to" << session.settings().organization << "as"
                          << session.me().orgRole;
    });

    if (qEnvironmentVariableIsSet("SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT"))
        sm::app::quitAtFirstPaint(&window);

    window.show();
    sm::app::startup::mark("window shown");
    sm::app::atFirstPaint(&window, [] { sm::app::startup::mark("first paint event"); });
    sm::app::afterFirstPaint(&window, [] {
        // The installed theme icon when there is one, so the window matches the menu entry.
        // One fitting size: X11 gets every size an icon has, so the theme's whole set (16 to
        // 512 px) or the SVG's default four would each be rendered, held and sent.
        const QString name = QStringLiteral(SENTRY_MEMBERS_APP_ID);
        const QSize size(64, 64);
        if (QIcon::hasThemeIcon(name)) {
            QApplication::setWindowIcon(QIcon(QIcon::fromTheme(name).pixmap(size)));
            qCInfo(lcApp) << "window icon:" << name << "from the icon theme";
        } else {
            QApplication::setWindowIcon(
                QIcon(QIcon(QStringLiteral(":/icons/sentry-members.svg")).pixmap(size)));
            qCInfo(lcApp) << "window icon: built in";
        }
    });
    // Flags, then a named profile, then the environment (as sentry-cli reads it), then the
    // last profile: the same order as the command-line tool's.
    const sm::profiles::ConnectionPlan plan = sm::profiles::planConnection(
        options.flags, options.profile, QProcessEnvironment::systemEnvironment(),
        profiles.profiles(), profiles.lastProfile());
    for (const QString &notice : plan.notices + QStringList(plan.problem))
        if (!notice.isEmpty())
            std::fputs(qPrintable(notice + QLatin1Char('\n')), stderr);
    using Plan = sm::profiles::ConnectionPlan::Kind;
    if (options.demo) { // the sandbox would share the cores with the first frame
        sm::app::afterFirstPaint(&window, [&demo] { demo.start(); });
    } else if (plan.kind == Plan::Connect) {
        starter.start(plan);
    } else if (plan.kind == Plan::OpenProfile) { // the keychain answers asynchronously
        sm::app::afterFirstPaint(&window, [&starter, plan] { starter.start(plan); });
    } else { // first run, or a profile that is not there: ask, offering the demo organization
        sm::app::afterFirstPaint(&window, [&window, &presenter, plan] {
            window.openConnectDialog(true, plan.connection.settings);
            if (plan.kind == Plan::Refuse)
                presenter.showWarning(&window, QObject::tr("Profile not found"), plan.problem);
        });
    }
    sm::app::startup::mark("event loop entered");
    return app.exec();
}
