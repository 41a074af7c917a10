// SPDX-License-Identifier: MIT
#include "gui/connectioncontroller.h"

#include "api/session.h"
#include "gui/confirmchangedialog.h"
#include "gui/connectdialog.h"
#include "gui/dialogpresenter.h"
#include "gui/profilemenu.h"
#include "profiles/profilestore.h"

#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

namespace sm::gui {

namespace {

// The profile a connect dialog asks the token for, when it was opened for one.
constexpr char tokenPromptFor[] = "tokenPromptFor";

} // namespace

ConnectionController::ConnectionController(Session *session, DialogPresenter *presenter,
                                           QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_session(session)
    , m_presenter(presenter)
    , m_window(window)
    , m_statusBar(statusBar)
{}

void ConnectionController::openConnectDialog(bool offerDemo,
                                             const std::optional<ConnectionSettings> &initial)
{
    askForToken(initial.value_or(m_session->settings()), QString(), QString());
    if (m_connectDialog)
        m_connectDialog->setDemoOffered(offerDemo);
}

void ConnectionController::askForToken(const ConnectionSettings &initial,
                                       const QString &profileName, const QString &why)
{
    if (m_connectDialog) {
        m_connectDialog->setNote(why);
        m_connectDialog->raise();
        return;
    }
    auto *dialog = new ConnectDialog(initial, m_session->client(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDemoOffered(false);
    dialog->setProfileName(profileName);
    dialog->setNote(why);
    m_connectDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            const ConnectionSettings chosen = dialog->settings();
            if (m_profiles)
                m_profiles->remember(chosen, dialog->profileName(), dialog->rememberToken());
            m_session->connectTo(chosen);
        } else if (result == ConnectDialog::DemoRequested) {
            emit demoRequested();
        }
    });
    dialog->open();
}

void ConnectionController::setProfiles(profiles::ProfileStore *store, QMenu *menu)
{
    m_profiles = store;
    m_profileMenu = new ProfileMenu(store, menu, m_window);
    m_statusBar->insertPermanentWidget(0, m_profileMenu->button());
    connect(m_profileMenu, &ProfileMenu::removeRequested, this,
            &ConnectionController::confirmRemoveProfile);
    connect(store, &profiles::ProfileStore::opened, this, [this](const profiles::Profile &profile) {
        // The keychain answered after all (unlocked late): its prompt for the token has
        // nothing left to ask.
        if (m_connectDialog && m_connectDialog->property(tokenPromptFor) == profile.id)
            m_connectDialog->reject();
        m_statusBar->clearMessage();
    });
    connect(store, &profiles::ProfileStore::readingToken, this,
            [this](const profiles::Profile &profile) {
                m_statusBar->showMessage(
                    tr("%1: reading the token from the system keychain…").arg(profile.shownName()));
            });
    connect(store, &profiles::ProfileStore::tokenMissing, this,
            [this](const profiles::Profile &profile, const QString &reason) {
                m_statusBar->clearMessage();
                askForToken(
                    profile.connection(), profile.displayName,
                    tr("%1: %2 Enter the token to connect.").arg(profile.shownName(), reason));
                if (m_connectDialog)
                    m_connectDialog->setProperty(tokenPromptFor, profile.id);
            });
    // Where the token went is said only when it is not the keychain, and why.
    connect(store, &profiles::ProfileStore::saved, this,
            [this](const profiles::Profile &profile, const QString &note) {
                if (!note.isEmpty())
                    m_presenter->showWarning(m_window, tr("Token not saved"),
                                             tr("%1: %2").arg(profile.shownName(), note));
            });
    connect(
        store, &profiles::ProfileStore::tokenForgotten, this,
        [this](const profiles::Profile &profile, const QString &note) {
            m_statusBar->showMessage(
                note.isEmpty()
                    ? tr("The token of %1 was deleted from the keychain.").arg(profile.shownName())
                    : tr("%1: %2").arg(profile.shownName(), note),
                10000);
        });
}

void ConnectionController::confirmRemoveProfile(const QString &profileId)
{
    const std::optional<profiles::Profile> profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("removeProfileConfirmation");
    confirmation.title = tr("Remove profile");
    confirmation.question =
        tr("Remove the profile %1 and its saved token?").arg(profile->shownName());
    confirmation.actionText = tr("Remove");
    confirmation.actionObjectName = QStringLiteral("confirmRemoveProfileButton");
    ConfirmChangeDialog *dialog = m_presenter->confirm(m_window, confirmation);
    connect(dialog, &ConfirmChangeDialog::confirmed, this,
            [this, profileId] { m_profiles->remove(profileId); });
}

} // namespace sm::gui
