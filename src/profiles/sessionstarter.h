// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/connectionplan.h"

#include <QObject>

namespace sm {
class Session;
}

namespace sm::profiles {

class ProfileStore;

// Puts profiles and a launch's plan to work on a session: a profile that opens (from the
// plan, a menu or a token prompt) connects the session; the plan's flags apply to the
// profile the plan opened, not to one the user picks later. Any front end uses it; the
// questions (a token prompt, an error) are the front end's.
class SessionStarter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStarter)

public:
    SessionStarter(ProfileStore *profiles, Session *session, QObject *parent = nullptr);

    // Connect: at once. OpenProfile: once the keychain gives the token (tokenMissing
    // otherwise, from the store). Ask and Refuse start nothing.
    void start(const ConnectionPlan &plan);

signals:
    // The session was asked to connect with `settings` (where each value came from).
    void connecting(const sm::connection::SourcedSettings &settings);

private:
    void connectWith(const connection::SourcedSettings &settings);

    ProfileStore *m_profiles;
    Session *m_session;
    QString m_plannedProfile; // the plan's profile while its token is read
    connection::Flags m_plannedFlags;
};

} // namespace sm::profiles
