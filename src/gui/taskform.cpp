// SPDX-License-Identifier: MIT
#include "gui/taskform.h"

#include "gui/accessibility.h"
#include "gui/dialogpresenter.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace sm::gui {

QString prettyBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

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
    m_job = job;
    m_submit->setEnabled(false);
    m_cancel->setEnabled(true);
    m_busy->setVisible(true);
    setStatus(activity);
    emit busyChanged(true);
    connect(job, &ApiJob::ended, this, &TaskForm::onEnded);
}

void TaskForm::onEnded(const Outcome &outcome)
{
    m_job = nullptr;
    m_submit->setEnabled(true);
    m_cancel->setEnabled(false);
    m_busy->setVisible(false);
    setStatus({});
    emit busyChanged(false);
    if (outcome.ok())
        return;
    if (outcome.error.isCancelled()) {
        setStatus(tr("Cancelled. If Sentry had already received the request, the change may "
                     "still have been made."));
        return;
    }
    reportFailure(outcome.error, outcome.rawBody);
    failureReported(outcome.error);
}

void TaskForm::reportFailure(const ApiError &error, const QByteArray &rawBody)
{
    m_feedback.show(error.fieldErrors);
    setStatus(error.message);
    m_presenter->showError(this, tr("%1 failed").arg(title()), error, prettyBody(rawBody));
}

void TaskForm::reportSuccess(const QString &summary, const QByteArray &rawBody)
{
    setStatus(summary);
    m_presenter->showResult(this, tr("%1: done").arg(title()), summary, prettyBody(rawBody));
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
        m_status->setText(text);
}

} // namespace sm::gui
