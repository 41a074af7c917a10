// SPDX-License-Identifier: MIT
#include "gui/taskform.h"

#include "gui/accessibility.h"
#include "gui/dialogpresenter.h"
#include "gui/displaytext.h"

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

TaskForm::TaskForm(Session *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_presenter(presenter)
{
    installAccessibility();
}

TaskForm::~TaskForm()
{
    if (m_job)
        m_job->cancel();
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
    m_submit = new QPushButton(submitText, this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    row->addWidget(m_busy);
    row->addWidget(m_status, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_submit);
    layout->addLayout(row);

    connect(m_submit, &QPushButton::clicked, this, &TaskForm::submitIfIdle);
    connect(m_cancel, &QPushButton::clicked, this, &TaskForm::cancelRequest);
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

void TaskForm::cancelRequest()
{
    if (m_job)
        m_job->cancel();
}

void TaskForm::track(ApiJob *job, const QString &activity)
{
    setBusy(job, activity);
    connect(job, &ApiJob::ended, this, &TaskForm::onEnded);
}

void TaskForm::setBusy(ApiJob *job, const QString &activity)
{
    if (m_retry)
        m_retry->stop();
    m_job = job;
    m_submit->setEnabled(false);
    m_cancel->setEnabled(true);
    m_busy->setVisible(true);
    setStatus(activity);
    emit busyChanged(true);
}

void TaskForm::clearBusy()
{
    m_job = nullptr;
    m_submit->setEnabled(true);
    m_cancel->setEnabled(false);
    m_busy->setVisible(false);
    setStatus({});
    emit busyChanged(false);
}

void TaskForm::onEnded(const Outcome &outcome)
{
    clearBusy();
    if (outcome.ok()) {
        m_lostAnswer = {};
        return;
    }
    if (outcome.error.outcomeUnknown) {
        // Never offer to send a change again without knowing whether it was made.
        m_lostAnswer = outcome.error;
        m_lostAnswerBody = outcome.rawBody;
        m_lastCheckFinding.clear();
        if (checkOutcome())
            return;
    }
    if (outcome.error.isCancelled()) {
        setStatus(outcome.error.outcomeUnknown
                      ? tr("Cancelled. If Sentry had already received the request, the change "
                           "may still have been made.")
                      : tr("Cancelled. Nothing was sent."));
        return;
    }
    const ApiError error = explained(outcome.error);
    if (!outcome.error.outcomeUnknown)
        m_lostAnswer = {}; // a clear answer: the next failure no longer follows a lost one
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

void TaskForm::reportCheck(const OutcomeCheck &check)
{
    ApiError lost = m_lostAnswer;
    const QString why =
        lost.isCancelled() ? tr("The request was cancelled after it was sent.") : lost.message;
    switch (check.finding) {
    case OutcomeCheck::Finding::Made:
        m_lastCheckFinding = check.sentence;
        reportSuccess(tr("The change was made. Sentry's answer was lost, and a check found: %1")
                              .arg(check.sentence) +
                          QLatin1String("\n\n") + why,
                      m_lostAnswerBody);
        return;
    case OutcomeCheck::Finding::NotMade:
        m_lastCheckFinding = check.sentence;
        lost.message = tr("Nothing was changed. Sentry's answer was lost, and a check found: %1 "
                          "You can send it again.")
                           .arg(check.sentence) +
                       QLatin1String("\n\n") + why;
        break;
    case OutcomeCheck::Finding::Unknown:
        lost.message = tr("%1 Checking what Sentry has failed too: %2 Look in Sentry before "
                          "sending it again.")
                           .arg(why, check.sentence);
        break;
    }
    lost.outcomeUnknown = check.finding == OutcomeCheck::Finding::Unknown;
    reportFailure(lost, m_lostAnswerBody);
}

void TaskForm::reportFailure(const ApiError &error, const QByteArray &rawBody)
{
    m_feedback.show(error.fieldErrors);
    setStatus(error.message);
    m_presenter->showError(this, tr("%1 failed").arg(title()), error, detailsText(rawBody));
}

void TaskForm::reportSuccess(const QString &summary, const QByteArray &rawBody)
{
    setStatus(summary);
    m_presenter->showResult(this, tr("%1: done").arg(title()), summary, detailsText(rawBody));
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
        m_status->setText(forDisplay(text));
}

} // namespace sm::gui
