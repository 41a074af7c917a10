// SPDX-License-Identifier: MIT
// External-user links: create and relink against the sandbox.
#include "support/testsupport.h"

using namespace sm;
using namespace sm::test;
using Kind = ApiError::Kind;

class TestExternalUserApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    ExternalUserLink linkFor(qint64 userId, const QString &name,
                             const QString &provider = QStringLiteral("github"),
                             qint64 integration = 301)
    {
        ExternalUserLink link;
        link.userId = QString::number(userId);
        link.externalName = name;
        link.provider = provider;
        link.integrationId = QString::number(integration);
        return link;
    }
    ExternalUserResult create(const QString &as, const ExternalUserLink &link)
    {
        auto client = m_sandbox->client(as);
        return await<ExternalUserResult>(client->createExternalUser(link));
    }
    ExternalUserResult relink(const QString &as, const ExternalUserLink &link)
    {
        auto client = m_sandbox->client(as);
        return await<ExternalUserResult>(client->updateExternalUser(link));
    }
    const sandbox::ExternalUserRecord &existing(const QString &provider)
    {
        for (const sandbox::ExternalUserRecord &e : m_sandbox->org().externalUsers) {
            if (e.provider == provider)
                return e;
        }
        return *found<sandbox::ExternalUserRecord>(nullptr,
                                                   "no link of that provider in the demo data");
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(); }
    void cleanup() { m_sandbox.reset(); }

    void create_returns201ThenGetOrCreate200()
    {
        const ExternalUserLink link = linkFor(1000, QStringLiteral("@ada-lovelace"));
        ExternalUserResult result = create(QStringLiteral("owner"), link);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.httpStatus, 201);
        QCOMPARE(result.value.userId, QStringLiteral("1000"));
        QCOMPARE(result.value.externalName, QStringLiteral("@ada-lovelace"));
        QCOMPARE(result.value.integrationId, QStringLiteral("301"));
        QVERIFY(result.value.externalId.isEmpty());
        const QString id = result.value.id;
        result = create(QStringLiteral("owner"), link);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.value.id, id);
    }

    void create_checksMemberAndIntegration()
    {
        ExternalUserResult result =
            create(QStringLiteral("owner"), linkFor(424242, QStringLiteral("@ghost")));
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.fieldErrors.value("userId"),
                 QStringList{"This member does not exist."});
        result = create(QStringLiteral("owner"),
                        linkFor(1000, QStringLiteral("@ada"), QStringLiteral("github"), 999));
        QCOMPARE(result.error.fieldErrors.value("integrationId"),
                 QStringList{"Integration does not exist for this organization"});
    }

    void create_invalidNameNotSent()
    {
        const qsizetype before = m_sandbox->requestCount();
        const ExternalUserResult result =
            create(QStringLiteral("owner"), linkFor(1000, QStringLiteral("ada")));
        QCOMPARE(result.error.kind, Kind::Validation);
        QCOMPARE(result.error.fieldErrors.value("externalName"),
                 QStringList{"External Name must start with '@' and can't contain special "
                             "characters or spaces."});
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    void create_memberTokenIs403()
    {
        const ExternalUserResult result =
            create(QStringLiteral("member"), linkFor(1000, QStringLiteral("@ada")));
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.kind, Kind::Permission);
    }

    void create_featureGate()
    {
        m_sandbox->org().features.remove(QStringLiteral("organizations:integrations-codeowners"));
        const ExternalUserResult result =
            create(QStringLiteral("owner"), linkFor(1000, QStringLiteral("@ada")));
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.message,
                 QStringLiteral("You do not have permission to perform this action."));
    }

    void relink_movesLinkToAnotherUser()
    {
        const sandbox::ExternalUserRecord &link = existing(QStringLiteral("slack"));
        ExternalUserLink change =
            linkFor(1000, link.externalName, link.provider, link.integrationId);
        change.id = QString::number(link.id);
        change.externalId = QStringLiteral("U0ADA");
        const ExternalUserResult result = relink(QStringLiteral("manager"), change);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.value.userId, QStringLiteral("1000"));
        QCOMPARE(result.value.externalId, QStringLiteral("U0ADA"));
        QCOMPARE(m_sandbox->org().externalUser(link.id)->userId, 1000);
        const QJsonObject sent = jsonBody(m_sandbox->lastRequest());
        QCOMPARE(sent.value("user_id").toInteger(), 1000);
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("PUT"));
    }

    // Uniqueness is per user: a second link of the same user may not take a name and
    // provider that user already has.
    void relink_collisionIsBareList()
    {
        const sandbox::ExternalUserRecord first = existing(QStringLiteral("github"));
        const ExternalUserResult created =
            create(QStringLiteral("owner"), linkFor(first.userId, QStringLiteral("@someone-else")));
        QVERIFY(created.ok());
        ExternalUserLink change = linkFor(first.userId, first.externalName);
        change.id = created.value.id;
        const ExternalUserResult result = relink(QStringLiteral("owner"), change);
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.message,
                 QStringLiteral("There already exists an external association with this "
                                "external_name and provider."));
    }

    void relink_unknownIdIs404()
    {
        ExternalUserLink change = linkFor(1000, QStringLiteral("@ada"));
        change.id = QStringLiteral("99999999");
        const ExternalUserResult result = relink(QStringLiteral("owner"), change);
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.error.message, QStringLiteral("Not found."));
    }

    void relink_needsAnId()
    {
        const qsizetype before = m_sandbox->requestCount();
        const ExternalUserResult result =
            relink(QStringLiteral("owner"), linkFor(1000, QStringLiteral("@ada")));
        QCOMPARE(result.error.fieldErrors.value("id"), QStringList{"This field is required."});
        QCOMPARE(m_sandbox->requestCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestExternalUserApi)
#include "tst_externaluserapi.moc"
