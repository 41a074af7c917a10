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
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(menu);
    m_button->setAutoRaise(true);
    // The text is the profile's name; the description says what the button is.
    m_button->setAccessibleDescription(tr("Profile: choose another saved connection"));
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
