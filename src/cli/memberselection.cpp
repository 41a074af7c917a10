// SPDX-License-Identifier: MIT
#include "cli/memberselection.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace sm::cli {

namespace {
bool onTeam(const QJsonObject &member, const QString &slug)
{
    const QJsonArray teams = member.value(QLatin1String("teams")).toArray();
    return std::any_of(teams.begin(), teams.end(), [&](const QJsonValue &team) {
        return team.toObject().value(QLatin1String("slug")).toString() == slug;
    });
}
} // namespace

bool MemberSelection::accepts(const QJsonObject &member) const
{
    const bool joined = member.value(QLatin1String("status")).toString() == QLatin1String("active");
    if (!role.isEmpty() && member.value(QLatin1String("orgRole")).toString() != role)
        return false;
    if (!status.isEmpty() && member.value(QLatin1String("status")).toString() != status)
        return false;
    if (!team.isEmpty() && !onTeam(member, team))
        return false;
    if (noTeam && !member.value(QLatin1String("teams")).toArray().isEmpty())
        return false;
    if (no2fa && (!joined || member.value(QLatin1String("has2fa")).toBool()))
        return false;
    if (idpManaged && !member.value(QLatin1String("idpManaged")).toBool())
        return false;
    if (unlinked && (!joined || !member.value(QLatin1String("externalUsers")).toArray().isEmpty()))
        return false;
    return true;
}

std::optional<QString> MemberSelection::problem() const
{
    if (!status.isEmpty() && status != QLatin1String("active") &&
        status != QLatin1String("invited") && status != QLatin1String("expired"))
        return QCoreApplication::translate("sm::cli",
                                           "Unknown status %1: use active, invited or expired.")
            .arg(status);
    if (!team.isEmpty() && noTeam)
        return QCoreApplication::translate("sm::cli", "--team and --no-team exclude each other.");
    return std::nullopt;
}

} // namespace sm::cli
