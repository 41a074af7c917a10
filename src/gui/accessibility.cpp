// SPDX-License-Identifier: MIT
#include "gui/accessibility.h"

#include "gui/messagedialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QListView>
#include <QPersistentModelIndex>
#include <QPointer>

namespace sm::gui {

namespace {

// One entry of a list: its text, its tooltip as description, and the state the model gives
// it (enabled, checkable, checked), which Qt's own list cells leave out.
class ItemAccessible final : public QAccessibleInterface
{
public:
    ItemAccessible(QAbstractItemView *view, const QModelIndex &index)
        : m_view(view)
        , m_index(index)
    {}

    const QPersistentModelIndex &index() const { return m_index; }

    bool isValid() const override { return m_view && m_index.isValid(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view.data());
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name) {
            const QString name = m_index.data(Qt::AccessibleTextRole).toString();
            return name.isEmpty() ? m_index.data(Qt::DisplayRole).toString() : name;
        }
        if (t == QAccessible::Description) {
            const QString description = m_index.data(Qt::AccessibleDescriptionRole).toString();
            return description.isEmpty() ? m_index.data(Qt::ToolTipRole).toString() : description;
        }
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->visualRect(m_index);
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid())
            return state;
        const Qt::ItemFlags flags = m_index.flags();
        state.disabled = !(flags & Qt::ItemIsEnabled);
        state.selectable = bool(flags & Qt::ItemIsSelectable);
        state.focusable = state.selectable;
        state.checkable = bool(flags & Qt::ItemIsUserCheckable);
        state.checked = m_index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        state.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(m_index);
        state.focused = m_view->hasFocus() && m_view->currentIndex() == m_index;
        state.invisible = !m_view->isVisible() ||
                          !m_view->viewport()->rect().intersects(m_view->visualRect(m_index));
        return state;
    }

private:
    QPointer<QAbstractItemView> m_view;
    QPersistentModelIndex m_index;
};

// A one-column list whose children are ItemAccessible, one per row. Child n is row n, as
// QListView numbers its focus events.
class ItemListAccessible final : public QAccessibleWidget
{
public:
    explicit ItemListAccessible(QListView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {}
    ~ItemListAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override
    {
        const QListView *view = listView();
        return view->model() ? view->model()->rowCount(view->rootIndex()) : 0;
    }

    QAccessibleInterface *child(int row) const override
    {
        QListView *view = listView();
        if (row < 0 || row >= childCount())
            return nullptr;
        const QModelIndex index = view->model()->index(row, view->modelColumn(), view->rootIndex());
        if (const QAccessible::Id id = m_children.value(row)) {
            auto *cached = static_cast<ItemAccessible *>(QAccessible::accessibleInterface(id));
            if (cached && cached->index() == index)
                return cached;
            // The model changed under this row: forget the stale entry.
            QAccessible::deleteAccessibleInterface(id);
        }
        auto *item = new ItemAccessible(view, index);
        m_children.insert(row, QAccessible::registerAccessibleInterface(item));
        return item;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *item = dynamic_cast<const ItemAccessible *>(child);
        return item && item->index().isValid() && item->parent() == this ? item->index().row() : -1;
    }

    QAccessibleInterface *focusChild() const override
    {
        const QListView *view = listView();
        return view->hasFocus() && view->currentIndex().isValid()
                   ? child(view->currentIndex().row())
                   : nullptr;
    }

private:
    QListView *listView() const { return static_cast<QListView *>(widget()); }

    mutable QHash<int, QAccessible::Id> m_children;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    // The popup list of every QComboBox (a private QListView subclass in Qt).
    if (className == QLatin1String("QComboBoxListView")) {
        if (auto *view = qobject_cast<QListView *>(object))
            return new ItemListAccessible(view);
    }
    if (className == QLatin1String("sm::gui::MessageDialog")) {
        if (auto *dialog = qobject_cast<MessageDialog *>(object)) {
            return new QAccessibleWidget(dialog, dialog->kind() == MessageDialog::Kind::Success
                                                     ? QAccessible::Dialog
                                                     : QAccessible::AlertMessage);
        }
    }
    return nullptr;
}

} // namespace

void installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace sm::gui
