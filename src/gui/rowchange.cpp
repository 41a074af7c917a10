// SPDX-License-Identifier: MIT
#include "gui/rowchange.h"

#include "api/session.h"
#include "gui/dialogpresenter.h"
#include "l10n/displaytext.h"

#include <QWidget>

namespace sm::gui {

RowChange::RowChange(Session *session, directory::MemberDirectory *store,
                     DialogPresenter *presenter, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_presenter(presenter)
    , m_parent(parent)
{}

RowChange::~RowChange()
{
    if (m_run)
        m_run->cancel();
}

void RowChange::start(const ops::Operation &operation, const Words &words)
{
    if (m_run)
        return;
    auto *run = ops::OperationRun::forSession(m_session, operation, this);
    m_run = run;
    m_store->applyWhenFinished(run); // first: what follows shows the store as updated
    emit statusMessage(words.activity);
    connect(run, &ops::OperationRun::stageChanged, this, [this](ops::OperationRun::Stage stage) {
        if (stage == ops::OperationRun::Stage::Checking)
            emit statusMessage(tr("Checking what Sentry has…"));
    });
    connect(run, &ops::OperationRun::finished, this,
            [this, operation, words](const ops::RunOutcome &outcome) {
                m_run = nullptr;
                present(operation, outcome, words);
            });
    run->start();
}

void RowChange::present(const ops::Operation &operation, const ops::RunOutcome &outcome,
                        const Words &words)
{
    using Kind = ops::RunOutcome::Kind;
    const QString details = l10n::detailsText(outcome.rawBody);
    switch (outcome.kind) {
    case Kind::Done: {
        const QString said = words.done ? words.done(outcome) : outcome.message;
        emit statusMessage(said);
        m_presenter->showResult(m_parent, words.doneTitle, said, details);
        break;
    }
    case Kind::MadeAfterAll:
        emit statusMessage(outcome.message);
        m_presenter->showResult(m_parent, words.doneTitle, outcome.message, details);
        break;
    case Kind::Refused:
        emit statusMessage(outcome.error.message);
        m_presenter->showError(m_parent, words.failureTitle, outcome.error, details);
        return;
    case Kind::PartlyMade:
    case Kind::NotMade:
    case Kind::Unknown: {
        ApiError error = outcome.error;
        error.message = outcome.message;
        error.outcomeUnknown = outcome.kind == Kind::Unknown;
        emit statusMessage(outcome.message);
        m_presenter->showError(m_parent, words.failureTitle, error, details);
        if (outcome.kind != Kind::PartlyMade)
            return;
        break;
    }
    }
    emit changed(operation, outcome);
}

} // namespace sm::gui
