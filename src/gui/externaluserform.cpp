// SPDX-License-Identifier: MIT
#include "gui/externaluserform.h"

#include "core/sentryvocabulary.h"
#include "core/validation.h"
#include "ui_externaluserform.h"

#include <QCompleter>
#include <QStandardItemModel>

namespace sm::gui {

namespace {

QString providerName(const QString &key)
{
    return vocabulary::providerDisplayName(key);
}

} // namespace

ExternalUserForm::ExternalUserForm(Session *session, directory::MemberDirectory *store,
                                   DialogPresenter *presenter, QWidget *parent)
    : TaskForm(session, store, presenter, parent)
    , m_ui(std::make_unique<Ui::ExternalUserForm>())
    , m_links(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("externalUserForm"));
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content, tr("&Save link"));
    fields().addField(QStringLiteral("id"), m_ui->linkIdEdit);
    offerExistingLinks();
    fields().addField(QStringLiteral("userId"), m_ui->userCombo);
    fields().addField(QStringLiteral("provider"), m_ui->providerCombo);
    fields().addField(QStringLiteral("integrationId"), m_ui->integrationCombo);
    fields().addField(QStringLiteral("externalName"), m_ui->externalNameEdit);
    fields().addField(QStringLiteral("externalId"), m_ui->externalIdEdit);

    for (const QString &key : vocabulary::externalProviders())
        m_ui->providerCombo->addItem(providerName(key), key);
    m_ui->userCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->userCombo->lineEdit()->setPlaceholderText(tr("Email or user id"));
    m_ui->userCombo->setAccessibleName(tr("Sentry user"));
    // The text entry inside the combo box is what the user types into: it needs a name too.
    m_ui->userCombo->lineEdit()->setAccessibleName(tr("Sentry user"));

    connect(m_ui->createRadio, &QRadioButton::toggled, this, &ExternalUserForm::updateMode);
    connect(store->integrations(), &directory::IntegrationList::changed, this,
            [this] { showIntegrations(); });
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        showIntegrations();
        const bool handle =
            vocabulary::providerNeedsAtHandle(m_ui->providerCombo->currentData().toString());
        m_ui->externalNameEdit->setPlaceholderText(
            handle ? tr("@handle") : tr("Name in %1").arg(m_ui->providerCombo->currentText()));
    });
    // The users and their links come from the organization's store, kept current by every
    // change; the form lists nothing of its own.
    // After a load (finished or failed: what arrived is worth offering) and after a change.
    connect(store, &directory::MemberDirectory::loadingChanged, this, [this](bool loading) {
        if (!loading)
            usersChanged();
    });
    connect(store, &directory::MemberDirectory::changed, this, &ExternalUserForm::usersChanged);
    connect(m_ui->loadLinkButton, &QPushButton::clicked, this, &ExternalUserForm::loadLink);
    disconnect(m_ui->linkIdEdit, &QLineEdit::returnPressed, this, nullptr);
    connect(m_ui->linkIdEdit, &QLineEdit::returnPressed, this, &ExternalUserForm::loadLink);
    updateMode();
}

ExternalUserForm::~ExternalUserForm() = default;

void ExternalUserForm::updateMode()
{
    const bool update = m_ui->updateRadio->isChecked();
    m_ui->linkIdEdit->setEnabled(update);
    m_ui->loadLinkButton->setEnabled(update);
    submitButton()->setText(update ? tr("&Save link") : tr("&Create link"));
}

void ExternalUserForm::offerExistingLinks()
{
    // Typing a link id lists the links whose id starts with it, each described; choosing one
    // puts its id in the field and loads it.
    auto *completer = new QCompleter(m_links, this);
    completer->setCompletionRole(Qt::UserRole);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->linkIdEdit->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &) { loadLink(); });
}

QWidget *ExternalUserForm::firstField() const
{
    return m_ui->createRadio;
}

bool ExternalUserForm::isLoading() const
{
    return session()->state() == Session::State::Connected &&
           (store()->isLoading() || store()->integrations()->isLoading());
}

void ExternalUserForm::refresh()
{
    fillUsers();
    showIntegrations();
}

void ExternalUserForm::usersChanged()
{
    // A hidden form refills when it is shown: a large organization's picker is rebuilt once
    // for the user who looks, not on every change made elsewhere.
    m_usersStale = true;
    if (isVisible())
        fillUsers();
}

void ExternalUserForm::showEvent(QShowEvent *event)
{
    if (m_usersStale)
        fillUsers();
    TaskForm::showEvent(event);
}

