// SPDX-License-Identifier: MIT
#include "sandbox/seed.h"

#include "sandbox/roles.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace sm::sandbox {

namespace {

QString isoDate(int daysAgo)
{
    return QDateTime(QDate(2026, 11, 1).addDays(-daysAgo), QTime(9, 30), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

// The demo organization's fixed part: the organization, its teams, integrations and
// tokens, and the names the member generator draws from.
QJsonObject demoFixture()
{
    QFile file(QStringLiteral(":/sandbox/demo-organization.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the sandbox's demo organization resource is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonObject flagsJson(bool provisioned, bool roleRestricted, bool ssoLinked)
{
    return QJsonObject{
        {QStringLiteral("idp:provisioned"), provisioned},
        {QStringLiteral("idp:role-restricted"), roleRestricted},
        {QStringLiteral("sso:linked"), ssoLinked},
        {QStringLiteral("sso:invalid"), false},
        {QStringLiteral("member-limit:restricted"), false},
        {QStringLiteral("partnership:restricted"), false},
    };
}

QString randomToken(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(prefix) + QString::fromLatin1(bytes.toHex());
}

} // namespace

QJsonObject demoSeed(int memberCount)
{
    memberCount = qMax(10, memberCount);
    const QJsonObject fixture = demoFixture();
    const QJsonObject people = fixture.value(QLatin1String("people")).toObject();
    const QStringList firstNames = stringsOf(people.value(QLatin1String("firstNames")));
    const QStringList lastNames = stringsOf(people.value(QLatin1String("lastNames")));
    const QString domain = people.value(QLatin1String("emailDomain")).toString();
    // Members join the teams their admins manage here, not those of the identity provider.
    QStringList teamSlugs;
    for (const QJsonValue &team : fixture.value(QLatin1String("teams")).toArray()) {
        if (!team[QLatin1String("idpProvisioned")].toBool())
            teamSlugs.append(team[QLatin1String("slug")].toString());
    }
    QJsonArray users, members, externalUsers;

    const int firstCount = int(firstNames.size());
    const int lastCount = int(lastNames.size());
    for (int i = 0; i < memberCount; ++i) {
        const qint64 memberId = 1 + i;
        const QString &first = firstNames.at(i % firstCount);
        const QString &last = lastNames.at((i / firstCount + i) % lastCount);
        QString local = (first + QLatin1Char('.') + last).toLower().remove(QLatin1Char(' '));
        if (i >= firstCount)
            local += QString::number(i / firstCount);
        const QString email = local + QLatin1Char('@') + domain;

        // Roles: 2 owners, 4 managers, 1 admin (retired role), 3 billing, the rest members.
        QString role = QStringLiteral("member");
        if (i < 2)
            role = QStringLiteral("owner");
        else if (i < 6)
            role = QStringLiteral("manager");
        else if (i == 6)
            role = QStringLiteral("admin");
        else if (i < 10)
            role = QStringLiteral("billing");

        // Every 16th member from #20 on is a pending invite, every third of those expired;
        // the last two are invite requests awaiting approval (not listed by the API).
        const bool inviteRequest = i >= memberCount - 2 && memberCount > 12;
        const bool pending = inviteRequest || (i >= 20 && i % 16 == 4);
        const bool expired = pending && !inviteRequest && (i / 16) % 3 == 0;
        const bool provisioned = i >= 40 && i % 25 == 0;

        QJsonObject member{
            {QStringLiteral("id"), memberId},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), role},
            {QStringLiteral("dateCreated"), isoDate(800 - (i % 700))},
            {QStringLiteral("expired"), expired},
            {QStringLiteral("flags"),
             flagsJson(provisioned, provisioned && i % 50 == 0, i % 3 == 0)},
        };
        if (inviteRequest)
            member.insert(QStringLiteral("inviteStatus"),
                          QStringLiteral("requested_to_be_invited"));
        if (i > 0)
            member.insert(QStringLiteral("inviterUserId"), i % 2 == 0 || i == 1 ? 1000 : 1001);
        if (!pending) {
            const qint64 userId = 1000 + i;
            users.append(
                QJsonObject{{QStringLiteral("id"), userId},
                            {QStringLiteral("email"), email},
                            {QStringLiteral("name"), QString(first + QLatin1Char(' ') + last)},
                            {QStringLiteral("has2fa"), i % 4 != 0},
                            {QStringLiteral("dateJoined"), isoDate(800 - (i % 700))}});
            member.insert(QStringLiteral("userId"), userId);
        }
        if (role != QLatin1String("billing")) {
            QJsonArray memberTeams;
            const int teamCount = i % 3;
            for (int t = 0; t <= teamCount; ++t) {
                const QString &slug = teamSlugs.at((i + t * 3) % teamSlugs.size());
                memberTeams.append(QJsonObject{
                    {QStringLiteral("slug"), slug},
                    {QStringLiteral("role"),
                     t == 0 && i % 5 == 0 ? QJsonValue(QStringLiteral("admin")) : QJsonValue()}});
            }
            member.insert(QStringLiteral("teams"), memberTeams);
        }
        members.append(member);

        if (!pending && i % 6 == 1) {
            const int kind = (i / 6) % 3;
            const QString handle =
                QLatin1Char('@') + local.section(QLatin1Char('.'), 0, 0) + QString::number(i);
            externalUsers.append(QJsonObject{
                {QStringLiteral("id"), 500 + i},
                {QStringLiteral("userId"), 1000 + i},
                {QStringLiteral("provider"),
                 kind == 0 ? QStringLiteral("github")
                           : (kind == 1 ? QStringLiteral("gitlab") : QStringLiteral("slack"))},
                {QStringLiteral("externalName"), handle},
                {QStringLiteral("integrationId"), 301 + kind},
                {QStringLiteral("externalId"),
                 kind == 2 ? QStringLiteral("U%1").arg(7000 + i) : QString()},
            });
        }
    }

    QJsonObject seed = fixture;
    seed.remove(QLatin1String("people"));
    seed.insert(QStringLiteral("users"), users);
    seed.insert(QStringLiteral("members"), members);
    seed.insert(QStringLiteral("externalUsers"), externalUsers);
    return seed;
}

std::optional<Organization> organizationFromSeed(const QJsonObject &seed, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonObject orgJson = seed.value(QLatin1String("organization")).toObject();
    Organization org;
    org.id = orgJson.value(QLatin1String("id")).toInteger(1);
    org.slug = orgJson.value(QLatin1String("slug")).toString(org.slug);
    org.name = orgJson.value(QLatin1String("name")).toString(org.name);
    org.defaultRole = orgJson.value(QLatin1String("defaultRole")).toString(org.defaultRole);
    for (const QString &feature : stringsOf(orgJson.value(QLatin1String("features"))))
        org.features.insert(feature);
    org.scimEnabled = orgJson.value(QLatin1String("scimEnabled")).toBool(false);
    org.authProvider = orgJson.value(QLatin1String("authProvider")).toString();
    org.disableMemberInvite = orgJson.value(QLatin1String("disableMemberInvite")).toBool(false);
    org.allowJoinLeave = orgJson.value(QLatin1String("allowJoinLeave")).toBool(true);
    if (org.slug.isEmpty() || !orgRole(org.defaultRole))
        return fail(QStringLiteral("organization needs a slug and a known defaultRole"));

    qint64 maxId = 0;
    auto track = [&maxId](qint64 id) {
        maxId = qMax(maxId, id);
        return id;
    };
    for (const QJsonValue &v : seed.value(QLatin1String("users")).toArray()) {
        const QJsonObject o = v.toObject();
        org.users.append({track(o.value(QLatin1String("id")).toInteger()),
                          o.value(QLatin1String("email")).toString(),
                          o.value(QLatin1String("name")).toString(),
                          o.value(QLatin1String("has2fa")).toBool(),
                          o.value(QLatin1String("dateJoined")).toString()});
    }
    for (const QJsonValue &v : seed.value(QLatin1String("teams")).toArray()) {
        const QJsonObject o = v.toObject();
        org.teams.append({track(o.value(QLatin1String("id")).toInteger()),
                          o.value(QLatin1String("slug")).toString(),
                          o.value(QLatin1String("name")).toString(),
                          o.value(QLatin1String("dateCreated")).toString(),
                          o.value(QLatin1String("idpProvisioned")).toBool()});
    }
    for (const QJsonValue &v : seed.value(QLatin1String("integrations")).toArray()) {
        const QJsonObject o = v.toObject();
        IntegrationRecord i;
        i.id = track(o.value(QLatin1String("id")).toInteger());
        i.providerKey = o.value(QLatin1String("provider")).toString();
        i.providerName = o.value(QLatin1String("providerName")).toString(i.providerKey);
        i.name = o.value(QLatin1String("name")).toString();
        i.domainName = o.value(QLatin1String("domainName")).toString();
        i.externalId = o.value(QLatin1String("externalId")).toString();
        org.integrations.append(i);
    }
    for (const QJsonValue &v : seed.value(QLatin1String("members")).toArray()) {
        const QJsonObject o = v.toObject();
        MemberRecord m;
        m.id = track(o.value(QLatin1String("id")).toInteger());
        if (o.value(QLatin1String("userId")).isDouble())
            m.userId = o.value(QLatin1String("userId")).toInteger();
        m.email = o.value(QLatin1String("email")).toString();
        m.role = o.value(QLatin1String("role")).toString(org.defaultRole);
        m.inviteStatus = o.value(QLatin1String("inviteStatus")).toString(m.inviteStatus);
        m.tokenExpired = o.value(QLatin1String("expired")).toBool();
        if (o.value(QLatin1String("inviterUserId")).isDouble())
            m.inviterUserId = o.value(QLatin1String("inviterUserId")).toInteger();
        m.dateCreated = o.value(QLatin1String("dateCreated")).toString();
        const QJsonObject flags = o.value(QLatin1String("flags")).toObject();
        for (auto it = flags.begin(); it != flags.end(); ++it)
            m.flags.insert(it.key(), it.value().toBool());
        for (const QJsonValue &t : o.value(QLatin1String("teams")).toArray()) {
            const QJsonObject team = t.toObject();
            m.teams.append({team.value(QLatin1String("slug")).toString(),
                            team.value(QLatin1String("role")).toString()});
        }
        if (!orgRole(m.role))
            return fail(QStringLiteral("member %1 has an unknown role %2").arg(m.id).arg(m.role));
        org.members.append(m);
    }
    for (const QJsonValue &v : seed.value(QLatin1String("externalUsers")).toArray()) {
        const QJsonObject o = v.toObject();
        org.externalUsers.append({track(o.value(QLatin1String("id")).toInteger()),
                                  o.value(QLatin1String("userId")).toInteger(),
                                  o.value(QLatin1String("provider")).toString(),
                                  o.value(QLatin1String("externalName")).toString(),
                                  o.value(QLatin1String("integrationId")).toInteger(),
                                  o.value(QLatin1String("externalId")).toString()});
    }
    for (const QJsonValue &v : seed.value(QLatin1String("tokens")).toArray()) {
        const QJsonObject o = v.toObject();
        TokenRecord t;
        t.label = o.value(QLatin1String("label")).toString();
        t.name = o.value(QLatin1String("name")).toString(t.label);
        if (o.value(QLatin1String("userId")).isDouble()) {
            t.userId = o.value(QLatin1String("userId")).toInteger();
            MemberRecord *m = org.memberByUser(*t.userId);
            if (!m)
                return fail(QStringLiteral("token %1 belongs to no member").arg(t.label));
            // A user token carries the scopes of its user's role unless the seed narrows them.
            t.scopes =
                o.contains(QLatin1String("scopes"))
                    ? stringsOf(o.value(QLatin1String("scopes")))
                    : orgRole(m->role)->scopes + QStringList{QStringLiteral("member:invite")};
        } else {
            t.scopes = stringsOf(o.value(QLatin1String("scopes")));
        }
        t.token = o.value(QLatin1String("token")).toString();
        if (t.token.isEmpty())
            t.token = randomToken(t.userId ? "sntryu_" : "");
        org.tokens.append(t);
    }
    org.nextId = qMax<qint64>(maxId + 1, 100000);
    for (MemberRecord &m : org.members) {
        for (TeamMembership &t : m.teams)
            t.id = org.nextMembershipId++;
    }
    return org;
}

} // namespace sm::sandbox
