// SPDX-License-Identifier: MIT
#pragma once

#include "directory/memberdirectory.h"
#include "operations/operationrun.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace sm {
class Session;
}

namespace sm::gui {

class DialogPresenter;

// A change started from a row (resend, remove, unlink): one operation run at a time, its
// outcome told in one dialog. The lost-answer protocol is the run's; this only presents it.
class RowChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowChange)

public:
    // Every run's outcome goes to `store`, so the organization's tables show it at once.
    RowChange(Session *session, directory::MemberDirectory *store, DialogPresenter *presenter,
              QWidget *parent);
    ~RowChange() override;

    bool isBusy() const { return m_run != nullptr; }

    struct Words
    {
        QString activity;     // "Removing ada@example.com…"
        QString doneTitle;    // "Member removed"
        QString failureTitle; // "Could not remove ada@example.com"
        // The success sentence for an answered change; empty: the run's own.
        std::function<QString(const ops::RunOutcome &)> done;
    };
    void start(const ops::Operation &operation, const Words &words);

signals:
    void statusMessage(const QString &text);
    // Sentry has the change (done, found made, partly made); the store has it already.
    void changed(const sm::ops::Operation &operation, const sm::ops::RunOutcome &outcome);

private:
    void present(const ops::Operation &operation, const ops::RunOutcome &outcome,
                 const Words &words);

    Session *m_session;
    directory::MemberDirectory *m_store;
    DialogPresenter *m_presenter;
    QWidget *m_parent;
    QPointer<ops::OperationRun> m_run;
};

} // namespace sm::gui
