// SPDX-License-Identifier: MIT
#include "gui/scimview.h"

#include "directory/memberpermissions.h"
#include "gui/dialogpresenter.h"
#include "gui/listtable.h"
#include "l10n/displaytext.h"
#include "operations/requestpreview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sm::gui {

ScimView::ScimView(Session *session, directory::MemberDirectory *store, DialogPresenter *presenter,
                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_presenter(presenter)
    , m_model(session->client())
    , m_table(new QTableView(this))
    , m_findEdit(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_provision(new QPushButton(tr("&Provision…"), this))
    , m_deprovision(new QPushButton(tr("&Deprovision…"), this))
{
    setObjectName(QStringLiteral("scimView"));
    m_rowChange = new RowChange(session, store, presenter, this);
    connect(m_rowChange, &RowChange::changed, this, [this](const ops::Operation &operation) {
        if (const auto *gone = operation.as<ops::DeprovisionScimUser>()) {
            m_model.removeUser(gone->memberId);
            updateState();
        }
    });
    auto *intro = new QLabel(tr("Members provisioned by your identity provider through SCIM. "
                                "SCIM needs SAML2 with SCIM enabled in Sentry; connect with "
                                "the SCIM token Sentry shows there."),
                             this);
    intro->setWordWrap(true);
    auto *findLabel = new QLabel(tr("Find by &email:"), this);
    findLabel->setBuddy(m_findEdit);
    m_findEdit->setObjectName(QStringLiteral("scimFindEdit"));
    m_findEdit->setPlaceholderText(tr("The exact email; empty lists everyone"));
    m_findEdit->setClearButtonEnabled(true);
    auto *reload = new QPushButton(tr("&Show"), this);
    reload->setObjectName(QStringLiteral("scimShowButton"));
    m_table->setObjectName(QStringLiteral("scimTable"));
    m_table->setModel(&m_model);
    setUpListTable(m_table, tr("SCIM users"));
    fitColumnsToFirstRows(m_table);
    m_state->setObjectName(QStringLiteral("scimStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_provision->setObjectName(QStringLiteral("scimProvisionButton"));
    m_deprovision->setObjectName(QStringLiteral("scimDeprovisionButton"));

    auto *find = new QHBoxLayout;
    find->addWidget(findLabel);
    find->addWidget(m_findEdit, 1);
    find->addWidget(reload);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_provision);
    buttons->addWidget(m_deprovision);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(find);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(reload, &QPushButton::clicked, this, &ScimView::load);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &ScimView::load);
    connect(m_provision, &QPushButton::clicked, this, &ScimView::provisionRequested);
    connect(m_deprovision, &QPushButton::clicked, this, &ScimView::confirmDeprovision);
    connect(m_table, &QTableView::activated, this, &ScimView::confirmDeprovision);
    connect(&m_model, &directory::ScimUsersModel::loadingChanged, this, &ScimView::updateState);
    connect(&m_model, &directory::ScimUsersModel::failed, this, [this](const ApiError &error) {
        // Sentry refuses every SCIM call with 403 when SCIM is not set up.
        m_failure =
            error.httpStatus == 403
                ? tr("SCIM is not enabled for this organization, or this token may not "
                     "use it. Sentry answered: %1")
                      .arg(l10n::forDisplay(error.message, 300))
                : tr("Could not read the SCIM users: %1").arg(l10n::forDisplay(error.message, 300));
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScimView::updateState);
    connect(session, &Session::stateChanged, this, &ScimView::onSessionState);
    // Built when first shown, the view usually arrives after the session is up.
    readCaller();
    updateState();
}

void ScimView::readCaller()
{
    // DELETE on SCIM users needs member:admin; an integration token's scopes are unknown.
    const directory::Caller caller = directory::Caller::fromMe(m_session->me());
    m_canDeprovision = caller.integration || caller.hasScope(QStringLiteral("member:admin"));
}

void ScimView::onSessionState(Session::State state)
{
    readCaller();
    m_failure.clear();
    m_model.clear();
    m_shownSinceConnect = false;
    if (state == Session::State::Connected && isVisible())
        load();
    updateState();
}

ScimView::~ScimView() = default;

void ScimView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read when first looked at: most organizations have no SCIM, and a large one's list is
    // not worth reading until someone wants it.
    if (!m_shownSinceConnect && m_session->state() == Session::State::Connected)
        load();
}

void ScimView::load()
{
    if (m_session->state() != Session::State::Connected)
        return;
    m_failure.clear();
    m_shownSinceConnect = true;
    m_model.load(m_findEdit->text());
}

void ScimView::updateState()
{
    const bool connected = m_session->state() == Session::State::Connected;
    QString text;
    if (!connected)
        text = tr("Not connected.");
    else if (m_model.isLoading())
        text = tr("Reading SCIM users… %1 so far").arg(m_model.rowCount());
    else if (!m_failure.isEmpty())
        text = m_failure;
    else if (m_model.rowCount() == 0 && m_model.totalResults() == 0)
        text = tr("Press Show to list the SCIM users.");
    else
        text = tr("%1 SCIM users").arg(m_model.rowCount());
    m_state->setText(text);
    m_provision->setEnabled(connected);
    const bool chosen = m_table->currentIndex().isValid();
    m_deprovision->setEnabled(connected && chosen && m_canDeprovision);
    const QString why = !m_canDeprovision
                            ? tr("Deprovisioning needs the member:admin scope, which your role "
                                 "does not have.")
                            : (chosen ? QString() : tr("Select a SCIM user first."));
    m_deprovision->setToolTip(why);
    m_deprovision->setAccessibleDescription(why);
}

void ScimView::confirmDeprovision()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_deprovision->isEnabled() || m_confirmation ||
        m_rowChange->isBusy())
        return;
    const ScimUser user = m_model.user(current.row());
    const ops::Operation operation(ops::DeprovisionScimUser{user.id}, user.userName);
    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("deprovisionConfirmation");
    confirmation.title = tr("Deprovision SCIM user");
    confirmation.question = tr("Deprovision %1?").arg(user.userName);
    // Deprovisioning deletes the member: the email is typed again, so a slip cannot do it.
    confirmation.consequence = tr("Deprovisioning %1 removes them from the organization for "
                                  "good, as their identity provider would. Type their email "
                                  "to confirm.")
                                   .arg(user.userName);
    confirmation.actionText = tr("Deprovision");
    confirmation.actionObjectName = QStringLiteral("confirmDeprovisionButton");
    confirmation.typeToConfirm = user.userName;
    confirmation.request = ops::previewRequest(m_session->settings(), operation);
    m_confirmation = m_presenter->confirm(this, confirmation);
    connect(m_confirmation, &ConfirmChangeDialog::confirmed, this, [this, user, operation] {
        RowChange::Words words;
        words.activity = tr("Deprovisioning %1…").arg(user.userName);
        words.doneTitle = tr("SCIM user deprovisioned");
        words.failureTitle = tr("Could not deprovision %1").arg(user.userName);
        words.done = [name = user.userName](const ops::RunOutcome &) {
            return tr("%1 was deprovisioned and is no longer a member.").arg(name);
        };
        m_rowChange->start(operation, words);
    });
}

} // namespace sm::gui
