// SPDX-License-Identifier: MIT
#include "support/guitest.h"

#include <QSettings>

namespace sm::test {

void GuiTest::init()
{
    // Settings the app saves (the members table's layout) go to a directory of this test's
    // own: never the user's, never carried from one test to the next.
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_sandbox = std::make_unique<Sandbox>();
    m_presenter = std::make_unique<RecordingPresenter>();
    m_session = std::make_unique<Session>();
}

void GuiTest::cleanup()
{
    if (m_presenter)
        m_presenter->closeAll();
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets))
        delete widget.data();
    m_widgets.clear();
    m_store.reset();
    m_session.reset();
    m_presenter.reset();
    m_sandbox.reset();
}

bool GuiTest::connectAs(const QString &who)
{
    return connectTo(m_sandbox->connectionAs(who));
}

bool GuiTest::connectTo(const ConnectionSettings &settings)
{
    return connectSession(*m_session, settings);
}

bool GuiTest::connectToPeer(const QString &url)
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(url);
    settings.organization = QStringLiteral("demo");
    settings.token = QStringLiteral("sntryu_test");
    return connectTo(settings);
}

gui::MainWindow *GuiTest::openWindow(QSize size)
{
    auto *window = own(new gui::MainWindow(m_session.get(), m_presenter.get()));
    if (size.isValid())
        window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        QTest::qFail("the main window was not exposed", __FILE__, __LINE__);
    return window;
}

} // namespace sm::test
