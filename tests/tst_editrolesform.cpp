// SPDX-License-Identifier: MIT
// Edit member roles: find by email or id, change the org role and teams, resend invites.
#include "support/guitest.h"

#include "gui/editmemberrolesform.h"
#include "ui_editmemberrolesform.h"

#include <QJsonArray>
#include <QPushButton>

using namespace sm;
using namespace sm::test;

class TestEditRolesForm : public GuiTest
{
    Q_OBJECT

    gui::EditMemberRolesForm *m_form = nullptr;

    void open(const QString &as)
    {
        QVERIFY(connectAs(as));
        m_form = openForm<gui::EditMemberRolesForm>();
        QCOMPARE(m_form->ui()->teamPicker->teamCount(), 8);
    }

    void load(const QString &text)
    {
        typeInto(m_form->ui()->memberEdit, text);
        QTest::keyClick(m_form->ui()->memberEdit, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return !m_form->isBusy(); }));
    }

    void toggleTeam(const QString &slug) { test::toggleTeam(m_form->ui()->teamPicker, slug); }
    QComboBox *teamRoleCombo(const QString &slug) const
    {
        return m_form->ui()->teamPicker->roleCombo(slug);
    }
    sandbox::MemberRecord *plainMember()
    {
        for (sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.role == QLatin1String("member") && !m.isPending() && m.isApproved() &&
                m.id > 20 && m.teams.size() == 2)
                return &m;
        }
        return found<sandbox::MemberRecord>(nullptr, "no plain member in two teams");
    }

