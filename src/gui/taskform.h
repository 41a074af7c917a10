// SPDX-License-Identifier: MIT
#pragma once

#include "api/session.h"
#include "directory/memberdirectory.h"
#include "gui/fieldfeedback.h"
#include "operations/operationrun.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sm::gui {

class DialogPresenter;
class TeamPicker;

// What the four task forms share: the button row (busy indicator, Cancel, submit), one
// request at a time, inline field messages, and the result or error dialog. Subclasses
// build their fields from a Designer form and implement submit().
class TaskForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskForm)

public:
    ~TaskForm() override;

    virtual QString title() const = 0;
    // Reloads pickers (roles, teams, integrations) after the connection changed.
    virtual void refresh() = 0;
    // Where keyboard focus goes when the task is opened.
    virtual QWidget *firstField() const = 0;
    // True while pickers (roles, teams, members, integrations) are still loading.
    virtual bool isLoading() const { return false; }

    QPushButton *submitButton() const { return m_submit; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool isBusy() const { return m_job != nullptr || m_run != nullptr; }
    // A change cancelled after it was sent is checked this long afterwards (Sentry may still
    // be at work); tests shorten it.
    void setSettleDelay(int milliseconds) { m_settleDelay = milliseconds; }
    const FieldFeedback &feedback() const { return m_feedback; }

signals:
    void busyChanged(bool busy);

protected:
    // Every run's outcome goes to `store`, so the organization's tables show it at once.
    TaskForm(Session *session, directory::MemberDirectory *store, DialogPresenter *presenter,
             QWidget *parent);

    // The store's team list is still on its way for a connected session: a form that
    // offers teams is loading.
    bool teamsLoading() const;
    // The store's teams in `picker` (its loading state while they are on their way): the
    // list shown, or nothing while there is none.
    std::optional<QList<Team>> showStoreTeams(TeamPicker *picker) const;

    // Puts the Designer content above the button row; Enter in any line edit submits.
    void setContent(QWidget *content, const QString &submitText);
    virtual void submit() = 0;

    // Runs `job` as the form's one request: the form is busy until the job ends (Cancel
    // cancels it), a failure is reported (dialog, field messages, status line), and
    // `onSuccess` receives the typed result of a job that succeeded.
    template<typename Job, typename OnSuccess>
    void run(Job *job, const QString &activity, OnSuccess onSuccess)
    {
        track(job, activity);
        connect(job, &Job::finished, this,
                [onSuccess = std::move(onSuccess)](const typename Job::ResultType &result) {
                    if (result.ok())
                        onSuccess(result);
                });
    }
    // Runs `operation` as the form's one change (OperationRun: sent once, checked when the
    // answer is lost). A change Sentry answered goes to `onDone`, which words the success for
    // the task; every other outcome is presented here in the run's own words. Whenever
    // Sentry has the change (done, found made, partly made) changeConfirmed() follows.
    void runOperation(const ops::Operation &operation, const QString &activity,
                      const std::function<void(const ops::RunOutcome &)> &onDone);
    // The change the form would send now, built from what is typed: what Preview request
    // shows and what submit() runs. None while there is nothing to change (no member loaded).
    virtual std::optional<ops::Operation> operationToSend() const { return std::nullopt; }
    // The form's state after a change Sentry has: clear it for the next, show the new state.
    virtual void changeConfirmed(const ops::RunOutcome &outcome) { Q_UNUSED(outcome) }
    // Before a refusal is reported, a form may word it for its task.
    virtual ApiError explained(const ApiError &error) const { return error; }
    // After a failure was reported, a form may mark what else it concerns.
    virtual void failureReported(const ApiError &error) { Q_UNUSED(error) }
    void reportSuccess(const QString &summary, const QByteArray &rawBody);
    // Shows local validation problems; returns true if there were any.
    bool reject(const FieldErrors &problems);
    void setStatus(const QString &text);

    Session *session() const { return m_session; }
    directory::MemberDirectory *store() const { return m_store; }
    SentryClient *client() const { return m_session->client(); }
    FieldFeedback &fields() { return m_feedback; }

private:
    void submitIfIdle();
    void showPreview();
    void cancelRequest();
    void track(ApiJob *job, const QString &activity);
    void setBusy(const QString &activity);
    void clearBusy();
    void onEnded(const Outcome &outcome);
    // Presents `run` (started, or verifying when `verify`) as the form's one request.
    void startRun(ops::OperationRun *run, const QString &activity,
                  const std::function<void(const ops::RunOutcome &)> &onDone, bool verify = false);
    void present(const ops::Operation &operation, const ops::RunOutcome &outcome,
                 const std::function<void(const ops::RunOutcome &)> &onDone);
    // After a cancel that may still be made: checks once Sentry has had time to finish.
    void verifyLater(const ops::Operation &operation, const ops::TargetState &before);
    void holdSubmitUntil(const QDateTime &retryAt);
    // Shows the error dialog and marks fields; the form keeps what was typed.
    void reportFailure(const ApiError &error, const QByteArray &rawBody);

    Session *m_session;
    directory::MemberDirectory *m_store;
    DialogPresenter *m_presenter;
    FieldFeedback m_feedback;
    QPointer<ApiJob> m_job;
    QPointer<ops::OperationRun> m_run;
    int m_settleDelay = 10000;
    QPushButton *m_submit = nullptr;
    QPushButton *m_preview = nullptr;
    QTimer *m_retry = nullptr; // after a 429: submit waits until Sentry said to try again
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sm::gui
