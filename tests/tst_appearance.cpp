// SPDX-License-Identifier: MIT
// How the app looks: the main window, every form and the dialogs in a light and a dark
// palette, in English and German, at the scale CTest gives (QT_SCALE_FACTOR 1 and 2).
// Checks what a reviewer would: the windows follow the palette, error text keeps its
// contrast, nothing is cut off, and pixels match the scale. PNGs go to the build tree.
#include "support/guitest.h"

#include "gui/appstyle.h"
#include "gui/connectdialog.h"
#include "gui/mainwindow.h"
#include "gui/membersview.h"
#include "gui/taskform.h"
#include "l10n/translations.h"
#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace sm;
using namespace sm::test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xf0, 0xf0, 0xf0);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2a, 0x82, 0xda);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(120));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

double relativeLuminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double medianLuminance(const QImage &image)
{
    std::vector<double> values;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 3) {
        for (int x = 0; x < rgb.width(); x += 3)
            values.push_back(relativeLuminance(QColor(rgb.pixel(x, y))));
    }
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// Labels and buttons narrower than their text needs are cut off on screen.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QPushButton *>(w);
        if ((label && !label->wordWrap() && !label->text().isEmpty()) || button) {
            if (w->width() < w->minimumSizeHint().width())
                clipped.append(w->objectName());
        }
    }
    return clipped;
}

} // namespace

class TestAppearance : public GuiTest
{
    Q_OBJECT

    const QPalette m_systemPalette = QApplication::palette();

    static QString scaleSuffix() { return QStringLiteral("@%1x").arg(qApp->devicePixelRatio()); }

    static void checkPixels(QWidget *widget, const QImage &shot)
    {
        const qreal scale = qApp->devicePixelRatio();
        QCOMPARE(shot.devicePixelRatio(), scale);
        QCOMPARE(shot.size(), (widget->size() * scale));
    }

    void shoot(QWidget *widget, const QString &name, bool dark)
    {
        const QImage shot = widget->grab().toImage();
        checkPixels(widget, shot);
        const double median = medianLuminance(shot);
        if (dark)
            QVERIFY2(median < 0.1, qPrintable(name + QStringLiteral(" is not dark")));
        else
            QVERIFY2(median > 0.6, qPrintable(name + QStringLiteral(" is not light")));
        const QStringList clipped = clippedTexts(widget);
        QVERIFY2(clipped.isEmpty(), qPrintable(name + QStringLiteral(": cut off: ") +
                                               clipped.join(QLatin1String(", "))));
        const QString dir = QStringLiteral(SCREENSHOT_DIR "/appearance");
        QDir().mkpath(dir);
        QVERIFY(shot.save(dir + QLatin1Char('/') + name + scaleSuffix() + QStringLiteral(".png")));
    }

private slots:
    void cleanup()
    {
        GuiTest::cleanup();
        QApplication::setPalette(m_systemPalette);
        removeTranslators();
    }

