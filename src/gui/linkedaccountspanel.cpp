// SPDX-License-Identifier: MIT
#include "gui/linkedaccountspanel.h"

#include "core/entities.h"
#include "core/sentryvocabulary.h"
#include "gui/confirmchangedialog.h"
#include "gui/memberrowactions.h"

#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>

namespace sm::gui {

LinkedAccountsPanel::LinkedAccountsPanel(Widgets widgets, MemberRowActions *actions,
                                         QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_actions(actions)
{
    fitTwoLines();
    m_widgets.group->setEnabled(false);
    connect(m_widgets.change, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_widgets.list->currentItem())
            emit changeLinkRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_widgets.unlink, &QPushButton::clicked, this, &LinkedAccountsPanel::confirmUnlink);
    connect(m_widgets.list, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_widgets.list->currentItem();
        const bool chosen = item && !item->data(Qt::UserRole).toString().isEmpty();
        m_widgets.change->setEnabled(chosen);
        m_widgets.unlink->setEnabled(chosen);
    });
}

void LinkedAccountsPanel::fitTwoLines()
{
    // The table above takes the room: the links fit in two lines of a compact list.
    QListWidget *list = m_widgets.list;
    list->setMaximumHeight(2 * (list->fontMetrics().height() + 2 * list->spacing() + 4) +
                           2 * list->frameWidth());
}

void LinkedAccountsPanel::show(const directory::DirectoryMember *member, bool canChange)
{
    m_member = member ? std::optional(*member) : std::nullopt;
    m_widgets.list->clear();
    m_widgets.group->setTitle(
        member ? tr("Linked accounts of %1").arg(nameAndEmail(member->name, member->email))
               : tr("Linked accounts of the selected member"));
    m_widgets.group->setEnabled(member && !member->externalUsers.isEmpty() && canChange);
    m_widgets.change->setEnabled(false);
    m_widgets.unlink->setEnabled(false);
    if (!member)
        return;
    for (const ExternalUser &link : member->externalUsers) {
        auto *item = new QListWidgetItem(
            tr("%1 %2 (link %3)")
                .arg(vocabulary::providerDisplayName(link.provider), link.externalName, link.id),
            m_widgets.list);
        item->setData(Qt::UserRole, link.id);
    }
    if (member->externalUsers.isEmpty())
        m_widgets.list->addItem(tr("No linked accounts"));
}

void LinkedAccountsPanel::confirmUnlink()
{
    const QListWidgetItem *item = m_widgets.list->currentItem();
    if (m_member && item && !item->data(Qt::UserRole).toString().isEmpty())
        m_actions->confirmUnlink(*m_member, item->data(Qt::UserRole).toString(), item->text());
}

} // namespace sm::gui
