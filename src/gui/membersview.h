// SPDX-License-Identifier: MIT
#pragma once

#include "api/session.h"
#include "directory/memberdirectory.h"
#include "directory/memberfilter.h"
#include "directory/memberpermissions.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class MembersView;
}

namespace sm::profiles {
class AppSettings;
}

namespace sm::gui {

class DialogPresenter;
class LinkedAccountsPanel;
class MemberRowActions;

// The organization's members: search, filters, sorting, and the actions on the selected
// row (edit roles, resend the invitation, remove, link an account, copy the email), each
// disabled with Sentry's reason when the caller cannot do it; one change for every selected
// row goes to the Bulk changes window. Loads when the session
// connects, page by page, the first page at once.
class MembersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersView)

public:
    enum class ExportFormat
    {
        Csv,
        Json,
    };

    // Shows `store` (owned by the caller, shared with the forms) and changes it by row.
    MembersView(Session *session, directory::MemberDirectory *store, DialogPresenter *presenter,
                QWidget *parent = nullptr);
    ~MembersView() override;

    Ui::MembersView *ui() const { return m_ui.get(); }
    directory::MemberDirectory *directory() { return m_directory; }
    directory::MemberFilter *filter() { return &m_filter; }
    // The member of the current row, if any.
    const directory::DirectoryMember *currentMember() const;
    QList<const directory::DirectoryMember *> selectedMembers() const;
    void selectMember(const QString &memberId);
    void showTeam(const QString &teamSlug);
    // What Export writes: the selected rows when several are selected, else every row shown;
    // in the view's order either way.
    QList<const directory::DirectoryMember *> membersToExport() const;
    // Writes membersToExport() to `path`; false (and a dialog) when it cannot.
    bool exportTo(const QString &path, ExportFormat format);
    void reload();
    // Where the column layout and sort are kept across launches (the app's one settings
    // object); restores them now. Without it the layout lasts for this window only.
    void setLayoutSettings(profiles::AppSettings *settings);

    QAction *editAction() const { return m_edit; }
    QAction *resendAction() const { return m_resend; }
    QAction *removeAction() const { return m_remove; }
    QAction *linkAction() const { return m_link; }
    QAction *copyAction() const { return m_copy; }
    QAction *previewResendAction() const { return m_previewResend; }
    QAction *changeSelectedAction() const { return m_changeSelected; }

signals:
    void editRolesRequested(const QString &memberId, const QString &email);
    void linkRequested(const QString &userId);
    void changeLinkRequested(const QString &linkId);
    // The selected members and one change for them, as a bulk file for the Bulk changes
    // window to check and run; `source` names it there ("5 selected members").
    void bulkChangeRequested(const QString &fileText, const QString &source);
    // A sentence for the status bar (why an action is unavailable, what just happened).
    void statusMessage(const QString &text);

private:
    void onSessionState(Session::State state);
    void fillFilters();
    void applyFilters();
    void updateActions();
    void updateCounts();
    // The notice under the table while some team's members could not be read.
    void updateTeamsNotice();
    void updateLinks();
    void resendInvite();
    void previewResend();
    void confirmRemove();
    void changeSelected();
    void copyEmails();
    void chooseExport();
    void updateExportHint();
    void saveLayout() const;
    void restoreLayout();

    std::unique_ptr<Ui::MembersView> m_ui;
    Session *m_session;
    DialogPresenter *m_presenter;
    directory::MemberDirectory *m_directory;
    directory::MemberFilter m_filter;
    directory::Caller m_caller;
    QAction *m_edit = nullptr;
    QAction *m_resend = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_link = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_previewResend = nullptr;
    QAction *m_changeSelected = nullptr;
    MemberRowActions *m_rowActions = nullptr;
    LinkedAccountsPanel *m_links = nullptr;
    profiles::AppSettings *m_layoutSettings = nullptr;
    // While the list streams in, the proxy reports each sorted insertion on its own: the
    // count is updated once per event-loop turn instead.
    QTimer m_countsLater;
    bool m_layoutRestored = false;
    QString m_exportHint; // the form's own tooltip, for when the whole view is exported
    QString m_noTeamHint; // the No team box's own tooltip, while every team could be read
};

} // namespace sm::gui
