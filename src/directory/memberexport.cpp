// SPDX-License-Identifier: MIT
#include "directory/memberexport.h"

#include "core/csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sm::directory {

namespace {

QString statusId(DirectoryMember::Status status)
{
    switch (status) {
    case DirectoryMember::Status::Active:
        return QStringLiteral("active");
    case DirectoryMember::Status::Invited:
        return QStringLiteral("invited");
    case DirectoryMember::Status::InviteExpired:
        return QStringLiteral("invite_expired");
    }
    return {};
}

} // namespace

Hygiene Hygiene::of(const QList<const DirectoryMember *> &members, bool teamsKnown)
{
    Hygiene h;
    h.teamsKnown = teamsKnown;
    for (const DirectoryMember *m : members) {
        ++h.members;
        h.idpManaged += m->idpProvisioned || m->idpRoleRestricted ? 1 : 0;
        if (m->isPending()) {
            ++h.pending;
            h.expired += m->status == DirectoryMember::Status::InviteExpired ? 1 : 0;
            continue;
        }
        h.without2fa += m->has2fa ? 0 : 1;
        h.withoutTeam += m->teams.isEmpty() ? 1 : 0;
        h.unlinked += m->externalUsers.isEmpty() ? 1 : 0;
    }
    return h;
}

QString Hygiene::summary() const
{
    // One source text per English number; each is a plural entry, so a catalogue has every
    // form of its language. (Written out: lupdate reads only literal translate() calls.)
    QString pendingPart =
        pending == 1 ? QCoreApplication::translate("sm::directory::Hygiene",
                                                   "%Ln pending invitation", nullptr, pending)
                     : QCoreApplication::translate("sm::directory::Hygiene",
                                                   "%Ln pending invitations", nullptr, pending);
    if (expired > 0)
        pendingPart +=
            QLatin1Char(' ') + QCoreApplication::translate("sm::directory::Hygiene",
                                                           "(%Ln expired)", nullptr, expired);
    const QStringList parts{
        pendingPart,
        QCoreApplication::translate("sm::directory::Hygiene", "%Ln without 2FA", nullptr,
                                    without2fa),
        teamsKnown
            ? QCoreApplication::translate("sm::directory::Hygiene", "%Ln without a team", nullptr,
                                          withoutTeam)
            : QCoreApplication::translate("sm::directory::Hygiene", "without a team: not known"),
        QCoreApplication::translate("sm::directory::Hygiene",
                                    "%Ln managed by the identity provider", nullptr, idpManaged),
        QCoreApplication::translate("sm::directory::Hygiene", "%Ln without a linked account",
                                    nullptr, unlinked),
    };
    return parts.join(QLatin1String(", "));
}

QByteArray toCsv(const MembersModel &model, const QList<const DirectoryMember *> &members)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < MembersModel::ColumnCount; ++column)
        header.append(csv::cell(MembersModel::columnTitle(column)));
    lines.append(header.join(QLatin1Char(',')));
    for (const DirectoryMember *m : members) {
        QStringList cells;
        for (int column = 0; column < MembersModel::ColumnCount; ++column)
            cells.append(csv::cell(model.text(*m, column)));
        lines.append(cells.join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

QByteArray toJson(const QList<const DirectoryMember *> &members)
{
    QJsonArray rows;
    for (const DirectoryMember *m : members) {
        QJsonArray teams;
        for (const TeamRoleAssignment &t : m->teams) {
            teams.append(
                QJsonObject{{QStringLiteral("teamSlug"), t.teamSlug},
                            {QStringLiteral("role"), t.role.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(t.role)}});
        }
        QJsonArray links;
        for (const ExternalUser &e : m->externalUsers) {
            links.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("provider"), e.provider},
                                     {QStringLiteral("externalName"), e.externalName},
                                     {QStringLiteral("integrationId"), e.integrationId}});
        }
        rows.append(QJsonObject{
            {QStringLiteral("id"), m->id},
            {QStringLiteral("userId"),
             m->userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m->userId)},
            {QStringLiteral("name"), m->name},
            {QStringLiteral("email"), m->email},
            {QStringLiteral("orgRole"), m->orgRole},
            {QStringLiteral("status"), statusId(m->status)},
            {QStringLiteral("has2fa"), m->has2fa},
            {QStringLiteral("ssoLinked"), m->ssoLinked},
            {QStringLiteral("idpProvisioned"), m->idpProvisioned},
            {QStringLiteral("idpRoleRestricted"), m->idpRoleRestricted},
            {QStringLiteral("teams"), teams},
            {QStringLiteral("externalUsers"), links},
            {QStringLiteral("dateCreated"), m->dateCreated},
        });
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace sm::directory
