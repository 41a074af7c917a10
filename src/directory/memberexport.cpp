// SPDX-License-Identifier: MIT
#include "directory/memberexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sm::directory {

namespace {

QString csvCell(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

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

Hygiene Hygiene::of(const QList<const DirectoryMember *> &members)
{
    Hygiene h;
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
    const char *context = "sm::directory::Hygiene";
    const QLocale locale;
    auto n = [&](int value) { return locale.toString(value); };
    return QCoreApplication::translate(context, "%1 members: %2 pending invitations (%3 "
                                                "expired), %4 without 2FA, %5 without a team, "
                                                "%6 managed by the identity provider, %7 "
                                                "without a linked account")
        .arg(n(members), n(pending), n(expired), n(without2fa), n(withoutTeam), n(idpManaged),
             n(unlinked));
}

QByteArray toCsv(const MembersModel &model, const QList<const DirectoryMember *> &members)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < MembersModel::ColumnCount; ++column)
        header.append(csvCell(MembersModel::columnTitle(column)));
    lines.append(header.join(QLatin1Char(',')));
    for (const DirectoryMember *m : members) {
        QStringList cells;
        for (int column = 0; column < MembersModel::ColumnCount; ++column)
            cells.append(csvCell(model.text(*m, column)));
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
