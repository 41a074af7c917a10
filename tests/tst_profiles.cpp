// SPDX-License-Identifier: MIT
// Profiles and the settings file without a keychain: the schema migration, the round trip,
// and the path every headless machine takes, where no keychain answers and the token is kept
// for the session only, never on disk. The keychain itself: tst_keychain.
#include "profiles/appsettings.h"
#include "profiles/connectionplan.h"
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sm;
using namespace sm::profiles;

namespace {

const QString secret = QStringLiteral("sntryu_0123456789abcdef0123456789abcdef");

ConnectionSettings acme()
{
    ConnectionSettings c;
    c.baseUrl = QUrl(QStringLiteral("https://sentry.example.com"));
    c.organization = QStringLiteral("acme");
    c.token = secret;
    c.caFile = QStringLiteral("/etc/ssl/acme-ca.pem");
    c.allowHttp2 = false;
    return c;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.conf")); }

private slots:
    // Flags, then a named profile, then the environment, then the last profile; each value
    // says where it came from.
    void connectionPlan_precedence()
    {
        using connection::Source;
        using Kind = profiles::ConnectionPlan::Kind;
        ConnectionSettings acme;
        acme.baseUrl = QUrl(QStringLiteral("https://sentry.example.com"));
        acme.organization = QStringLiteral("acme");
        const profiles::Profile saved = profiles::Profile::from(acme, QStringLiteral("Acme"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("SENTRY_ORG"), QStringLiteral("uploads"));
        env.insert(QStringLiteral("SENTRY_AUTH_TOKEN"), QStringLiteral("sntrys_x"));
        connection::Flags flags;

        // The environment can connect: it wins over the last profile.
        profiles::ConnectionPlan plan = profiles::planConnection(flags, {}, env, {saved}, saved);
        QCOMPARE(plan.kind, Kind::Connect);
        QCOMPARE(plan.connection.settings.organization, QStringLiteral("uploads"));
        QCOMPARE(plan.connection.token, Source::Environment);
        QCOMPARE(plan.connection.url, Source::Default);

        // A named profile wins over the environment, which is named in a notice.
        plan = profiles::planConnection(flags, QStringLiteral("acme"), env, {saved}, {});
        QCOMPARE(plan.kind, Kind::OpenProfile);
        QCOMPARE(plan.profileId, saved.id);
        QCOMPARE(plan.connection.organization, Source::Profile);
        QCOMPARE(plan.notices.size(), 2);
        QVERIFY(plan.notices.constFirst().startsWith(QLatin1String("SENTRY_AUTH_TOKEN")));

        // Flags win over the profile's values, the token stays the profile's.
        flags.organization = QStringLiteral("other");
        plan = profiles::planConnection(flags, QStringLiteral("Acme"), env, {saved}, {});
        QCOMPARE(plan.connection.settings.organization, QStringLiteral("other"));
        QCOMPARE(plan.connection.organization, Source::Flag);
        const connection::SourcedSettings opened = profiles::overlay(acme, plan.flags);
        QCOMPARE(opened.settings.organization, QStringLiteral("other"));
        QCOMPARE(opened.token, Source::Profile);
        QCOMPARE(opened.settings.baseUrl, acme.baseUrl);

        // Without a token in the environment, the last profile.
        env.remove(QStringLiteral("SENTRY_AUTH_TOKEN"));
        plan = profiles::planConnection({}, {}, env, {saved}, saved);
        QCOMPARE(plan.kind, Kind::OpenProfile);
        // Nothing at all: ask, with what the environment knew.
        plan = profiles::planConnection({}, {}, env, {}, {});
        QCOMPARE(plan.kind, Kind::Ask);
        QCOMPARE(plan.connection.settings.organization, QStringLiteral("uploads"));
        // A name that matches nothing is refused, not guessed.
        plan = profiles::planConnection({}, QStringLiteral("nope"), env, {saved}, saved);
        QCOMPARE(plan.kind, Kind::Refuse);
        QVERIFY(plan.problem.contains(QLatin1String("nope")));
    }

    void initTestCase()
    {
        // No session bus: the keychain cannot answer, as on a headless machine.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(iniPath()); }

    void migratesSchemaZero()
    {
        {
            QSettings old(iniPath(), QSettings::IniFormat);
            old.setValue(QStringLiteral("membersView/headerState"), QByteArray("header-v0"));
        }
        AppSettings settings(iniPath());
        settings.sync();
        QCOMPARE(settings.membersHeaderState(), QByteArray("header-v0"));
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("schemaVersion")).toInt(), AppSettings::schemaVersion);
        QVERIFY(!raw.contains(QStringLiteral("membersView/headerState")));
    }

    void newerSchemaIsLeftAlone()
    {
        {
            QSettings newer(iniPath(), QSettings::IniFormat);
            newer.setValue(QStringLiteral("schemaVersion"), 99);
            newer.setValue(QStringLiteral("membersView/headerState"), QByteArray("kept"));
        }
        AppSettings settings(iniPath());
        settings.sync();
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("schemaVersion")).toInt(), 99);
        QVERIFY(raw.contains(QStringLiteral("membersView/headerState")));
    }

    void profileRoundTrip()
    {
        Profile saved = Profile::from(acme(), QStringLiteral("Acme production"));
        saved.tokenInKeychain = true;
        {
            AppSettings settings(iniPath());
            settings.saveProfile(saved);
            settings.setLastProfileId(saved.id);
        }
        AppSettings settings(iniPath());
        const std::optional<Profile> read = settings.profile(settings.lastProfileId());
        QVERIFY(read);
        QCOMPARE(read->displayName, QStringLiteral("Acme production"));
        QCOMPARE(read->baseUrl, acme().baseUrl);
        QCOMPARE(read->organization, QStringLiteral("acme"));
        QCOMPARE(read->caFile, acme().caFile);
        QCOMPARE(read->allowHttp2, false);
        QVERIFY(read->tokenInKeychain);
        QVERIFY(read->connection().token.isEmpty());
        QCOMPARE(settings.profiles().size(), 1);
        settings.removeProfile(saved.id);
        QVERIFY(settings.profiles().isEmpty());
        QVERIFY(settings.lastProfileId().isEmpty());
    }

    // A hand-edited file cannot name a group outside the profiles.
    void oddIdsAreIgnored()
    {
        AppSettings settings(iniPath());
        Profile p = Profile::from(acme());
        p.id = QStringLiteral("../layout");
        settings.saveProfile(p);
        QVERIFY(!settings.profile(p.id));
        QVERIFY(settings.profiles().isEmpty());
    }

    void shownNameFallsBackToOrganizationAndHost()
    {
        QCOMPARE(Profile::from(acme()).shownName(), QStringLiteral("acme on sentry.example.com"));
    }

    // No keychain: the user is told, the token works for this session and is on no disk.
    void noKeychain_tokenForThisSessionOnly()
    {
        AppSettings settings(iniPath());
        TokenVault vault;
        ProfileStore store(&settings, &vault);
        QSignalSpy saved(&store, &ProfileStore::saved);
        store.remember(acme(), QString(), true);
        QVERIFY(saved.wait(10000));
        const auto note = saved.first().at(1).toString();
        QVERIFY2(note.contains(QLatin1String("session only")), qPrintable(note));
        QVERIFY(!settings.profile(store.currentId())->tokenInKeychain);

        QSignalSpy opened(&store, &ProfileStore::opened);
        store.open(store.currentId());
        QCOMPARE(opened.size(), 1); // from this session's copy, at once
        QCOMPARE(opened.first().at(1).value<ConnectionSettings>().token, secret);

        settings.sync();
        QVERIFY(!contents(iniPath()).contains(secret.toUtf8()));
        QVERIFY(!contents(iniPath()).isEmpty());

        // The next launch has the profile and says why it has no token.
        AppSettings relaunched(iniPath());
        ProfileStore next(&relaunched, &vault);
        QSignalSpy missing(&next, &ProfileStore::tokenMissing);
        next.open(relaunched.lastProfileId());
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().at(0).value<Profile>().organization, QStringLiteral("acme"));
        QVERIFY(next.currentId().isEmpty()); // not current until its token is given
    }

    // The same URL, organization and name update one profile; another name is another
    // profile of the same organization (a personal token beside an integration's).
    void rememberingAgainUpdatesTheProfile()
    {
        AppSettings settings(iniPath());
        TokenVault vault;
        ProfileStore store(&settings, &vault);
        store.remember(acme(), QStringLiteral("First"), false);
        const QString id = store.currentId();
        store.remember(acme(), QStringLiteral("First"), false);
        QCOMPARE(settings.profiles().size(), 1);
        QCOMPARE(store.currentId(), id);
        store.remember(acme(), QStringLiteral("Integration"), false);
        QCOMPARE(settings.profiles().size(), 2);
        QVERIFY(store.currentId() != id);
        store.remove(store.currentId());
        store.remove(id);
        QVERIFY(settings.profiles().isEmpty());
        QSignalSpy missing(&store, &ProfileStore::tokenMissing);
        QSignalSpy opened(&store, &ProfileStore::opened);
        store.open(id);
        QCOMPARE(opened.size() + missing.size(), 0); // gone, token and all
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