private slots:
    void loadByEmail_showsRoleAndTeams()
    {
        open(QStringLiteral("owner"));
        const sandbox::MemberRecord *target = plainMember();
        load(target->email);
        QVERIFY(m_form->member().has_value());
        QCOMPARE(m_form->member()->id, QString::number(target->id));
        QVERIFY(m_form->ui()->memberInfoLabel->text().contains(target->email));
        QCOMPARE(m_form->ui()->orgRoleCombo->currentData().toString(), QStringLiteral("member"));
        for (const auto &team : target->teams)
            QVERIFY(m_form->ui()->teamPicker->checkBox(team.teamSlug)->isChecked());
        QVERIFY(m_form->ui()->orgRoleCombo->isEnabled());
    }

    void changeRoleAndTeams_sendsFullTeamList()
    {
        open(QStringLiteral("owner"));
        sandbox::MemberRecord *target = plainMember();
        const qint64 id = target->id;
        const QString dropped = target->teams.at(0).teamSlug;
        const QString kept = target->teams.at(1).teamSlug;
        load(QString::number(id));
        chooseByKeyboard(m_form->ui()->orgRoleCombo, QStringLiteral("Billing"));
        chooseByKeyboard(m_form->ui()->orgRoleCombo, QStringLiteral("Manager"));
        toggleTeam(dropped);
        QString added;
        for (const QString slug :
             {"backend", "frontend", "mobile", "platform", "data", "security", "sre"}) {
            if (slug != dropped && slug != kept && added.isEmpty())
                added = slug;
        }
        toggleTeam(added);
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QVERIFY(m_presenter->last().summary.contains(QLatin1String("is now Manager")));

        const QJsonObject sent = jsonBody(m_sandbox->lastRequest());
        QCOMPARE(sent.value("orgRole").toString(), QStringLiteral("manager"));
        QCOMPARE(sent.value("teamRoles").toArray().size(), 2);
        const sandbox::MemberRecord *stored = m_sandbox->org().member(id);
        QCOMPARE(stored->role, QStringLiteral("manager"));
        QCOMPARE(stored->teams.size(), 2);
        QVERIFY(std::none_of(stored->teams.cbegin(), stored->teams.cend(),
                             [&](const auto &t) { return t.teamSlug == dropped; }));
    }

    void teamRoleOnly_keepsOrgRoleOutOfTheRequest()
    {
        open(QStringLiteral("manager"));
        sandbox::MemberRecord *target = plainMember();
        const QString slug = target->teams.at(0).teamSlug;
        load(target->email);
        chooseByKeyboard(teamRoleCombo(slug), QStringLiteral("Team Admin"));
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        const QJsonObject sent = jsonBody(m_sandbox->lastRequest());
        QVERIFY(!sent.contains("orgRole"));
        QVERIFY(m_presenter->last().summary.contains(slug + QStringLiteral(" (Team Admin)")));
    }

    void managerCannotDemoteOwner_messageOnRoleField()
    {
        open(QStringLiteral("manager"));
        load(QStringLiteral("grace.hopper@example.com"));
        // The picker offers only what the manager may assign; the owner's role stays shown.
        chooseByKeyboard(m_form->ui()->orgRoleCombo, QStringLiteral("Member"));
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        const QString message =
            QStringLiteral("You do not have permission to assign a role to the given user.");
        QCOMPARE(m_presenter->last().summary, message);
        QCOMPARE(m_form->feedback().messageFor(QStringLiteral("orgRole")), message);
        QCOMPARE(m_form->ui()->orgRoleCombo->currentData().toString(), QStringLiteral("member"));
    }

    void unknownEmail_markedOnMemberField()
    {
        open(QStringLiteral("owner"));
        load(QStringLiteral("nobody.here@example.com"));
        QVERIFY(m_form->feedback()
                    .messageFor(QStringLiteral("memberId"))
                    .contains(QLatin1String("nobody.here@example.com")));
        QVERIFY(!m_form->member().has_value());
        QCOMPARE(m_form->ui()->memberEdit->text(), QStringLiteral("nobody.here@example.com"));
    }

    void saveWithoutMember_isRefusedLocally()
    {
        open(QStringLiteral("owner"));
        const qsizetype before = m_sandbox->requestCount();
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QCOMPARE(m_form->feedback().messageFor(QStringLiteral("memberId")),
                 QStringLiteral("Load a member first."));
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    void resendExpiredInvitation_regenerates()
    {
        open(QStringLiteral("owner"));
        const sandbox::MemberRecord *expired = nullptr;
        for (const auto &m : m_sandbox->org().members) {
            if (m.isPending() && m.tokenExpired && m.isApproved())
                expired = &m;
        }
        QVERIFY(expired);
        const qint64 id = expired->id;
        load(expired->email);
        QVERIFY(m_form->ui()->resendButton->isVisible());
        QVERIFY(m_form->ui()->memberInfoLabel->text().contains(QLatin1String("expired")));
        QTest::mouseClick(m_form->ui()->resendButton, Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QVERIFY(m_presenter->last().summary.startsWith(
            QLatin1String("A new invitation link was sent")));
        QCOMPARE(jsonBody(m_sandbox->lastRequest()),
                 (QJsonObject{{"reinvite", true}, {"regenerate", true}}));
        QVERIFY(!m_sandbox->org().member(id)->tokenExpired);
    }

    // An integration token cannot change the role (disabled, with the reason where the role
    // is); its team changes still go out, without orgRole.
    void integrationToken_roleDisabledTeamsEditable()
    {
        open(QStringLiteral("integration"));
        sandbox::MemberRecord *target = plainMember();
        load(target->email);
        QVERIFY(!m_form->ui()->orgRoleCombo->isEnabled());
        QVERIFY(m_form->ui()->orgRoleCombo->accessibleDescription().contains(
            QLatin1String("integration token")));
        QVERIFY(m_form->ui()->roleDescriptionLabel->isVisible());
        QVERIFY(m_form->ui()->teamPicker->isEnabled());
    }

    void roleRestrictedMember_pickerDisabled()
    {
        open(QStringLiteral("owner"));
        sandbox::MemberRecord *target = plainMember();
        target->flags.insert(QStringLiteral("idp:role-restricted"), true);
        load(target->email);
        QVERIFY(!m_form->ui()->orgRoleCombo->isEnabled());
        QVERIFY(m_form->ui()->roleDescriptionLabel->text().contains(
            QLatin1String("identity provider")));
    }
};

QTEST_MAIN(TestEditRolesForm)
#include "tst_editrolesform.moc"