void ExternalUserForm::fillUsers()
{
    m_usersStale = false;
    const QString typed = m_ui->userCombo->currentText();
    m_userLabels.clear();
    m_ui->userCombo->clear();
    m_links->clear();
    // Only members who joined have a Sentry user to link; pending invites have none. Their
    // links come along, so the link id offers the existing links as it is typed.
    QList<QStandardItem *> users;
    QList<QStandardItem *> links;
    for (const directory::DirectoryMember &member : store()->members()->members()) {
        if (member.userId.isEmpty())
            continue;
        m_userLabels.insert(member.userId, nameAndEmail(member.name, member.email));
        auto *user = new QStandardItem(userLabel(member.userId));
        user->setData(member.userId, Qt::UserRole);
        users.append(user);
        for (const ExternalUser &link : member.externalUsers) {
            auto *item = new QStandardItem(tr("%1: %2 account %3 of %4")
                                               .arg(link.id, providerName(link.provider),
                                                    link.externalName, userLabel(member.userId)));
            item->setData(link.id, Qt::UserRole);
            links.append(item);
        }
    }
    // One insertion each, not one per row: thousands of members fill in one step.
    qobject_cast<QStandardItemModel *>(m_ui->userCombo->model())
        ->invisibleRootItem()
        ->appendRows(users);
    m_links->invisibleRootItem()->appendRows(links);
    m_ui->userCombo->setEditText(typed);
}

QString ExternalUserForm::userLabel(const QString &userId) const
{
    return m_userLabels.value(userId, userId);
}

void ExternalUserForm::showIntegrations(const QString &selectId)
{
    directory::IntegrationList *integrations = store()->integrations();
    if (!selectId.isEmpty())
        m_integrationToSelect = selectId;
    m_ui->integrationCombo->clear();
    if (session()->state() != Session::State::Connected)
        return;
    if (!integrations->isKnown()) { // read once for every provider; changed() comes back here
        integrations->request();
        return;
    }
    const QString provider = m_ui->providerCombo->currentData().toString();
    for (const Integration &integration : integrations->forProvider(provider)) {
        const QString label =
            integration.domainName.isEmpty()
                ? integration.name
                : QStringLiteral("%1 (%2)").arg(integration.name, integration.domainName);
        m_ui->integrationCombo->addItem(label, integration.id);
    }
    const int index = m_ui->integrationCombo->findData(m_integrationToSelect);
    if (index >= 0)
        m_ui->integrationCombo->setCurrentIndex(index);
    m_integrationToSelect.clear();
}

QString ExternalUserForm::resolvedUserId() const
{
    const QString text = m_ui->userCombo->currentText().trimmed();
    const int index = m_ui->userCombo->currentIndex();
    if (index >= 0 && m_ui->userCombo->itemText(index) == text)
        return m_ui->userCombo->itemData(index).toString();
    if (validation::isNumericId(text))
        return text;
    for (const directory::DirectoryMember &member : store()->members()->members()) {
        if (!member.userId.isEmpty() && member.email.compare(text, Qt::CaseInsensitive) == 0)
            return member.userId;
    }
    return {};
}

ExternalUserLink ExternalUserForm::currentInput() const
{
    ExternalUserLink link;
    if (m_ui->updateRadio->isChecked())
        link.id = m_ui->linkIdEdit->text().trimmed();
    link.userId = resolvedUserId();
    link.provider = m_ui->providerCombo->currentData().toString();
    link.integrationId = m_ui->integrationCombo->currentData().toString();
    link.externalName = m_ui->externalNameEdit->text().trimmed();
    link.externalId = m_ui->externalIdEdit->text().trimmed();
    return link;
}

void ExternalUserForm::prefillUser(const QString &userId)
{
    if (isBusy())
        return;
    m_ui->createRadio->setChecked(true);
    const int index = m_ui->userCombo->findData(userId);
    if (index >= 0)
        m_ui->userCombo->setCurrentIndex(index);
    else
        m_ui->userCombo->setEditText(userId); // the picker is still loading: the id works too
    m_ui->externalNameEdit->setFocus(Qt::OtherFocusReason);
}

void ExternalUserForm::openLink(const QString &linkId)
{
    if (isBusy())
        return;
    m_ui->updateRadio->setChecked(true);
    m_ui->linkIdEdit->setText(linkId);
    loadLink();
}

