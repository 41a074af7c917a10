// SPDX-License-Identifier: MIT
#include "gui/profilemenu.h"

#include "profiles/profilestore.h"

#include <QActionGroup>
#include <QMenu>
#include <QToolButton>

namespace sm::gui {

ProfileMenu::ProfileMenu(profiles::ProfileStore *store, QMenu *menu, QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_menu(menu)
    , m_button(new QToolButton(parent))
    , m_forget(new QAction(tr("&Forget Saved Token"), this))
    , m_remove(new QAction(tr("&Remove Profile…"), this))
{
    m_button->setObjectName(QStringLiteral("profileButton"));
    m_button->setAutoRaise(true);
    // A plain button that opens the menu when pressed: a button that owns its menu
    // (setMenu, instant popup) offers screen readers only "ShowMenu", which Qt ignores for
    // instant popups, and any other popup mode opens the menu in a nested event loop that
    // holds the screen reader's request until the menu closes. popup() returns at once.
    connect(m_button, &QToolButton::clicked, this, &ProfileMenu::popUp);
    // The text is the profile's name; the description says what the button is.
    m_button->setAccessibleDescription(
        tr("Profile: press to choose another saved connection from a menu"));
    m_forget->setObjectName(QStringLiteral("actionForgetToken"));
    m_forget->setStatusTip(tr("Delete this profile's token from the system keychain"));
    m_remove->setObjectName(QStringLiteral("actionRemoveProfile"));
    m_remove->setStatusTip(tr("Remove this profile and its saved token"));
    connect(m_forget, &QAction::triggered, this,
            [this] { m_store->forgetToken(m_store->currentId()); });
    connect(m_remove, &QAction::triggered, this,
            [this] { emit removeRequested(m_store->currentId()); });
    connect(store, &profiles::ProfileStore::profilesChanged, this, &ProfileMenu::rebuild);
    rebuild();
}

ProfileMenu::~ProfileMenu() = default;

void ProfileMenu::popUp()
{
    if (!m_menu)
        return;
    // Above the button: it sits in the status bar, at the bottom of the window.
    const QPoint corner = m_button->mapToGlobal(QPoint(0, 0));
    m_menu->popup(QPoint(corner.x(), corner.y() - m_menu->sizeHint().height()));
}

void ProfileMenu::rebuild()
{
    if (!m_menu)
        return;
    m_menu->clear();
    auto *group = new QActionGroup(m_menu);
    const QList<profiles::Profile> all = m_store->profiles();
    QString currentName;
    for (const profiles::Profile &profile : all) {
        QString text = profile.shownName();
        auto *action = m_menu->addAction(text.replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setCheckable(true);
        action->setChecked(profile.id == m_store->currentId());
        action->setActionGroup(group);
        action->setData(profile.id);
        action->setStatusTip(
            tr("Connect to %1 on %2").arg(profile.organization, profile.baseUrl.toString()));
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { m_store->open(id); });
        if (profile.id == m_store->currentId())
            currentName = profile.shownName();
    }
    if (all.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No saved profiles"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_forget);
    m_menu->addAction(m_remove);
    const std::optional<profiles::Profile> current = m_store->profile(m_store->currentId());
    m_forget->setEnabled(current.has_value());
    m_remove->setEnabled(current.has_value());
    m_button->setText(currentName.isEmpty() ? tr("No profile") : currentName);
    m_button->setToolTip(tr("Saved connections"));
}

} // namespace sm::gui
