// SPDX-License-Identifier: MIT
#include "gui/taskform.h"

#include "gui/accessibility.h"
#include "gui/dialogpresenter.h"
#include "gui/requestpreviewdialog.h"
#include "gui/teampicker.h"
#include "l10n/displaytext.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace sm::gui {

TaskForm::TaskForm(Session *session, directory::MemberDirectory *store, DialogPresenter *presenter,
                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_presenter(presenter)
{
    installAccessibility();
}

TaskForm::~TaskForm()
{
    if (m_job)
        m_job->cancel();
    if (m_run)
        m_run->cancel();
}

void TaskForm::setContent(QWidget *content, const QString &submitText)
{
    auto *layout = new QVBoxLayout(this);
    // Spare height goes below the fields, inside the content: otherwise its wrapped labels
    // take it and their text drifts away from the fields it belongs to.
    if (auto *column = qobject_cast<QBoxLayout *>(content->layout()))
        column->addStretch(1);
    layout->addWidget(content, 1);

    auto *row = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop waiting for Sentry (Esc)"));
    m_cancel->setEnabled(false);
    m_preview = new QPushButton(tr("Pre&view request…"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setToolTip(tr("Show the request this form would send, without sending it"));
    m_submit = new QPushButton(submitText, this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    row->addWidget(m_busy);
    row->addWidget(m_status, 1);
    row->addWidget(m_preview);
    row->addWidget(m_cancel);
    row->addWidget(m_submit);
    layout->addLayout(row);

    connect(m_submit, &QPushButton::clicked, this, &TaskForm::submitIfIdle);
    connect(m_cancel, &QPushButton::clicked, this, &TaskForm::cancelRequest);
    connect(m_preview, &QPushButton::clicked, this, &TaskForm::showPreview);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &TaskForm::cancelRequest);
    for (QLineEdit *edit : content->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::returnPressed, this, &TaskForm::submitIfIdle);
}

void TaskForm::submitIfIdle()
{
    // One request at a time: a second Enter or click while Sentry answers does nothing.
    if (isBusy())
        return;
    m_feedback.clear();
    setStatus({});
    submit();
}

void TaskForm::showPreview()
{
    m_feedback.clear();
    const std::optional<ops::Operation> operation = operationToSend();
    if (!operation) {
        setStatus(tr("There is nothing to send yet."));
        return;
    }
    if (reject(operation->validate()))
        return;
    auto *dialog =
        new RequestPreviewDialog(tr("%1: request preview").arg(title()),
                                 ops::previewRequest(m_session->settings(), *operation), this);
    dialog->open();
}

void TaskForm::cancelRequest()
{
    if (m_job)
        m_job->cancel();
    if (m_run)
        m_run->cancel();
}

void TaskForm::track(ApiJob *job, const QString &activity)
{
    m_job = job;
    setBusy(activity);
    connect(job, &ApiJob::ended, this, &TaskForm::onEnded);
}

void TaskForm::runOperation(const ops::Operation &operation, const QString &activity,
                            const std::function<void(const ops::RunOutcome &)> &onDone)
{
    startRun(ops::OperationRun::forSession(m_session, operation, this), activity, onDone);
}

void TaskForm::startRun(ops::OperationRun *run, const QString &activity,
                        const std::function<void(const ops::RunOutcome &)> &onDone, bool verify)
{
    m_run = run;
    m_store->applyWhenFinished(run); // first: what follows shows the store as updated
    setBusy(activity);
    // A run that only verifies says what it checks in `activity` already.
    if (!verify) {
        connect(run, &ops::OperationRun::stageChanged, this,
                [this](ops::OperationRun::Stage stage) {
                    if (stage == ops::OperationRun::Stage::Checking)
                        setStatus(tr("Checking what Sentry has…"));
                });
    }
    connect(run, &ops::OperationRun::finished, this,
            [this, operation = run->operation(), onDone](const ops::RunOutcome &outcome) {
                clearBusy();
                present(operation, outcome, onDone);
            });
    verify ? run->verify() : run->start();
}

bool TaskForm::teamsLoading() const
{
    return m_session->state() == Session::State::Connected && !m_store->teamListKnown();
}

std::optional<QList<Team>> TaskForm::showStoreTeams(TeamPicker *picker) const
{
    // The organization's teams as the store has them: no list of the form's own.
    if (!m_store->teamListKnown()) {
        if (m_session->state() == Session::State::Connected)
            picker->showLoading();
        return std::nullopt;
    }
    const TeamListResult result = m_store->teamList();
    if (!picker->showLoaded(result))
        return std::nullopt;
    return result.value;
}

void TaskForm::present(const ops::Operation &operation, const ops::RunOutcome &outcome,
                       const std::function<void(const ops::RunOutcome &)> &onDone)
{
    using Kind = ops::RunOutcome::Kind;
    ApiError error = outcome.error;
    error.message = outcome.message;
    switch (outcome.kind) {
    case Kind::Done:
        if (onDone)
            onDone(outcome);
        else
            reportSuccess(outcome.message, outcome.rawBody);
        break;
    case Kind::MadeAfterAll:
        reportSuccess(outcome.message, outcome.rawBody);
        break;
    case Kind::PartlyMade:
        reportFailure(error, outcome.rawBody);
        break;
    case Kind::Refused: {
        const ApiError worded = explained(outcome.error);
        reportFailure(worded, outcome.rawBody);
        failureReported(worded);
        if (worded.retryAt.isValid())
            holdSubmitUntil(worded.retryAt);
        return;
    }
    case Kind::NotMade:
        if (error.isCancelled() && !outcome.sent) {
            setStatus(outcome.message); // the user's own choice: no dialog
            return;
        }
        error.outcomeUnknown = false;
        reportFailure(error, outcome.rawBody);
        failureReported(error);
        return;
    case Kind::Unknown:
        error.outcomeUnknown = true;
        if (outcome.settling) {
            setStatus(outcome.message);
            verifyLater(operation, outcome.before);
            return;
        }
        reportFailure(error, outcome.rawBody);
        return;
    }
    changeConfirmed(outcome);
}

void TaskForm::verifyLater(const ops::Operation &operation, const ops::TargetState &before)
{
    // Not at once: Sentry may still be making the change, and a check that comes too early
    // would invite sending it a second time.
    m_submit->setEnabled(false);
    QTimer::singleShot(m_settleDelay, this, [this, operation, before] {
        auto *run = ops::OperationRun::forSession(m_session, operation, this);
        run->setBefore(before);
        startRun(run, tr("Checking whether the cancelled change was made…"), {}, true);
    });
}

void TaskForm::setBusy(const QString &activity)
{
    if (m_retry)
        m_retry->stop();
    m_submit->setEnabled(false);
    m_cancel->setEnabled(true);
    m_busy->setVisible(true);
    setStatus(activity);
    emit busyChanged(true);
}

void TaskForm::clearBusy()
{
    m_job = nullptr;
    m_run = nullptr;
    m_submit->setEnabled(true);
    m_cancel->setEnabled(false);
    m_busy->setVisible(false);
    setStatus({});
    emit busyChanged(false);
}

void TaskForm::onEnded(const Outcome &outcome)
{
    // The form's own reads (a member, a lookup): changes go through runOperation.
    clearBusy();
    if (outcome.ok())
        return;
    if (outcome.error.isCancelled()) {
        setStatus(tr("Cancelled."));
        return;
    }
    const ApiError error = explained(outcome.error);
    reportFailure(error, outcome.rawBody);
    failureReported(error);
    if (error.retryAt.isValid())
        holdSubmitUntil(error.retryAt);
}

void TaskForm::holdSubmitUntil(const QDateTime &retryAt)
{
    // Nothing is sent again on its own: the button comes back when Sentry said it may.
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(retryAt);
    if (wait <= 0)
        return;
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, [this] {
            if (isBusy())
                return;
            m_submit->setEnabled(true);
            setStatus(tr("You can try again now."));
        });
    }
    m_submit->setEnabled(false);
    m_retry->start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
}

void TaskForm::reportFailure(const ApiError &error, const QByteArray &rawBody)
{
    m_feedback.show(error.fieldErrors);
    setStatus(error.message);
    m_presenter->showError(this, tr("%1 failed").arg(title()), error, l10n::detailsText(rawBody));
}

void TaskForm::reportSuccess(const QString &summary, const QByteArray &rawBody)
{
    setStatus(summary);
    m_presenter->showResult(this, tr("%1: done").arg(title()), summary, l10n::detailsText(rawBody));
}

bool TaskForm::reject(const FieldErrors &problems)
{
    if (problems.isEmpty())
        return false;
    m_feedback.show(problems);
    setStatus(tr("Please correct the marked fields. Nothing was sent."));
    return true;
}

void TaskForm::setStatus(const QString &text)
{
    if (m_status)
        m_status->setText(l10n::forDisplay(text));
}

} // namespace sm::gui
