// SPDX-License-Identifier: MIT
#include "gui/memberrowactions.h"

#include "api/session.h"
#include "gui/confirmchangedialog.h"
#include "gui/dialogpresenter.h"
#include "gui/requestpreviewdialog.h"
#include "operations/requestpreview.h"

namespace sm::gui {

using directory::DirectoryMember;

namespace {

QString who(const DirectoryMember &m)
{
    return nameAndEmail(m.name, m.email);
}

} // namespace

MemberRowActions::MemberRowActions(Session *session, directory::MemberDirectory *store,
                                   DialogPresenter *presenter, QWidget *view)
    : QObject(view)
    , m_session(session)
    , m_presenter(presenter)
    , m_view(view)
    , m_rowChange(new RowChange(session, store, presenter, view))
{
    connect(m_rowChange, &RowChange::statusMessage, this, &MemberRowActions::statusMessage);
}

MemberRowActions::~MemberRowActions() = default;

ops::Operation MemberRowActions::resendOperation(const DirectoryMember &member)
{
    // An expired invitation needs a new link (regenerate), which Sentry allows with
    // member:admin only.
    const bool regenerate = member.status == DirectoryMember::Status::InviteExpired;
    return ops::Operation(ResendInvite{member.id, regenerate}, member.email);
}

void MemberRowActions::resend(const DirectoryMember &member)
{
    if (isBusy())
        return;
    const ops::Operation operation = resendOperation(member);
    const bool regenerate = operation.as<ResendInvite>()->regenerate;
    RowChange::Words words;
    words.activity = tr("Sending the invitation to %1 again…").arg(member.email);
    words.doneTitle = tr("Invitation sent");
    words.failureTitle = tr("Could not resend the invitation");
    words.done = [email = member.email, regenerate](const ops::RunOutcome &) {
        return regenerate ? tr("Sent %1 a new invitation link; the expired one no longer works.")
                                .arg(email)
                          : tr("Sent the invitation to %1 again.").arg(email);
    };
    m_rowChange->start(operation, words);
}

void MemberRowActions::previewResend(const DirectoryMember &member)
{
    auto *dialog = new RequestPreviewDialog(
        tr("Resend invitation: request preview"),
        ops::previewRequest(m_session->settings(), resendOperation(member)), m_view);
    dialog->open();
}

void MemberRowActions::confirmRemove(const DirectoryMember &member)
{
    if (isBusy())
        return;
    const ops::Operation operation(ops::RemoveMember{member.id}, who(member));
    const QString organization = m_session->settings().organization;
    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("removeConfirmation");
    confirmation.title = tr("Remove member");
    confirmation.question = tr("Remove %1 from %2?").arg(who(member), organization);
    confirmation.consequence =
        member.isPending()
            ? tr("The invitation is withdrawn: its link stops working.")
            : tr("They lose access to the organization and its projects at once. This cannot "
                 "be undone; to bring them back, invite them again.");
    confirmation.actionText = tr("Remove");
    confirmation.actionObjectName = QStringLiteral("confirmRemoveButton");
    confirmation.request = ops::previewRequest(m_session->settings(), operation);
    m_confirm = m_presenter->confirm(m_view, confirmation);
    connect(m_confirm, &ConfirmChangeDialog::confirmed, this,
            [this, member, operation, organization] {
                RowChange::Words words;
                words.activity = tr("Removing %1…").arg(member.email);
                words.doneTitle = tr("Member removed");
                words.failureTitle = tr("Could not remove %1").arg(member.email);
                words.done = [name = who(member), organization](const ops::RunOutcome &) {
                    return tr("%1 is no longer a member of %2.").arg(name, organization);
                };
                m_rowChange->start(operation, words);
            });
}

void MemberRowActions::confirmUnlink(const DirectoryMember &member, const QString &linkId,
                                     const QString &linkText)
{
    if (isBusy())
        return;
    const ops::Operation operation(ops::DeleteLink{linkId, member.userId}, who(member));
    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("unlinkConfirmation");
    confirmation.title = tr("Unlink account");
    confirmation.question = tr("Unlink %1 from %2?").arg(linkText, who(member));
    confirmation.consequence = tr("Sentry stops assigning that account's issues and code owners "
                                  "to this member.");
    confirmation.actionText = tr("Unlink");
    confirmation.actionObjectName = QStringLiteral("confirmUnlinkButton");
    confirmation.request = ops::previewRequest(m_session->settings(), operation);
    m_confirm = m_presenter->confirm(m_view, confirmation);
    connect(m_confirm, &ConfirmChangeDialog::confirmed, this, [this, member, linkText, operation] {
        RowChange::Words words;
        words.activity = tr("Unlinking %1…").arg(linkText);
        words.doneTitle = tr("Account unlinked");
        words.failureTitle = tr("Could not unlink the account");
        words.done = [linkText, name = who(member)](const ops::RunOutcome &) {
            return tr("%1 is no longer linked to %2.").arg(linkText, name);
        };
        m_rowChange->start(operation, words);
    });
}

} // namespace sm::gui
