// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolButton;

namespace sm::profiles {
class ProfileStore;
}

namespace sm::gui {

// The saved profiles in the File menu's Profiles submenu and behind a status-bar button: one
// checkable entry per profile (the current one checked), then Forget Saved Token and Remove
// Profile for the current one. Choosing a profile opens it through the store.
class ProfileMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileMenu)

public:
    ProfileMenu(profiles::ProfileStore *store, QMenu *menu, QWidget *parent);
    ~ProfileMenu() override;

    QToolButton *button() const { return m_button; }
    QAction *forgetTokenAction() const { return m_forget; }
    QAction *removeAction() const { return m_remove; }

signals:
    void removeRequested(const QString &profileId);

private:
    void rebuild();
    void popUp();

    profiles::ProfileStore *m_store;
    QPointer<QMenu> m_menu;
    QToolButton *m_button;
    QAction *m_forget;
    QAction *m_remove;
};

} // namespace sm::gui
