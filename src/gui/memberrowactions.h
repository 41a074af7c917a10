// SPDX-License-Identifier: MIT
#pragma once

#include "directory/directorymember.h"
#include "gui/rowchange.h"

#include <QObject>
#include <QPointer>

namespace sm::gui {

class ConfirmChangeDialog;

// The changes the members view starts from a row: resend an invitation (and preview its
// request), remove a member and unlink an account after a confirmation that previews the
// request. One change at a time; its outcome goes to the store and is told in one dialog.
// The view decides what is allowed; this only words, confirms and runs.
class MemberRowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberRowActions)

public:
    // Dialogs open over `view`.
    MemberRowActions(Session *session, directory::MemberDirectory *store,
                     DialogPresenter *presenter, QWidget *view);
    ~MemberRowActions() override;

    // A change is running or a confirmation is open: another waits.
    bool isBusy() const { return m_rowChange->isBusy() || m_confirm; }

    void resend(const directory::DirectoryMember &member);
    void previewResend(const directory::DirectoryMember &member);
    void confirmRemove(const directory::DirectoryMember &member);
    void confirmUnlink(const directory::DirectoryMember &member, const QString &linkId,
                       const QString &linkText);

signals:
    // A sentence for the status bar: what is happening or just happened.
    void statusMessage(const QString &text);

private:
    static ops::Operation resendOperation(const directory::DirectoryMember &member);

    Session *m_session;
    DialogPresenter *m_presenter;
    QWidget *m_view;
    RowChange *m_rowChange;
    QPointer<ConfirmChangeDialog> m_confirm;
};

} // namespace sm::gui
