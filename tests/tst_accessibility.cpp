// SPDX-License-Identifier: MIT
// What a screen reader is given, checked in process through QAccessible: every input named
// (combo boxes by their label, as Qt announces them on Linux), every dialog's message exposed,
// the connection readable, team roles reachable, unavailable entries announced as such. The
// same is checked over AT-SPI on the desktop bus by tests/a11y; these fail first and fast.
#include "support/guitest.h"

#include "gui/connectdialog.h"
#include "gui/editmemberrolesform.h"
#include "gui/externaluserform.h"
#include "gui/invitememberform.h"
#include "gui/mainwindow.h"
#include "ui_editmemberrolesform.h"
#include "ui_externaluserform.h"
#include "ui_invitememberform.h"
#include "ui_mainwindow.h"

#include <QAccessible>
#include <QCheckBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabWidget>

using namespace sm;
using namespace sm::test;

namespace {

QAccessibleInterface *accessible(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object);
}

QString nameOf(QObject *object)
{
    QAccessibleInterface *iface = accessible(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// What a screen reader announces an input as. On Linux Qt names a combo box by its current
// entry and announces its label through the labelled-by relation; everything else by name.
QString announcedLabel(QWidget *input)
{
    QAccessibleInterface *iface = accessible(input);
    if (!iface)
        return {};
    if (qobject_cast<QComboBox *>(input)) {
        QStringList labels;
        for (const auto &[label, relation] : iface->relations(QAccessible::Label))
            labels.append(label->text(QAccessible::Name));
        return labels.join(QLatin1Char(' '));
    }
    return iface->text(QAccessible::Name);
}

// Inputs a keyboard user can reach (tab stops) that a screen reader could not name.
QStringList unnamedInputs(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                           qobject_cast<QAbstractItemView *>(w) ||
                           qobject_cast<QAbstractButton *>(w) || qobject_cast<QPlainTextEdit *>(w);
        if (!input || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() ||
            w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // Parts of a combo box (its popup, an editable combo's own line edit) are checked with
        // the combo box itself, except the line edit, which must carry a name of its own.
        bool insideCombo = false;
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            insideCombo = insideCombo || qobject_cast<QComboBox *>(p);
        const bool comboEdit = qobject_cast<QLineEdit *>(w) && insideCombo;
        if (insideCombo && !comboEdit)
            continue;
        const QString name = comboEdit ? nameOf(w) : announcedLabel(w);
        if (name.trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                           w->objectName());
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public GuiTest
{
    Q_OBJECT

    gui::MainWindow *m_window = nullptr;

    // The main window at its own default size, connected as `who`.
    void showWindow(const QString &who = QStringLiteral("owner"))
    {
        m_window = openWindow();
        QVERIFY(connectAs(who));
    }
    template<typename Form> Form *openTask(int index)
    {
        m_window->showTask(index);
        return static_cast<Form *>(m_window->form(index));
    }
    gui::EditMemberRolesForm *editFormWithMember(const QString &email)
    {
        auto *form = openTask<gui::EditMemberRolesForm>(1);
        [&] {
            QVERIFY(waitUntil([&] { return form->ui()->teamPicker->teamCount() == 8; }));
            typeInto(form->ui()->memberEdit, email);
            QTest::keyClick(form->ui()->memberEdit, Qt::Key_Return);
            QVERIFY(waitUntil([&] { return form->member().has_value() && !form->isBusy(); }));
        }();
        return form;
    }
    const sandbox::MemberRecord *memberWithTeams(int teams)
    {
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.role == QLatin1String("member") && !m.isPending() && m.id > 20 &&
                m.teams.size() == teams)
                return &m;
        }
        return nullptr;
    }

private slots:
    void resultDialog_readsItsSentence()
    {
        showWindow();
        auto *form = openTask<gui::InviteMemberForm>(0);
        typeInto(form->ui()->emailEdit, QStringLiteral("ada.new@example.com"));
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog());
        gui::MessageDialog *dialog = m_presenter->lastDialog();
        const QString sentence =
            QStringLiteral("Invitation sent to ada.new@example.com as Member; no teams.");
        QCOMPARE(dialog->summary(), sentence);
        QAccessibleInterface *iface = accessible(dialog);
        QCOMPARE(iface->role(), QAccessible::Dialog);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Invite member: done"));
        QCOMPARE(iface->text(QAccessible::Description), sentence);
        // The label is read by its text: no accessible name may replace it.
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QCOMPARE(nameOf(label), sentence);
    }

    void errorDialog_isAnAlertWithSentrysWords()
    {
        showWindow();
        auto *form = openTask<gui::InviteMemberForm>(0);
        typeInto(form->ui()->emailEdit, QStringLiteral("grace.hopper@example.com"));
        QTest::keyClick(form->ui()->emailEdit, Qt::Key_Return);
        QVERIFY(m_presenter->waitForDialog());
        gui::MessageDialog *dialog = m_presenter->lastDialog();
        QAccessibleInterface *iface = accessible(dialog);
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
        const QString sentry =
            QStringLiteral("The user grace.hopper@example.com is already a member");
        QVERIFY(iface->text(QAccessible::Description).startsWith(sentry));
        QVERIFY(
            nameOf(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))).startsWith(sentry));
        // The field's own message is its description, so it is heard on the field too.
        QCOMPARE(accessible(form->ui()->emailEdit)->text(QAccessible::Description), sentry);
    }

    void statusBar_readsTheConnection()
    {
        showWindow(QStringLiteral("manager"));
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(label);
        const QString text = m_window->connectionText();
        QVERIFY(text.contains(QLatin1String("demo")));
        QVERIFY(text.endsWith(QLatin1String("(Manager)")));
        QCOMPARE(nameOf(label), text);
        // What the token can do is read with it.
        const QString description = accessible(label)->text(QAccessible::Description);
        QVERIFY2(description.startsWith(QLatin1String("Connection. Scopes include member:admin")),
                 qPrintable(description));
    }

    void everyInput_isNamed()
    {
        showWindow();
        for (gui::TaskForm *form : m_window->forms()) {
            QVERIFY2(unnamedInputs(form).isEmpty(),
                     qPrintable(form->title() + QStringLiteral(": ") +
                                unnamedInputs(form).join(QLatin1String(", "))));
        }
        const sandbox::MemberRecord *target = memberWithTeams(2);
        QVERIFY(target);
        gui::EditMemberRolesForm *form = editFormWithMember(target->email);
        QVERIFY2(unnamedInputs(form).isEmpty(), qPrintable(unnamedInputs(form).join(", ")));
        m_window->openConnectDialog(false);
        QVERIFY(!m_window->connectDialog()->windowTitle().isEmpty());
        QVERIFY2(unnamedInputs(m_window->connectDialog()).isEmpty(),
                 qPrintable(unnamedInputs(m_window->connectDialog()).join(", ")));
        m_window->connectDialog()->reject();
    }

    void teamRoles_eachNamedByItsTeam()
    {
        showWindow();
        const sandbox::MemberRecord *target = memberWithTeams(2);
        QVERIFY(target);
        gui::EditMemberRolesForm *form = editFormWithMember(target->email);
        gui::TeamPicker *picker = form->ui()->teamPicker;
        for (const sandbox::TeamRecord &team : m_sandbox->org().teams) {
            QCheckBox *box = picker->checkBox(team.slug);
            QVERIFY(box);
            QVERIFY(nameOf(box).contains(team.slug));
            QCOMPARE(announcedLabel(picker->roleCombo(team.slug)),
                     QStringLiteral("Team role in %1:").arg(team.slug));
            const bool member = std::any_of(target->teams.cbegin(), target->teams.cend(),
                                            [&](const auto &t) { return t.teamSlug == team.slug; });
            QCOMPARE(accessible(box)->state().checked, member);
            QCOMPARE(accessible(picker->roleCombo(team.slug))->state().disabled, !member);
        }
    }

    void teamRoles_reachedWithTabInOrder()
    {
        showWindow();
        const sandbox::MemberRecord *target = memberWithTeams(2);
        QVERIFY(target);
        gui::EditMemberRolesForm *form = editFormWithMember(target->email);
        gui::TeamPicker *picker = form->ui()->teamPicker;
        QWidget *previous = form->ui()->orgRoleCombo;
        // From the organization role, Tab visits every team in order, and the role of each
        // team the member is in right after it.
        form->ui()->orgRoleCombo->setFocus();
        QStringList visited;
        for (int step = 0; step < 40; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (now == previous || !picker->isAncestorOf(now))
                break;
            visited.append(now->objectName());
            previous = now;
        }
        // Rows in the order shown; a team the identity provider manages is not a tab stop.
        QStringList expected;
        for (QCheckBox *box : picker->findChildren<QCheckBox *>()) {
            if (!box->isEnabled())
                continue;
            expected.append(box->objectName());
            if (box->isChecked())
                expected.append(
                    box->objectName().replace(QLatin1String("team_"), QLatin1String("teamRole_")));
        }
        QCOMPARE(expected.size(), 9); // seven teams to choose from, two of them with roles
        QCOMPARE(visited, expected);
        QVERIFY(!picker->isAncestorOf(QApplication::focusWidget()));
    }

    void teamRole_changedFromTheKeyboardAlone()
    {
        showWindow();
        const sandbox::MemberRecord *target = memberWithTeams(2);
        QVERIFY(target);
        const qint64 id = target->id;
        const QString slug = target->teams.at(0).teamSlug;
        gui::EditMemberRolesForm *form = editFormWithMember(target->email);
        // Alt+E (the Teams label) lands on the first team; Tab on to this team's role.
        QTest::keyClick(form, Qt::Key_E, Qt::AltModifier);
        QVERIFY(form->ui()->teamPicker->isAncestorOf(QApplication::focusWidget()));
        QComboBox *role = form->ui()->teamPicker->roleCombo(slug);
        for (int step = 0; step < 20 && QApplication::focusWidget() != role; ++step)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), role);
        chooseByKeyboard(role, QStringLiteral("Team Admin"));
        QTest::keyClick(form, Qt::Key_S, Qt::AltModifier);
        QVERIFY(m_presenter->waitForDialog());
        QVERIFY2(!m_presenter->last().error, qPrintable(m_presenter->last().summary));
        const auto &stored = m_sandbox->org().member(id)->teams;
        QVERIFY(std::any_of(stored.cbegin(), stored.cend(), [&](const auto &t) {
            return t.teamSlug == slug && t.role == QLatin1String("admin");
        }));
    }

    void rolePopup_announcesUnavailableRoles()
    {
        showWindow(QStringLiteral("manager"));
        auto *form = openTask<gui::InviteMemberForm>(0);
        QAccessibleInterface *list = accessible(form->ui()->orgRoleCombo)->child(0);
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->childCount(), form->ui()->orgRoleCombo->count());
        QMap<QString, bool> disabled;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *item = list->child(i);
            QCOMPARE(item->role(), QAccessible::ListItem);
            QCOMPARE(list->indexOfChild(item), i);
            disabled.insert(item->text(QAccessible::Name).section(QLatin1Char(' '), 0, 0),
                            item->state().disabled);
        }
        QCOMPARE(disabled.value(QStringLiteral("Member")), false);
        QCOMPARE(disabled.value(QStringLiteral("Manager")), false);
        QCOMPARE(disabled.value(QStringLiteral("Owner")), true);
        QCOMPARE(disabled.value(QStringLiteral("Admin")), true);
        // The role's description is the entry's description.
        QVERIFY(!list->child(0)->text(QAccessible::Description).isEmpty());
    }

    void teams_fitTheDefaultWindow()
    {
        showWindow();
        const sandbox::MemberRecord *target = memberWithTeams(2);
        QVERIFY(target);
        gui::EditMemberRolesForm *form = editFormWithMember(target->email);
        QCoreApplication::processEvents();
        gui::TeamPicker *picker = form->ui()->teamPicker;
        QCOMPARE(picker->verticalScrollBar()->maximum(), 0);
        QCheckBox *last = picker->checkBox(m_sandbox->org().teams.constLast().slug);
        QVERIFY(picker->viewport()->rect().contains(
            last->mapTo(picker->viewport(), last->rect().bottomRight())));
        saveScreenshot(m_window, QStringLiteral("edit-member-roles-default-size"));
    }

    void fieldMessages_sitRightBelowTheirField()
    {
        showWindow();
        auto *form = openTask<gui::ExternalUserForm>(3);
        QVERIFY(waitUntil([&] { return !form->isLoading(); }));
        QTest::mouseClick(form->ui()->updateRadio, Qt::LeftButton);
        form->ui()->userCombo->lineEdit()->clear();
        typeInto(form->ui()->externalNameEdit, QStringLiteral("no at sign"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        saveScreenshot(m_window, QStringLiteral("link-external-user-field-errors"));
        const QList<QWidget *> inputs{form->ui()->linkIdEdit, form->ui()->userCombo,
                                      form->ui()->externalNameEdit};
        for (QWidget *input : inputs) {
            auto *message = form->findChild<QLabel *>(input->objectName() + QLatin1String("Error"));
            QVERIFY2(message && message->isVisible(), qPrintable(input->objectName()));
            const QWidget *common = form;
            const QRect field(input->mapTo(common, QPoint(0, 0)), input->size());
            const QRect below(message->mapTo(common, QPoint(0, 0)), message->size());
            const int gap = below.top() - field.bottom();
            QVERIFY2(gap >= 0 && gap <= 12,
                     qPrintable(QStringLiteral("%1: message %2 px below its field")
                                    .arg(input->objectName())
                                    .arg(gap)));
            // The box is as tall as its text: no blank lines before the next field.
            QVERIFY2(message->height() <= message->heightForWidth(message->width()) + 2,
                     qPrintable(QStringLiteral("%1: message box %2 px tall for %3 px of text")
                                    .arg(input->objectName())
                                    .arg(message->height())
                                    .arg(message->heightForWidth(message->width()))));
            QVERIFY2(below.left() >= field.left() - 2 && below.left() <= field.left() + 8,
                     qPrintable(QStringLiteral("%1: message starts at x=%2, field at x=%3")
                                    .arg(input->objectName())
                                    .arg(below.left())
                                    .arg(field.left())));
        }
    }

    void userCombo_textEntryIsNamed()
    {
        showWindow();
        auto *form = openTask<gui::ExternalUserForm>(3);
        QCOMPARE(nameOf(form->ui()->userCombo->lineEdit()), QStringLiteral("Sentry user"));
        QCOMPARE(announcedLabel(form->ui()->userCombo), QStringLiteral("Sentry user:"));
    }

    void about_opensWithoutBlocking()
    {
        showWindow();
        // A blocking exec() would not return here until the box closed.
        m_window->ui()->actionAbout->trigger();
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->windowTitle(), QStringLiteral("About Sentry Members"));
        QVERIFY(box->text().contains(QApplication::applicationVersion()));
        box->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