void ExternalUserForm::loadLink()
{
    if (isBusy())
        return;
    fields().clear();
    const QString id = m_ui->linkIdEdit->text().trimmed();
    if (!validation::isNumericId(id)) {
        reject({{QStringLiteral("id"), {tr("Enter the numeric id of an existing link.")}}});
        return;
    }
    // Sentry has no endpoint to read one link; members carry theirs. The store's list has
    // every link it knows, kept current by every change; one made elsewhere since it loaded
    // is read from Sentry.
    for (const directory::DirectoryMember &member : store()->members()->members()) {
        for (const ExternalUser &link : member.externalUsers) {
            if (link.id == id) {
                showLink(link);
                return;
            }
        }
    }
    run(client()->listMembers(QStringLiteral("hasExternalUsers:true"), true),
        tr("Looking up link %1…").arg(id), [this, id](const MemberListResult &result) {
            for (const Member &member : result.value) {
                for (const ExternalUser &link : member.externalUsers) {
                    if (link.id == id) {
                        showLink(link);
                        return;
                    }
                }
            }
            reject({{QStringLiteral("id"), {tr("No external-user link has id %1.").arg(id)}}});
        });
}

void ExternalUserForm::showLink(const ExternalUser &link)
{
    const int userIndex = m_ui->userCombo->findData(link.userId);
    if (userIndex >= 0)
        m_ui->userCombo->setCurrentIndex(userIndex);
    else
        m_ui->userCombo->setEditText(link.userId);
    const int providerIndex = m_ui->providerCombo->findData(link.provider);
    if (providerIndex >= 0 && providerIndex != m_ui->providerCombo->currentIndex()) {
        QSignalBlocker block(m_ui->providerCombo);
        m_ui->providerCombo->setCurrentIndex(providerIndex);
    }
    showIntegrations(link.integrationId);
    m_ui->externalNameEdit->setText(link.externalName);
    m_ui->externalIdEdit->setText(link.externalId);
    setStatus(
        tr("Loaded link %1: %2 %3.").arg(link.id, providerName(link.provider), link.externalName));
}

std::optional<ops::Operation> ExternalUserForm::operationToSend() const
{
    const ExternalUserLink link = currentInput();
    if (link.id.isEmpty())
        return ops::Operation(ops::CreateLink{link}, userLabel(link.userId));
    return ops::Operation(ops::UpdateLink{link}, userLabel(link.userId));
}

void ExternalUserForm::submit()
{
    const ExternalUserLink link = currentInput();
    FieldErrors problems = validation::validate(link);
    if (link.userId.isEmpty() && !m_ui->userCombo->currentText().trimmed().isEmpty())
        problems[QStringLiteral("userId")] = {
            tr("Choose a Sentry user who has accepted their invitation.")};
    if (link.integrationId.isEmpty())
        problems[QStringLiteral("integrationId")] = {
            tr("No %1 integration is installed in this organization.")
                .arg(m_ui->providerCombo->currentText())};
    if (m_ui->updateRadio->isChecked() && link.id.isEmpty())
        problems[QStringLiteral("id")] = {tr("Enter the id of the link to change.")};
    if (reject(problems))
        return;
    const bool update = !link.id.isEmpty();
    const QString integrationName = m_ui->integrationCombo->currentText();
    runOperation(*operationToSend(), tr("Saving the link…"),
                 [this, update, integrationName](const ops::RunOutcome &outcome) {
                     const ExternalUser saved = savedLink(outcome);
                     QString summary;
                     if (update)
                         summary = tr("Link %1 now connects %2 account %3 to %4 (integration %5).");
                     else if (outcome.httpStatus == 200)
                         summary = tr("Link %1 already connected %2 account %3 to %4 (integration "
                                      "%5); nothing changed.");
                     else
                         summary =
                             tr("Created link %1: %2 account %3 belongs to %4 (integration %5).");
                     summary =
                         summary.arg(saved.id, providerName(saved.provider), saved.externalName,
                                     userLabel(saved.userId), integrationName);
                     reportSuccess(summary, outcome.rawBody);
                 });
}

ExternalUser ExternalUserForm::savedLink(const ops::RunOutcome &outcome) const
{
    const ExternalUserLink asked = currentInput();
    for (const ExternalUser &link : outcome.after.links()) {
        if (link.provider == asked.provider && link.externalName == asked.externalName &&
            link.userId == asked.userId)
            return link;
    }
    return {};
}

void ExternalUserForm::changeConfirmed(const ops::RunOutcome &outcome)
{
    const ExternalUser saved = savedLink(outcome);
    if (!saved.id.isEmpty())
        m_ui->linkIdEdit->setText(saved.id);
}

} // namespace sm::gui
