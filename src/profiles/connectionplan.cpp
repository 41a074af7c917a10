// SPDX-License-Identifier: MIT
#include "profiles/connectionplan.h"

#include <QCoreApplication>

namespace sm::profiles {

std::optional<Profile> findProfile(const QList<Profile> &profiles, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const Profile &profile : profiles) {
        if (profile.id == wanted)
            return profile;
    }
    for (const Profile &profile : profiles) {
        if (profile.shownName().compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

connection::SourcedSettings overlay(const ConnectionSettings &profileConnection,
                                    const connection::Flags &flags)
{
    connection::SourcedSettings sourced;
    sourced.settings = profileConnection;
    sourced.url = connection::Source::Profile;
    sourced.organization = connection::Source::Profile;
    sourced.token = connection::Source::Profile;
    sourced.caFile = profileConnection.caFile.isEmpty() ? connection::Source::Default
                                                        : connection::Source::Profile;
    return connection::withFlags(sourced, flags);
}

ConnectionPlan planConnection(const connection::Flags &flags, const QString &namedProfile,
                              const QProcessEnvironment &env, const QList<Profile> &profiles,
                              const std::optional<Profile> &last)
{
    ConnectionPlan plan;
    plan.flags = flags;
    const connection::SourcedSettings fromEnvironment =
        connection::withFlags(connection::environmentSettings(env), flags);
    const auto openProfile = [&plan, &flags](const Profile &profile) {
        plan.kind = ConnectionPlan::Kind::OpenProfile;
        plan.profileId = profile.id;
        plan.connection = overlay(profile.connection(), flags);
    };

    if (!namedProfile.trimmed().isEmpty()) {
        const std::optional<Profile> named = findProfile(profiles, namedProfile);
        if (!named) {
            plan.kind = ConnectionPlan::Kind::Refuse;
            plan.problem = QCoreApplication::translate("sm::profiles::ConnectionPlan",
                                                       "There is no profile named \"%1\".")
                               .arg(namedProfile.trimmed());
            return plan;
        }
        openProfile(*named);
        // The notice names the variable only, never its value.
        for (const char *name : {"SENTRY_AUTH_TOKEN", "SENTRY_URL", "SENTRY_ORG"}) {
            if (!env.value(QLatin1String(name)).trimmed().isEmpty()) {
                plan.notices.append(
                    QCoreApplication::translate("sm::profiles::ConnectionPlan",
                                                "%1 is set but not used: the profile %2 was named.")
                        .arg(QLatin1String(name), named->shownName()));
            }
        }
        return plan;
    }
    if (fromEnvironment.canConnect()) {
        plan.kind = ConnectionPlan::Kind::Connect;
        plan.connection = fromEnvironment;
        return plan;
    }
    if (last) {
        openProfile(*last);
        return plan;
    }
    plan.kind = ConnectionPlan::Kind::Ask;
    plan.connection = fromEnvironment;
    return plan;
}

} // namespace sm::profiles
