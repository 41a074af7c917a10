// SPDX-License-Identifier: MIT
#include "profiles/sessionstarter.h"

#include "api/session.h"
#include "profiles/profilestore.h"

namespace sm::profiles {

SessionStarter::SessionStarter(ProfileStore *profiles, Session *session, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_session(session)
{
    connect(profiles, &ProfileStore::opened, this,
            [this](const Profile &profile, const ConnectionSettings &connection) {
                connection::Flags flags;
                if (profile.id == m_plannedProfile)
                    flags = m_plannedFlags;
                m_plannedProfile.clear();
                connectWith(overlay(connection, flags));
            });
}

void SessionStarter::start(const ConnectionPlan &plan)
{
    switch (plan.kind) {
    case ConnectionPlan::Kind::Connect:
        connectWith(plan.connection);
        break;
    case ConnectionPlan::Kind::OpenProfile:
        m_plannedProfile = plan.profileId;
        m_plannedFlags = plan.flags;
        m_profiles->open(plan.profileId);
        break;
    case ConnectionPlan::Kind::Ask:
    case ConnectionPlan::Kind::Refuse:
        break;
    }
}

void SessionStarter::connectWith(const connection::SourcedSettings &settings)
{
    emit connecting(settings);
    m_session->connectTo(settings.settings);
}

} // namespace sm::profiles
