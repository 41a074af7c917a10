// SPDX-License-Identifier: MIT
// Validation before sending mirrors Sentry's rules and words.
#include "core/validation.h"

#include <QTest>

using namespace sm;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "ada@example.com" << true;
        QTest::newRow("plus and dots") << "ada.l+sentry@mail.example.co.uk" << true;
        QTest::newRow("surrounding spaces are trimmed") << "  ada@example.com " << true;
        QTest::newRow("localhost") << "eric@localhost" << true;
        QTest::newRow("idn domain") << "ada@bücher.example" << true;
        QTest::newRow("literal ip") << "ada@[192.168.0.1]" << true;
        QTest::newRow("no at") << "ada.example.com" << false;
        QTest::newRow("no domain") << "ada@" << false;
        QTest::newRow("no user") << "@example.com" << false;
        QTest::newRow("single-label domain") << "ada@example" << false;
        QTest::newRow("space inside") << "ada lovelace@example.com" << false;
        QTest::newRow("double dot") << "ada..l@example.com" << false;
        QTest::newRow("blocked qq.com") << "1234@qq.com" << false;
        QTest::newRow("hyphen-ended tld") << "ada@example.co-" << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(validation::isValidEmail(email), valid);
    }

    void emailProblems_requiredBlankAndLength()
    {
        QCOMPARE(validation::emailProblems(QString()), QStringList{"This field is required."});
        QCOMPARE(validation::emailProblems(QStringLiteral("   ")),
                 QStringList{"This field may not be blank."});
        const QString longValid = QString(70, QLatin1Char('a')) + QStringLiteral("@example.com");
        QCOMPARE(validation::emailProblems(longValid),
                 QStringList{"Ensure this field has no more than 75 characters."});
        const QString longInvalid = QString(80, QLatin1Char('a'));
        QCOMPARE(validation::emailProblems(longInvalid),
                 (QStringList{"Ensure this field has no more than 75 characters.",
                              "Enter a valid email address."}));
        QVERIFY(validation::emailProblems(QString(63, QLatin1Char('a')) +
                                          QStringLiteral("@example.com"))
                    .isEmpty()); // exactly 75
    }

    void invite_reportsEveryFieldWithSentrysWords()
    {
        InviteMember invite;
        invite.email = QStringLiteral("not-an-email");
        invite.orgRole = QStringLiteral("superuser");
        invite.teamRoles = {{QStringLiteral("backend"), QStringLiteral("boss")}};
        const FieldErrors errors = validation::validate(invite);
        QCOMPARE(errors.value("email"), QStringList{"Enter a valid email address."});
        QCOMPARE(errors.value("orgRole"), QStringList{"\"superuser\" is not a valid choice."});
        QCOMPARE(errors.value("teamRoles"), QStringList{"Invalid team-role"});
    }

    void invite_validPasses()
    {
        InviteMember invite;
        invite.email = QStringLiteral("ada@example.com");
        invite.orgRole = QStringLiteral("manager");
        invite.teamRoles = {{QStringLiteral("backend"), QStringLiteral("admin")},
                            {QStringLiteral("frontend"), QString()}};
        QVERIFY(validation::validate(invite).isEmpty());
    }

    void update_needsNumericMemberId()
    {
        UpdateMemberRoles update;
        update.memberId = QStringLiteral("12a");
        QCOMPARE(validation::validate(update).value("memberId").size(), 1);
        update.memberId = QStringLiteral("12");
        update.orgRole = QStringLiteral("owner");
        QVERIFY(validation::validate(update).isEmpty());
        update.orgRole = QStringLiteral("god");
        QCOMPARE(validation::validate(update).value("orgRole"),
                 QStringList{"\"god\" is not a valid choice."});
    }

    void scim_ownerIsNotProvisionable()
    {
        ProvisionScimUser scim{QStringLiteral("ada@example.com"), QStringLiteral("owner")};
        QCOMPARE(validation::validate(scim).value("sentryOrgRole"),
                 QStringList{"Invalid organization role."});
        scim.sentryOrgRole = QStringLiteral("Manager"); // Sentry lower-cases the role
        QVERIFY(validation::validate(scim).isEmpty());
        scim.sentryOrgRole.clear(); // the organization's default role
        QVERIFY(validation::validate(scim).isEmpty());
        scim.userName = QStringLiteral("nobody");
        QCOMPARE(validation::validate(scim).value("userName"),
                 QStringList{"Enter a valid email address."});
    }

    void externalUser_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString format = QStringLiteral(
            "External Name must start with '@' and can't contain special characters or spaces.");
        QTest::newRow("github ok") << "github"
                                   << "@ada-l/team.x"
                                   << ""
                                   << ""
                                   << "";
        QTest::newRow("github without @") << "github"
                                          << "ada"
                                          << ""
                                          << "externalName" << format;
        QTest::newRow("gitlab with space") << "gitlab"
                                           << "@ada l"
                                           << ""
                                           << "externalName" << format;
        QTest::newRow("github too long")
            << "github" << QString(QStringLiteral("@") + QString(255, QLatin1Char('a'))) << ""
            << "externalName"
            << "External Name has invalid length: 256. Length must be between 1 and 255";
        QTest::newRow("slack any name") << "slack"
                                        << "Ada Lovelace"
                                        << "U123"
                                        << ""
                                        << "";
        QTest::newRow("bitbucket") << "bitbucket"
                                   << "@ada"
                                   << ""
                                   << "provider"
                                   << "\"bitbucket\" is not a valid choice.";
        QTest::newRow("external id too long")
            << "slack"
            << "ada" << QString(65, QLatin1Char('x')) << "externalId"
            << "external_id has invalid length: 65. Length must be between 1 and 64";
        QTest::newRow("blank name") << "slack"
                                    << "  "
                                    << ""
                                    << "externalName"
                                    << "This field may not be blank.";
    }
    void externalUser()
    {
        QFETCH(QString, provider);
        QFETCH(QString, name);
        QFETCH(QString, externalId);
        QFETCH(QString, field);
        QFETCH(QString, message);
        ExternalUserLink link;
        link.userId = QStringLiteral("1000");
        link.integrationId = QStringLiteral("301");
        link.provider = provider;
        link.externalName = name;
        link.externalId = externalId;
        const FieldErrors errors = validation::validate(link);
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.keys().join(',')));
        } else {
            QCOMPARE(errors.keys(), QStringList{field});
            QCOMPARE(errors.value(field), QStringList{message});
        }
    }

    void externalUser_idsMustBeIntegers()
    {
        ExternalUserLink link;
        link.provider = QStringLiteral("github");
        link.externalName = QStringLiteral("@ada");
        link.userId = QStringLiteral("abc");
        const FieldErrors errors = validation::validate(link);
        QCOMPARE(errors.value("userId"), QStringList{"A valid integer is required."});
        QCOMPARE(errors.value("integrationId"), QStringList{"This field is required."});
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
