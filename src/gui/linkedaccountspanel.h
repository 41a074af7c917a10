// SPDX-License-Identifier: MIT
#pragma once

#include "directory/directorymember.h"

#include <QObject>

#include <optional>

class QGroupBox;
class QListWidget;
class QPushButton;

namespace sm::gui {

class MemberRowActions;

// The selected member's external links under the members table: one line per link, with
// Change (the link form) and Unlink (confirmed, then run as an operation). It works on the
// members view's own widgets, so the view's form and tab order stay in one .ui file.
class LinkedAccountsPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkedAccountsPanel)

public:
    struct Widgets
    {
        QGroupBox *group;
        QListWidget *list;
        QPushButton *change;
        QPushButton *unlink;
    };
    LinkedAccountsPanel(Widgets widgets, MemberRowActions *actions, QObject *parent);

    // The links of `member` (none chosen: an empty panel); `canChange` enables the panel.
    void show(const directory::DirectoryMember *member, bool canChange);

signals:
    void changeLinkRequested(const QString &linkId);

private:
    void confirmUnlink();
    void fitTwoLines();

    Widgets m_widgets;
    MemberRowActions *m_actions;
    // A copy: the store's rows move while a confirmation is open.
    std::optional<directory::DirectoryMember> m_member;
};

} // namespace sm::gui
