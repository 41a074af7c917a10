// SPDX-License-Identifier: MIT
#include "profiles/appsettings.h"

#include <algorithm>

namespace sm::profiles {

namespace {

const QString versionKey = QStringLiteral("schemaVersion");
const QString profilesGroup = QStringLiteral("profiles");
const QString lastProfileKey = QStringLiteral("lastProfile");
const QString membersHeaderKey = QStringLiteral("layout/membersHeader");
const QString windowGeometryKey = QStringLiteral("layout/windowGeometry");
const QString exportDirectoryKey = QStringLiteral("export/directory");

// Schema 0 (before profiles) kept only the members table's header, under its own group.
const QString v0MembersHeaderKey = QStringLiteral("membersView/headerState");

// A profile id becomes a settings group: only what a fresh id can contain is accepted, so a
// hand-edited file cannot reach outside the group.
bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
    });
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    const int version = m_settings->value(versionKey, 0).toInt();
    if (version >= schemaVersion)
        return; // a newer app's file is read as far as this one understands it
    if (version < 1) {
        if (m_settings->contains(v0MembersHeaderKey)) {
            m_settings->setValue(membersHeaderKey, m_settings->value(v0MembersHeaderKey));
            m_settings->remove(QStringLiteral("membersView"));
        }
    }
    m_settings->setValue(versionKey, schemaVersion);
}

QList<Profile> AppSettings::profiles() const
{
    QList<Profile> all;
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (std::optional<Profile> p = profile(id))
            all.append(*p);
    }
    std::sort(all.begin(), all.end(), [](const Profile &a, const Profile &b) {
        return a.shownName().localeAwareCompare(b.shownName()) < 0;
    });
    return all;
}

std::optional<Profile> AppSettings::profile(const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    m_settings->beginGroup(profilesGroup + QLatin1Char('/') + id);
    Profile p;
    p.id = id;
    p.displayName = m_settings->value(QStringLiteral("name")).toString();
    p.baseUrl = QUrl(m_settings->value(QStringLiteral("url")).toString());
    p.organization = m_settings->value(QStringLiteral("organization")).toString();
    p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
    p.allowHttp2 = m_settings->value(QStringLiteral("http2"), true).toBool();
    p.tokenInKeychain = m_settings->value(QStringLiteral("tokenInKeychain"), false).toBool();
    m_settings->endGroup();
    if (!p.baseUrl.isValid() || p.organization.isEmpty())
        return std::nullopt;
    return p;
}

void AppSettings::saveProfile(const Profile &p)
{
    if (!isValidId(p.id))
        return;
    m_settings->beginGroup(profilesGroup + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.displayName);
    m_settings->setValue(QStringLiteral("url"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("organization"), p.organization);
    m_settings->setValue(QStringLiteral("caFile"), p.caFile);
    m_settings->setValue(QStringLiteral("http2"), p.allowHttp2);
    m_settings->setValue(QStringLiteral("tokenInKeychain"), p.tokenInKeychain);
    m_settings->endGroup();
}

void AppSettings::removeProfile(const QString &id)
{
    if (!isValidId(id))
        return;
    m_settings->remove(profilesGroup + QLatin1Char('/') + id);
    if (lastProfileId() == id)
        m_settings->remove(lastProfileKey);
}

QString AppSettings::lastProfileId() const
{
    return m_settings->value(lastProfileKey).toString();
}

void AppSettings::setLastProfileId(const QString &id)
{
    m_settings->setValue(lastProfileKey, id);
}

QString AppSettings::exportDirectory() const
{
    return m_settings->value(exportDirectoryKey).toString();
}

void AppSettings::setExportDirectory(const QString &directory)
{
    m_settings->setValue(exportDirectoryKey, directory);
}

QByteArray AppSettings::membersHeaderState() const
{
    return m_settings->value(membersHeaderKey).toByteArray();
}

void AppSettings::setMembersHeaderState(const QByteArray &state)
{
    m_settings->setValue(membersHeaderKey, state);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(windowGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(windowGeometryKey, geometry);
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace sm::profiles
