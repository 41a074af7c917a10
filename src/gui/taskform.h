// SPDX-License-Identifier: MIT
#pragma once

#include "api/session.h"
#include "gui/fieldfeedback.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sm::gui {

class DialogPresenter;

// What a check after a lost answer found out about the change.
struct OutcomeCheck
{
    enum class Finding
    {
        Made,    // Sentry shows the change
        NotMade, // Sentry shows things as they were: nothing was changed
        Unknown, // the check itself failed
    };
    Finding finding = Finding::Unknown;
    QString sentence; // what the check found, in words
};

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
    QPushButton *cancelButton() const { return m_cancel; }
    bool isBusy() const { return m_job != nullptr; }
    const FieldFeedback &feedback() const { return m_feedback; }

signals:
    void busyChanged(bool busy);

protected:
    TaskForm(Session *session, DialogPresenter *presenter, QWidget *parent);

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
    // Before a failure is reported, a form may word it for its task.
    virtual ApiError explained(const ApiError &error) const { return error; }
    // After a failure was reported, a form may mark what else it concerns.
    virtual void failureReported(const ApiError &error) { Q_UNUSED(error) }
    // A change whose answer was lost (ApiError::outcomeUnknown) is checked before the form
    // offers to send it again: a form that can tell starts a read with checkWith() and
    // returns true. The default cannot tell.
    virtual bool checkOutcome() { return false; }
    // Runs `job` as that check; `interpret` turns its result into an OutcomeCheck.
    template<typename Job, typename Interpret> void checkWith(Job *job, Interpret interpret)
    {
        setBusy(job, tr("Sentry's answer was lost. Checking whether the change was made…"));
        connect(job, &Job::finished, this,
                [this, interpret = std::move(interpret)](const typename Job::ResultType &result) {
                    clearBusy();
                    OutcomeCheck check;
                    if (result.ok())
                        check = interpret(result);
                    else
                        check.sentence = result.error.message;
                    reportCheck(check);
                });
    }
    // What the last check found when it found the change made or not ("" otherwise): an
    // "already invited" right after a lost answer is probably the earlier attempt's doing.
    const QString &lastCheckFinding() const { return m_lastCheckFinding; }
    // A change's lost answer: what it was and when, for the next failure's wording.
    bool followsLostAnswer() const { return m_lostAnswer.outcomeUnknown; }
    void reportSuccess(const QString &summary, const QByteArray &rawBody);
    // Shows local validation problems; returns true if there were any.
    bool reject(const FieldErrors &problems);
    void setStatus(const QString &text);

    Session *session() const { return m_session; }
    SentryClient *client() const { return m_session->client(); }
    FieldFeedback &fields() { return m_feedback; }

private:
    void submitIfIdle();
    void cancelRequest();
    void track(ApiJob *job, const QString &activity);
    void setBusy(ApiJob *job, const QString &activity);
    void clearBusy();
    void onEnded(const Outcome &outcome);
    void reportCheck(const OutcomeCheck &check);
    void holdSubmitUntil(const QDateTime &retryAt);
    // Shows the error dialog and marks fields; the form keeps what was typed.
    void reportFailure(const ApiError &error, const QByteArray &rawBody);

    Session *m_session;
    DialogPresenter *m_presenter;
    FieldFeedback m_feedback;
    QPointer<ApiJob> m_job;
    ApiError m_lostAnswer; // the last change whose answer was lost, while it matters
    QByteArray m_lostAnswerBody;
    QString m_lastCheckFinding;
    QPushButton *m_submit = nullptr;
    QTimer *m_retry = nullptr; // after a 429: submit waits until Sentry said to try again
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sm::gui
