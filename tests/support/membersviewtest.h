// SPDX-License-Identifier: MIT
#pragma once

// The main window on the sandbox with the members view loaded, and the steps its tests share:
// clicking a member's row, finding a sandbox record, waiting for a confirmation.
#include "support/guitest.h"

#include "gui/confirmchangedialog.h"
#include "gui/membersview.h"
#include "gui/requestpreviewdialog.h"
#include "ui_membersview.h"

#include <QTableView>

namespace sm::test {

class MembersViewTest : public GuiTest
{
protected:
    gui::MainWindow *m_window = nullptr;
    gui::MembersView *m_view = nullptr;

    bool open(const QString &as = QStringLiteral("owner"))
    {
        m_window = openWindow(QSize(1100, 760));
        if (!connectAs(as))
            return false;
        m_view = m_window->membersView();
        return waitUntil([&] {
            return !m_view->directory()->isLoading() && m_view->directory()->loadedCount() > 0;
        });
    }
    // Clicks the row of the member with this email (searching for it first).
    const directory::DirectoryMember *clickMember(const QString &email)
    {
        m_view->ui()->searchEdit->clear();
        QTest::keyClicks(m_view->ui()->searchEdit, email);
        QTableView *table = m_view->ui()->membersTable;
        if (!waitUntil([&] { return table->model()->rowCount() >= 1; }))
            return nullptr;
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        return m_view->currentMember();
    }
    const sandbox::MemberRecord *
    record(const std::function<bool(const sandbox::MemberRecord &)> &pred)
    {
        for (const sandbox::MemberRecord &m : m_sandbox->org().members) {
            if (m.isApproved() && pred(m))
                return &m;
        }
        return nullptr;
    }
    QString emailOf(const sandbox::MemberRecord *m)
    {
        const sandbox::UserRecord *u = m->userId ? m_sandbox->org().user(*m->userId) : nullptr;
        return u ? u->email : m->email;
    }
    gui::ConfirmChangeDialog *confirmation(const char *name)
    {
        gui::ConfirmChangeDialog *box = nullptr;
        waitUntil([&] {
            box = m_view->findChild<gui::ConfirmChangeDialog *>(QLatin1String(name));
            return box && box->isVisible();
        });
        return box;
    }
    // The text of the request preview `owner` shows, closing it (empty when none showed).
    QString previewText(QWidget *owner)
    {
        gui::RequestPreviewDialog *dialog = nullptr;
        waitUntil([&] {
            dialog = owner->findChild<gui::RequestPreviewDialog *>();
            return dialog && dialog->isVisible();
        });
        if (!dialog)
            return QString();
        const QString text = dialog->requestText();
        dialog->close();
        return text;
    }
};

} // namespace sm::test
