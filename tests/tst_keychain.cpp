// SPDX-License-Identifier: MIT
// The token in a real Secret Service (GNOME Keyring in a private D-Bus session, started by
// tests/keychain/with-keyring.sh): saved, found again by the next launch, forgotten, removed
// with its profile, and a keychain too slow to answer treated as none.
#include "support/keyring.h"

#include "profiles/appsettings.h"
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sm;
using namespace sm::profiles;
using namespace std::chrono_literals;

namespace {

const QString secret = QStringLiteral("sntryu_feedfacefeedfacefeedfacefeedface");

ConnectionSettings acme()
{
    ConnectionSettings c;
    c.baseUrl = QUrl(QStringLiteral("https://de.sentry.io"));
    c.organization = QStringLiteral("acme");
    c.token = secret;
    return c;
}

VaultResult wait(VaultJob *job)
{
    QSignalSpy done(job, &VaultJob::finished);
    if (!done.wait(15000))
        return {};
    return done.first().first().value<VaultResult>();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.conf")); }

private slots:
    void initTestCase()
    {
        REQUIRE_TEST_KEYRING();
        QVERIFY(m_dir.isValid());
        // The keyring answers at all (it is unlocked): a plain write and read.
        TokenVault vault;
        const VaultResult written = wait(vault.write(QStringLiteral("probe"), QStringLiteral("x")));
        QVERIFY2(written.ok(), qPrintable(written.reason));
        QCOMPARE(wait(vault.read(QStringLiteral("probe"))).token, QStringLiteral("x"));
        QVERIFY(wait(vault.remove(QStringLiteral("probe"))).ok());
    }

    void nextLaunchFindsTheToken()
    {
        QString id;
        {
            AppSettings settings(iniPath());
            TokenVault vault;
            ProfileStore store(&settings, &vault);
            QSignalSpy saved(&store, &ProfileStore::saved);
            store.remember(acme(), QStringLiteral("Acme EU"), true);
            QVERIFY(saved.wait(15000));
            QCOMPARE(saved.first().at(1).toString(), QString()); // nothing to warn about
            id = store.currentId();
            QVERIFY(settings.profile(id)->tokenInKeychain);
        }
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));

        AppSettings settings(iniPath());
        TokenVault vault;
        ProfileStore store(&settings, &vault);
        QCOMPARE(store.lastProfile()->id, id);
        QSignalSpy opened(&store, &ProfileStore::opened);
        store.open(id);
        QVERIFY(opened.wait(15000));
        const auto connection = opened.first().at(1).value<ConnectionSettings>();
        QCOMPARE(connection.token, secret);
        QCOMPARE(connection.baseUrl, acme().baseUrl);
    }

    void forgetTokenAsksNextTime()
    {
        AppSettings settings(iniPath());
        TokenVault vault;
        ProfileStore store(&settings, &vault);
        const QString id = settings.lastProfileId();
        QSignalSpy forgotten(&store, &ProfileStore::tokenForgotten);
        store.forgetToken(id);
        QVERIFY(forgotten.wait(15000));
        QCOMPARE(forgotten.first().at(1).toString(), QString());
        QCOMPARE(wait(vault.read(id)).status, VaultResult::Status::NotFound);

        ProfileStore next(&settings, &vault);
        QSignalSpy missing(&next, &ProfileStore::tokenMissing);
        next.open(id);
        QTRY_COMPARE(missing.size(), 1);
    }

    void removingTheProfileRemovesItsSecret()
    {
        AppSettings settings(iniPath());
        TokenVault vault;
        ProfileStore store(&settings, &vault);
        QSignalSpy saved(&store, &ProfileStore::saved);
        store.remember(acme(), QString(), true);
        QVERIFY(saved.wait(15000));
        const QString id = store.currentId();
        QCOMPARE(wait(vault.read(id)).token, secret);
        store.remove(id);
        QTRY_COMPARE_WITH_TIMEOUT(wait(vault.read(id)).status, VaultResult::Status::NotFound,
                                  15000);
        QVERIFY(!settings.profile(id));
    }

    // A keychain that does not answer in time counts as none: the session keeps the token.
    void tooSlowIsNone()
    {
        AppSettings settings(iniPath());
        TokenVault vault;
        vault.setTimeout(0ms);
        ProfileStore store(&settings, &vault);
        QSignalSpy saved(&store, &ProfileStore::saved);
        store.remember(acme(), QString(), true);
        QVERIFY(saved.wait(15000));
        const QString note = saved.first().at(1).toString();
        QVERIFY2(note.contains(QLatin1String("did not answer")), qPrintable(note));
        QVERIFY(note.contains(QLatin1String("session only")));
        QVERIFY(!settings.profile(store.currentId())->tokenInKeychain);
        QSignalSpy opened(&store, &ProfileStore::opened);
        store.open(store.currentId());
        QCOMPARE(opened.size(), 1);
    }

    // An unlock prompt answered after the app gave up: the write that lands marks the
    // profile, and a read that answers late still opens it (after the token was asked for).
    void lateAnswersAreHeard()
    {
        AppSettings settings(iniPath());
        TokenVault vault;
        vault.setTimeout(0ms);
        QString id;
        {
            ProfileStore store(&settings, &vault);
            QSignalSpy saved(&store, &ProfileStore::saved);
            store.remember(acme(), QStringLiteral("Late"), true);
            QVERIFY(saved.wait(15000));
            QVERIFY(saved.first().at(1).toString().contains(QLatin1String("did not answer")));
            id = store.currentId();
            QVERIFY(QTest::qWaitFor([&] { return settings.profile(id)->tokenInKeychain; }, 15000));
        }
        ProfileStore relaunched(&settings, &vault); // no token in memory
        QSignalSpy missing(&relaunched, &ProfileStore::tokenMissing);
        QSignalSpy opened(&relaunched, &ProfileStore::opened);
        relaunched.open(id);
        QVERIFY(opened.wait(15000));
        QCOMPARE(missing.size(), 1); // the app asked first, saying why
        QCOMPARE(opened.first().at(1).value<ConnectionSettings>().token, secret);
        QCOMPARE(relaunched.currentId(), id);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
