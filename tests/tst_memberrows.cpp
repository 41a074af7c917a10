// SPDX-License-Identifier: MIT
// Changes made from a member's row, driven as a user does: resend, remove, unlink, and the
// forms a row opens. Each confirmation previews its request, each outcome reaches the table at
// once (a lost answer checked, an unknown one marked), checked against what the sandbox
// received.
#include "support/membersviewtest.h"

#include "sandbox/faults.h"

#include "directory/memberexport.h"
#include "gui/confirmchangedialog.h"
#include "gui/editmemberrolesform.h"
#include "gui/externaluserform.h"
#include "gui/membersview.h"
#include "gui/requestpreviewdialog.h"
#include "gui/scimview.h"
#include "gui/teamsview.h"
#include "ui_editmemberrolesform.h"
#include "ui_externaluserform.h"
#include "ui_mainwindow.h"
#include "ui_membersview.h"

#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace sm;
using namespace sm::test;
using directory::DirectoryMember;

class TestMemberRows : public MembersViewTest
{
    Q_OBJECT

private slots:
    void init() { GuiTest::init(); }

    void resend_expiredInviteRegenerates()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *expired =
            record([](const auto &m) { return m.isPending() && m.tokenExpired; });
        QVERIFY(expired);
        QVERIFY(clickMember(expired->email));
        QVERIFY(m_view->ui()->resendButton->isEnabled());
        QTest::mouseClick(m_view->ui()->resendButton, Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().body,
                 QByteArray(R"({"regenerate":true,"reinvite":true})"));
        QVERIFY(m_presenter->last().summary.contains(expired->email));
        QCOMPARE(m_view->currentMember()->status, DirectoryMember::Status::Invited);
    }

    void resend_previewIsWhatIsSent()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *pending =
            record([](const auto &m) { return m.isPending() && !m.tokenExpired; });
        QVERIFY(pending);
        QVERIFY(clickMember(pending->email));
        const qsizetype before = m_sandbox->requestCount();
        QVERIFY(m_view->previewResendAction()->isEnabled());
        m_view->previewResendAction()->trigger();
        const QString text = previewText(m_view);
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("PUT %1/api/0/organizations/demo/members/%2/")
                     .arg(m_sandbox->server().url().toString())
                     .arg(pending->id));
        QCOMPARE(m_sandbox->requestCount(), before);
        QTest::mouseClick(m_view->ui()->resendButton, Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_sandbox->lastRequest().body, text.section(QLatin1String("\n\n"), 1).toUtf8());
    }

    void remove_confirmationPreviewsTheRequest()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        const qint64 id = target->id;
        QVERIFY(clickMember(emailOf(target)));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QVERIFY(box->previewButton());
        const qsizetype before = m_sandbox->requestCount();
        QTest::mouseClick(box->previewButton(), Qt::LeftButton);
        const QString text = previewText(box);
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("DELETE %1/api/0/organizations/demo/members/%2/")
                     .arg(m_sandbox->server().url().toString())
                     .arg(id));
        QCOMPARE(m_sandbox->requestCount(), before);
        QTest::mouseClick(box->actionButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_sandbox->lastRequest().path,
                 QStringLiteral("/api/0/organizations/demo/members/%1/").arg(id));
    }

    void remove_enterOnTheConfirmationCancels()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        QVERIFY(clickMember(emailOf(target)));
        const qsizetype before = m_sandbox->requestCount();
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        QPointer<gui::ConfirmChangeDialog> box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return !box || !box->isVisible(); }));
        QTest::qWait(duplicateWindow);
        QCOMPARE(m_sandbox->requestCount(), before);
        QVERIFY(m_sandbox->org().member(target->id));
    }

    void remove_confirmedThenGone()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        const QString email = emailOf(target);
        const qint64 id = target->id;
        QVERIFY(clickMember(email));
        const qsizetype before = m_sandbox->requestCount();
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QVERIFY(box->text().contains(email));
        QCOMPARE(m_sandbox->requestCount(), before); // nothing sent before the answer
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                          Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("DELETE"));
        QVERIFY(!m_sandbox->org().member(id));
        QVERIFY(!m_view->directory()->members()->memberById(QString::number(id)));
    }

    // What the table shows of a member: the text of `column` in the row of `memberId`.
    QString shownCell(const QString &memberId, int column)
    {
        const auto *member = m_view->directory()->members()->memberById(memberId);
        QAbstractItemModel *model = m_view->ui()->membersTable->model();
        for (int row = 0; member && row < model->rowCount(); ++row) {
            if (model->index(row, directory::MembersModel::Email).data().toString() ==
                member->email)
                return model->index(row, column).data().toString();
        }
        return {};
    }
    int memberListReads() const
    {
        int reads = 0;
        for (const sandbox::Request &r : m_sandbox->api().received())
            reads +=
                r.method == "GET" && r.path == QLatin1String("/api/0/organizations/demo/members/");
        return reads;
    }

    void editRoles_theTableShowsTheNewRoleAtOnce()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:role-restricted");
        });
        QVERIFY(target);
        const QString id = QString::number(target->id);
        const QString email = emailOf(target);
        QVERIFY(clickMember(email));
        QCOMPARE(shownCell(id, directory::MembersModel::OrgRole), QStringLiteral("Member"));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Return);
        auto *form = static_cast<gui::EditMemberRolesForm *>(m_window->form(1));
        QVERIFY(waitUntil([&] { return form->ui()->orgRoleCombo->isEnabled(); }));
        const int reads = memberListReads();
        chooseByKeyboard(form->ui()->orgRoleCombo, QStringLiteral("Manager"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->org().member(target->id)->role, QStringLiteral("manager"));
        // Back in the table: the new role, without a reload of the list.
        QCOMPARE(shownCell(id, directory::MembersModel::OrgRole), QStringLiteral("Manager"));
        QCOMPARE(memberListReads(), reads);
    }

    void remove_answerLost_checkedAndTheRowGoes()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        QVERIFY(target);
        const qint64 id = target->id;
        m_sandbox->server().addFault({"DELETE", QStringLiteral("members/%1/").arg(id),
                                      sandbox::Fault::Kind::ResetAfter, 0, 1});
        QVERIFY(clickMember(emailOf(target)));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                          Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        const QString said = m_presenter->last().summary;
        QVERIFY2(said.startsWith(QLatin1String("The change was made.")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("is no longer in the organization.")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("may or may not")), qPrintable(said));
        QVERIFY(!m_sandbox->org().member(id));
        QVERIFY(!m_view->directory()->members()->memberById(QString::number(id)));
    }

    // An outcome nobody could confirm (the answer lost, the check failing too) marks the row
    // instead of guessing; a reload shows what Sentry has.
    void unknownOutcome_marksTheRowUntilAReload()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        QVERIFY(target);
        const QString id = QString::number(target->id);
        const QString path = QStringLiteral("members/%1/").arg(id);
        m_sandbox->server().addFault({"DELETE", path, sandbox::Fault::Kind::ResetAfter, 0, 1});
        bool checkBroken = false;
        m_sandbox->server().setExchangeObserver([&](const sandbox::Request &request,
                                                    const sandbox::Response &) {
            if (request.method == "DELETE" && !checkBroken) {
                checkBroken = true;
                m_sandbox->server().addFault({"GET", path, sandbox::Fault::Kind::Html500, 0, 1});
            }
        });
        QVERIFY(clickMember(emailOf(target)));
        QTest::keyClick(m_view->ui()->membersTable, Qt::Key_Delete);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->actionButton(), Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY(m_presenter->last().error);
        m_sandbox->server().setExchangeObserver({});
        QVERIFY(m_view->directory()->members()->memberById(id)); // not guessed away
        const QString status = shownCell(id, directory::MembersModel::Status);
        QCOMPARE(status, QStringLiteral("Active, change unconfirmed"));
        m_presenter->closeAll();

        m_view->reload();
        QVERIFY(waitUntil([&] { return !m_view->directory()->isLoading(); }));
        QVERIFY(!m_view->directory()->members()->memberById(id)); // Sentry had removed them
    }

    // The forms and pickers read the one store: opening them sends no list of their own.
    void forms_readTheStoreAndListNothingOfTheirOwn()
    {
        QVERIFY(open());
        const qsizetype before = m_sandbox->requestCount();
        m_window->ui()->actionInvite->trigger();
        m_window->ui()->actionEditRoles->trigger();
        m_window->ui()->actionLinkExternal->trigger();
        const QList<gui::TaskForm *> forms = m_window->forms();
        QVERIFY(waitUntil([&] {
            return std::none_of(forms.cbegin(), forms.cend(),
                                [](const gui::TaskForm *f) { return f->isLoading(); });
        }));
        const QList<sandbox::Request> &received = m_sandbox->api().received();
        for (auto it = received.cbegin() + before; it != received.cend(); ++it) {
            QVERIFY2(!it->path.endsWith(QLatin1String("/members/")) &&
                         !it->path.endsWith(QLatin1String("/teams/")),
                     qPrintable(it->path));
        }
        auto *link = qobject_cast<gui::ExternalUserForm *>(m_window->form(3));
        QVERIFY(link);
        const auto &members = m_view->directory()->members()->members();
        const auto joined =
            std::count_if(members.cbegin(), members.cend(),
                          [](const DirectoryMember &m) { return !m.userId.isEmpty(); });
        QCOMPARE(link->ui()->userCombo->count(), int(joined));
    }

    void remove_cancelledSendsNothing()
    {
        QVERIFY(open());
        const sandbox::MemberRecord *target = record([](const auto &m) {
            return m.role == "member" && !m.isPending() && !m.flags.value("idp:provisioned");
        });
        QVERIFY(clickMember(emailOf(target)));
        const qsizetype before = m_sandbox->requestCount();
        QTest::mouseClick(m_view->ui()->removeButton, Qt::LeftButton);
        gui::ConfirmChangeDialog *box = confirmation("removeConfirmation");
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QTest::qWait(duplicateWindow);
        QCOMPARE(m_sandbox->requestCount(), before);
        QVERIFY(m_sandbox->org().member(target->id));
    }

    void link_opensTheLinkFormForTheUser()
    {
        QVERIFY(open());
        const DirectoryMember *m = clickMember(QStringLiteral("grace.hopper@example.com"));
        QVERIFY(m);
        const QString userId = m->userId;
        QTest::mouseClick(m_view->ui()->linkButton, Qt::LeftButton);
        auto *form = static_cast<gui::ExternalUserForm *>(m_window->form(3));
        QCOMPARE(m_window->ui()->taskTabs->currentIndex(), 3);
        QVERIFY(form->ui()->createRadio->isChecked());
        QVERIFY(waitUntil([&] { return !form->isLoading(); }));
        QVERIFY(form->ui()->userCombo->currentData().toString() == userId ||
                form->ui()->userCombo->currentText() == userId);
    }

    void unlink_fromThePanel()
    {
        QVERIFY(open());
        const sandbox::ExternalUserRecord link = m_sandbox->org().externalUsers.first();
        const sandbox::MemberRecord *owner = m_sandbox->org().memberByUser(link.userId);
        QVERIFY(clickMember(emailOf(owner)));
        QVERIFY(m_view->ui()->linksGroup->isEnabled());
        QListWidget *links = m_view->ui()->linksList;
        QVERIFY(links->count() >= 1);
        links->setFocus();
        links->setCurrentRow(0);
        const QString linkId = links->item(0)->data(Qt::UserRole).toString();
        QTest::mouseClick(m_view->ui()->deleteLinkButton, Qt::LeftButton);
        gui::ConfirmChangeDialog *box = confirmation("unlinkConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmUnlinkButton")),
                          Qt::LeftButton);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        QCOMPARE(m_sandbox->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_sandbox->lastRequest().path,
                 QStringLiteral("/api/0/organizations/demo/external-users/%1/").arg(linkId));
        QVERIFY(!m_sandbox->org().externalUser(linkId.toLongLong()));
        // The panel shows it gone at once.
        for (int i = 0; i < links->count(); ++i)
            QVERIFY(links->item(i)->data(Qt::UserRole).toString() != linkId);
    }

    // Clicking from one row to the next: the panel follows the row now selected (the view
    // reports the current row before it selects it).
    void linksPanel_followsTheClickedRow()
    {
        QVERIFY(open());
        const sandbox::ExternalUserRecord link = m_sandbox->org().externalUsers.first();
        const QString linkedEmail = emailOf(m_sandbox->org().memberByUser(link.userId));
        QTableView *table = m_view->ui()->membersTable;
        int linkedRow = -1;
        for (int row = 0; row < table->model()->rowCount() && linkedRow < 0; ++row) {
            if (m_view->filter()->memberAt(table->model()->index(row, 0))->email == linkedEmail)
                linkedRow = row;
        }
        QVERIFY(linkedRow >= 0);
        const int otherRow = linkedRow == 0 ? 1 : linkedRow - 1;
        for (int row : {otherRow, linkedRow}) {
            table->scrollTo(table->model()->index(row, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(table->model()->index(row, 0)).center());
        }
        QCOMPARE(m_view->currentMember()->email, linkedEmail);
        QVERIFY2(m_view->ui()->linksGroup->title().contains(linkedEmail),
                 qPrintable(m_view->ui()->linksGroup->title()));
        QVERIFY(m_view->ui()->linksGroup->isEnabled());
        QVERIFY(m_view->ui()->linksList->item(0)->text().contains(link.externalName));
    }
};

QTEST_MAIN(TestMemberRows)
#include "tst_memberrows.moc"
