// SPDX-License-Identifier: MIT
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QUuid>

namespace sm::profiles {

Profile Profile::from(const ConnectionSettings &settings, const QString &displayName)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.displayName = displayName.trimmed();
    profile.baseUrl = settings.baseUrl;
    profile.organization = settings.organization;
    profile.caFile = settings.caFile;
    profile.allowHttp2 = settings.allowHttp2;
    return profile;
}

ConnectionSettings Profile::connection() const
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.organization = organization;
    settings.caFile = caFile;
    settings.allowHttp2 = allowHttp2;
    return settings;
}

QString Profile::shownName() const
{
    if (!displayName.isEmpty())
        return displayName;
    return QCoreApplication::translate("sm::profiles::Profile", "%1 on %2")
        .arg(organization, baseUrl.host());
}

bool Profile::sameConnection(const ConnectionSettings &settings) const
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash) ==
               settings.baseUrl.adjusted(QUrl::StripTrailingSlash) &&
           organization == settings.organization;
}

} // namespace sm::profiles
