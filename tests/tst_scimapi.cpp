// SPDX-License-Identifier: MIT
// SCIM provisioning and listing against the sandbox.
#include "support/testsupport.h"

using namespace sm;
using namespace sm::test;
using Kind = ApiError::Kind;

class TestScimApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    ScimUserResult provision(const QString &as, const QString &userName, const QString &role)
    {
        auto client = m_sandbox->client(as);
        return await<ScimUserResult>(client->provisionScimUser({userName, role}));
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(); }
    void cleanup() { m_sandbox.reset(); }

    void provision_createsIdpManagedInvite()
    {
        const ScimUserResult result =
            provision(QStringLiteral("owner"), QStringLiteral("okta.user@example.com"),
                      QStringLiteral("Manager"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.httpStatus, 201);
        QCOMPARE(result.value.userName, QStringLiteral("okta.user@example.com"));
        QCOMPARE(result.value.sentryOrgRole, QStringLiteral("manager"));
        QCOMPARE(result.value.active, std::optional<bool>(true));
        const sandbox::MemberRecord *stored = m_sandbox->memberByEmail(result.value.userName);
        QVERIFY(stored);
        QVERIFY(stored->flags.value(QStringLiteral("idp:provisioned")));
        QVERIFY(stored->flags.value(QStringLiteral("idp:role-restricted")));
        QCOMPARE(m_sandbox->lastRequest().path,
                 QStringLiteral("/api/0/organizations/demo/scim/v2/Users"));
        QCOMPARE(m_sandbox->lastRequest().header("Content-Type"), QByteArray("application/json"));
    }

    void provision_defaultRoleIsNotRestricted()
    {
        const ScimUserResult result =
            provision(QStringLiteral("owner"), QStringLiteral("plain@example.com"), QString());
        QVERIFY(result.ok());
        QCOMPARE(result.value.sentryOrgRole, QStringLiteral("member"));
        QVERIFY(!m_sandbox->memberByEmail(QStringLiteral("plain@example.com"))
                     ->flags.value(QStringLiteral("idp:role-restricted")));
    }

    void provision_ownerRefusedBeforeSending()
    {
        const qsizetype before = m_sandbox->requestCount();
        const ScimUserResult result = provision(
            QStringLiteral("owner"), QStringLiteral("o@example.com"), QStringLiteral("owner"));
        QCOMPARE(result.error.kind, Kind::Validation);
        QCOMPARE(result.error.fieldErrors.value("sentryOrgRole"),
                 QStringList{"Invalid organization role."});
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    void provision_existingMemberIs409()
    {
        const ScimUserResult result =
            provision(QStringLiteral("owner"), QStringLiteral("grace.hopper@example.com"),
                      QStringLiteral("member"));
        QCOMPARE(result.httpStatus, 409);
        QCOMPARE(result.error.kind, Kind::Conflict);
        QCOMPARE(result.error.message, QStringLiteral("User already exists in the database."));
    }

    void provision_scimDisabledIs403()
    {
        m_sandbox->org().scimEnabled = false;
        const ScimUserResult result = provision(
            QStringLiteral("owner"), QStringLiteral("s@example.com"), QStringLiteral("member"));
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.message,
                 QStringLiteral("You do not have permission to perform this action."));
    }

    void provision_memberTokenIs403()
    {
        const ScimUserResult result = provision(
            QStringLiteral("member"), QStringLiteral("s@example.com"), QStringLiteral("member"));
        QCOMPARE(result.httpStatus, 403);
    }

    void provision_integrationTokenAllowed()
    {
        const ScimUserResult result =
            provision(QStringLiteral("integration"), QStringLiteral("idp@example.com"),
                      QStringLiteral("billing"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
    }

    void list_pagesWithStartIndexAndCount()
    {
        auto client = m_sandbox->client(QStringLiteral("owner"));
        const ScimUserPageResult first = await<ScimUserPageResult>(client->listScimUsers(1, 100));
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first.value.totalResults, 248); // 250 minus two invite requests
        QCOMPARE(first.value.users.size(), 100);
        QCOMPARE(first.value.itemsPerPage, 100);
        const ScimUserPageResult third = await<ScimUserPageResult>(client->listScimUsers(201, 100));
        QCOMPARE(third.value.users.size(), 48);
        QCOMPARE(third.value.startIndex, 201);
        QVERIFY(first.value.users.first().userName < first.value.users.last().userName);
    }

    void list_filterByUserName()
    {
        auto client = m_sandbox->client(QStringLiteral("owner"));
        const ScimUserPageResult result = await<ScimUserPageResult>(
            client->listScimUsers(1, 10, QStringLiteral("ada.lovelace@example.com")));
        QVERIFY(result.ok());
        QCOMPARE(result.value.totalResults, 1);
        QCOMPARE(result.value.users.first().sentryOrgRole, QStringLiteral("owner"));
    }

    void list_azureOmitsActive()
    {
        m_sandbox->org().authProvider = QStringLiteral("azure");
        auto client = m_sandbox->client(QStringLiteral("owner"));
        const ScimUserPageResult result = await<ScimUserPageResult>(client->listScimUsers(1, 1));
        QVERIFY(result.ok());
        QCOMPARE(result.value.users.first().active, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestScimApi)
#include "tst_scimapi.moc"
