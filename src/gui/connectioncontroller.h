// SPDX-License-Identifier: MIT
#pragma once

#include "api/connection.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMenu;
class QStatusBar;
class QWidget;

namespace sm {
class Session;
}

namespace sm::profiles {
class ProfileStore;
}

namespace sm::gui {

class ConnectDialog;
class DialogPresenter;
class ProfileMenu;

// How the window asks where to connect: the Connect dialog, the saved profiles' menu and
// status-bar button, the token prompt for a profile without its token, and what is said
// when a token was not saved or was forgotten. Connecting a session from an opened profile
// is profiles::SessionStarter's; this only asks and tells.
class ConnectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionController)

public:
    ConnectionController(Session *session, DialogPresenter *presenter, QWidget *window,
                         QStatusBar *statusBar);

    // Opens the connect dialog (non-blocking); `offerDemo` shows the demo choice. It starts
    // from the session's connection, or from `initial` when given.
    void openConnectDialog(bool offerDemo,
                           const std::optional<ConnectionSettings> &initial = std::nullopt);
    ConnectDialog *connectDialog() const { return m_connectDialog; }
    // Saved connections: fills `menu`, puts the profile button in the status bar and saves
    // what the connect dialog accepts. Without it nothing is saved.
    void setProfiles(profiles::ProfileStore *store, QMenu *menu);
    ProfileMenu *profileMenu() const { return m_profileMenu; }

signals:
    void demoRequested();

private:
    void askForToken(const ConnectionSettings &initial, const QString &profileName,
                     const QString &why);
    void confirmRemoveProfile(const QString &profileId);

    Session *m_session;
    DialogPresenter *m_presenter;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    QPointer<ConnectDialog> m_connectDialog;
    profiles::ProfileStore *m_profiles = nullptr;
    ProfileMenu *m_profileMenu = nullptr;
};

} // namespace sm::gui
