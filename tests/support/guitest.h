// SPDX-License-Identifier: MIT
#pragma once

#include "support/guisupport.h"

#include "gui/mainwindow.h"
#include "gui/taskform.h"

#include <QPointer>
#include <QTemporaryDir>

namespace sm::test {

// What every GUI suite derives from (the shape of KeePassXC's GuiTestBase): for each test
// a fresh sandbox, a session and a presenter that records what the user was shown and
// still opens the real dialogs; helpers to connect, open the main window or one task form.
// Whatever the fixture made is torn down after each test, widgets before the session.
// A suite with setup of its own defines init()/cleanup() and calls these first/last.
class GuiTest : public QObject
{
    Q_OBJECT

protected:
    // (Re)connects the session as the sandbox token `who` ("owner", "manager", "member",
    // "integration") or to `settings`; false if it did not connect within the patience.
    [[nodiscard]] bool connectAs(const QString &who);
    [[nodiscard]] bool connectTo(const ConnectionSettings &settings);
    // Connects to a loopback peer of the test's own (a RawHttpServer) at `url`.
    [[nodiscard]] bool connectToPeer(const QString &url);

    // The main window for the session, shown at `size` (its own default when empty).
    gui::MainWindow *openWindow(QSize size = {});
    // One task form on its own for the session: refreshed, shown, its pickers loaded.
    template<typename Form> Form *openForm()
    {
        if (!m_store) {
            m_store = std::make_unique<directory::MemberDirectory>(m_session->client());
            m_store->follow(m_session.get());
        }
        auto *form = own(new Form(m_session.get(), m_store.get(), m_presenter.get()));
        form->refresh();
        form->show();
        // The store's whole load too, so later requests in the sandbox are the test's.
        if (!QTest::qWaitFor([this, form] { return !form->isLoading() && !m_store->isLoading(); },
                             patience))
            QTest::qFail("the form's pickers did not load", __FILE__, __LINE__);
        return form;
    }
    // Makes `widget` the fixture's: destroyed after the test, before the session.
    template<typename W> W *own(W *widget)
    {
        m_widgets.append(widget);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Session> m_session;
    // The organization store of forms opened on their own (a window has its own).
    std::unique_ptr<directory::MemberDirectory> m_store;
    std::unique_ptr<RecordingPresenter> m_presenter;

protected slots:
    void init();
    void cleanup();

private:
    QList<QPointer<QWidget>> m_widgets;
};

} // namespace sm::test