    void windowsAndForms_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("language");
        QTest::newRow("light-en") << false << QStringLiteral("en");
        QTest::newRow("dark-en") << true << QStringLiteral("en");
        QTest::newRow("light-de") << false << QStringLiteral("de");
        QTest::newRow("dark-de") << true << QStringLiteral("de");
    }

    void windowsAndForms()
    {
        QFETCH(bool, dark);
        QFETCH(QString, language);
        if (dark)
            QApplication::setPalette(darkPalette());
        l10n::installTranslations(qApp, QLocale(language));
        const QString tag = (dark ? QStringLiteral("dark-") : QStringLiteral("light-")) + language;

        gui::MainWindow *window = openWindow(QSize(900, 680));
        QVERIFY(connectAs(QStringLiteral("owner")));

        // The directory first, as a new user sees it once connected.
        QVERIFY(waitUntil([&] {
            return !window->membersView()->directory()->isLoading() &&
                   window->membersView()->directory()->loadedCount() > 0;
        }));
        shoot(window, QStringLiteral("members-") + tag, dark);
        window->ui()->actionShowTeams->trigger();
        shoot(window, QStringLiteral("teams-") + tag, dark);

        const QList<gui::TaskForm *> forms = window->forms();
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("taskTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < forms.size(); ++i) {
            window->showTask(i);
            QVERIFY(waitUntil([&] { return !forms.at(i)->isLoading(); }));
            shoot(window, QStringLiteral("form%1-%2").arg(i + 1).arg(tag), dark);
        }

        // A field error stays readable on this palette.
        window->showTask(0);
        auto *email = forms.first()->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        QVERIFY(email);
        typeInto(email, QStringLiteral("not-an-email"));
        QTest::mouseClick(forms.first()->submitButton(), Qt::LeftButton);
        auto *error = forms.first()->findChild<QLabel *>(QStringLiteral("emailEditError"));
        QVERIFY(error && error->isVisible());
        const double ratio = contrast(error->palette().color(QPalette::WindowText),
                                      error->palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("error text contrast %1").arg(ratio)));
        shoot(window, QStringLiteral("invite-error-") + tag, dark);

        window->openConnectDialog(true);
        gui::ConnectDialog *connect = window->connectDialog();
        QVERIFY(connect);
        QVERIFY(QTest::qWaitForWindowExposed(connect));
        shoot(connect, QStringLiteral("connect-") + tag, dark);
        connect->reject();
    }

    void errorTextFollowsAPaletteChange()
    {
        gui::MainWindow *window = openWindow();
        window->showTask(0); // the task forms are built when first shown
        auto *error = window->findChild<QLabel *>(QStringLiteral("emailEditError"));
        QVERIFY(error);
        const QColor light = error->palette().color(QPalette::WindowText);
        QApplication::setPalette(darkPalette());
        // Widgets take a new application palette through posted events.
        QTRY_COMPARE(error->palette().color(QPalette::Window),
                     darkPalette().color(QPalette::Window));
        const QColor dark = error->palette().color(QPalette::WindowText);
        QVERIFY(light != dark);
        QVERIFY(contrast(dark, error->palette().color(QPalette::Window)) >= 4.5);
    }

    // The app's style loads the bars' extension icons late, and they are the base style's
    // own; a narrow window's menu bar shows its extension button with that icon.
    void deferredExtensionIcons_areTheStylesOwn()
    {
        gui::AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(fusion);
        const QSize size(16, 16);
        for (QStyle::StandardPixmap which :
             {QStyle::SP_ToolBarHorizontalExtensionButton,
              QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_DialogOkButton}) {
            const QIcon deferred = style.standardIcon(which);
            QVERIFY(!deferred.isNull());
            QCOMPARE(deferred.pixmap(size).toImage(),
                     fusion->standardIcon(which).pixmap(size).toImage());
        }

        QMainWindow window;
        window.setStyle(&style);
        QMenuBar *bar = window.menuBar();
        bar->setStyle(&style);
        for (const QString &title : {QStringLiteral("File"), QStringLiteral("Members"),
                                     QStringLiteral("Teams"), QStringLiteral("Help")})
            bar->addMenu(title);
        window.resize(60, 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto buttons = bar->findChildren<QToolButton *>();
        const auto extension = std::find_if(buttons.cbegin(), buttons.cend(),
                                            [](const QToolButton *b) { return b->isVisible(); });
        QVERIFY2(extension != buttons.cend(), "a narrow menu bar shows its extension button");
        QCOMPARE((*extension)->icon().pixmap(size).toImage(),
                 fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                     .pixmap(size)
                     .toImage());
    }

    // Under Fusion the main window's tool bar is one fill of the window colour: its bevel's
    // translucent lines cost the first frame about 1 ms. Another style's tool bar, and a tool
    // bar outside a main window, are drawn as the base style draws them.
    void mainWindowToolBar_isFlatOnlyUnderFusion()
    {
        const auto drawn = [](QStyle *style, bool inMainWindow) {
            QMainWindow window;
            QWidget plain;
            auto *bar = new QToolBar(QStringLiteral("Tasks"));
            bar->setMovable(false);
            bar->setStyle(style);
            if (inMainWindow)
                window.addToolBar(bar);
            else
                bar->setParent(&plain);
            bar->setFixedSize(300, 30);
            return bar->grab().toImage();
        };
        const auto isFlat = [](const QImage &image, const QColor &color) {
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y).rgb() != color.rgb())
                        return false;
            return true;
        };
        const QColor window = QApplication::palette().color(QPalette::Window);

        gui::AppStyle app(QStyleFactory::create(QStringLiteral("Fusion")));
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(isFlat(drawn(&app, true), window));
        QVERIFY2(!isFlat(drawn(fusion.get(), true), window), "Fusion bevels a main window's bar");
        QCOMPARE(drawn(&app, false), drawn(fusion.get(), false));

        gui::AppStyle overWindows(QStyleFactory::create(QStringLiteral("Windows")));
        const std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
        QCOMPARE(drawn(&overWindows, true), drawn(windows.get(), true));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
