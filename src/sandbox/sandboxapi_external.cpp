// SPDX-License-Identifier: MIT
// External users (src/sentry/integrations/api/endpoints/external_user_index.py,
// external_user_details.py and the ExternalActor validators).
#include "core/sentryvocabulary.h"
#include "sandbox/drf.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/serialize.h"

namespace sm::sandbox {

namespace {

const QString collision = QStringLiteral(
    "There already exists an external association with this external_name and provider.");

struct ExternalInput
{
    std::optional<qint64> userId;
    std::optional<qint64> integrationId;
    std::optional<QString> externalName;
    std::optional<QString> provider;
    std::optional<QString> externalId; // set to empty for an explicit null
};

// CamelSnakeModelSerializer: accepts snake_case or camelCase keys, answers in camelCase.
QJsonValue field(const QJsonObject &data, const char *snake, const char *camel, bool *present)
{
    if (data.contains(QLatin1String(snake))) {
        *present = true;
        return data.value(QLatin1String(snake));
    }
    *present = data.contains(QLatin1String(camel));
    return data.value(QLatin1String(camel));
}

QJsonObject validate(const QJsonObject &data, const Organization &org, bool partial,
                     ExternalInput &out)
{
    QJsonObject errors;
    auto fail = [&errors](const char *key, const QString &message) {
        errors.insert(QLatin1String(key), QJsonArray{message});
    };
    QString error;
    bool present = false;

    const QJsonValue provider = field(data, "provider", "provider", &present);
    if (present) {
        out.provider = drf::choiceField(provider, vocabulary::externalProviders(), &error);
        if (!out.provider)
            fail("provider", error);
    } else if (!partial) {
        fail("provider", drf::required());
    }

    const QJsonValue userId = field(data, "user_id", "userId", &present);
    if (present) {
        out.userId = drf::integerField(userId, &error);
        if (!out.userId) {
            fail("userId", error);
        } else {
            const MemberRecord *member = org.memberByUser(*out.userId);
            const bool isMember = member && member->isApproved();
            if (!isMember)
                fail("userId", QStringLiteral("This member does not exist."));
        }
    } else if (!partial) {
        fail("userId", drf::required());
    }

    const QJsonValue integrationId = field(data, "integration_id", "integrationId", &present);
    if (present) {
        out.integrationId = drf::integerField(integrationId, &error);
        if (!out.integrationId)
            fail("integrationId", error);
        else if (!org.integration(*out.integrationId))
            fail("integrationId",
                 QStringLiteral("Integration does not exist for this organization"));
    } else if (!partial) {
        fail("integrationId", drf::required());
    }

    const QJsonValue externalName = field(data, "external_name", "externalName", &present);
    if (present) {
        out.externalName = drf::charField(externalName, &error);
        if (!out.externalName) {
            fail("externalName", error);
        } else if (out.provider && vocabulary::providerNeedsAtHandle(*out.provider)) {
            static const QRegularExpression handle(QStringLiteral(R"(^@[\w/.-]+$)"),
                                                   QRegularExpression::UseUnicodePropertiesOption);
            const qsizetype length = out.externalName->size();
            if (length < 1 || length > vocabulary::maxExternalNameLength) {
                fail("externalName", QStringLiteral("External Name has invalid length: %1. Length "
                                                    "must be between 1 and 255")
                                         .arg(length));
            } else if (!handle.match(*out.externalName).hasMatch()) {
                fail("externalName", QStringLiteral("External Name must start with '@' and can't "
                                                    "contain special characters or spaces."));
            }
        }
    } else if (!partial) {
        fail("externalName", drf::required());
    }

    const QJsonValue externalId = field(data, "external_id", "externalId", &present);
    if (present) {
        if (externalId.isNull()) {
            out.externalId = QString();
        } else {
            out.externalId = drf::charField(externalId, &error, true);
            const qsizetype length = out.externalId ? out.externalId->size() : 0;
            if (!out.externalId)
                fail("externalId", error);
            else if (length < 1 || length > vocabulary::maxExternalIdLength)
                fail("externalId", QStringLiteral("external_id has invalid length: %1. Length must "
                                                  "be between 1 and 64")
                                       .arg(length));
        }
    }
    return errors;
}

bool codeownersEnabled(const Organization &org)
{
    return org.hasFeature("organizations:integrations-codeowners");
}

} // namespace

Response SandboxApi::createExternalUser(const Requester &, const Request &request)
{
    if (!codeownersEnabled(m_org))
        return Response::permissionDenied();
    Response failure;
    const auto data = parseBody(request, &failure);
    if (!data)
        return failure;
    ExternalInput input;
    const QJsonObject errors = validate(*data, m_org, false, input);
    if (!errors.isEmpty())
        return Response::json(400, errors);

    // get_or_create on (user, provider, external_name): the same link answers 200; another
    // user may use the same name.
    for (const ExternalUserRecord *existing : m_org.externalUsersOf(*input.userId)) {
        if (existing->provider == *input.provider && existing->externalName == *input.externalName)
            return Response::json(200, serialize::externalUser(*existing));
    }
    ExternalUserRecord record;
    record.id = m_org.allocateId();
    record.userId = *input.userId;
    record.provider = *input.provider;
    record.externalName = *input.externalName;
    record.integrationId = *input.integrationId;
    record.externalId = input.externalId.value_or(QString());
    m_org.externalUsers.append(record);
    return Response::json(201, serialize::externalUser(record));
}

Response SandboxApi::updateExternalUser(const Requester &, const Request &request,
                                        const QString &id)
{
    if (!codeownersEnabled(m_org))
        return Response::permissionDenied();
    bool numeric = false;
    const qint64 externalUserId = id.toLongLong(&numeric);
    ExternalUserRecord *record = numeric ? m_org.externalUser(externalUserId) : nullptr;
    if (!record)
        return Response::detail(404, QStringLiteral("Not found."));
    Response failure;
    const auto data = parseBody(request, &failure);
    if (!data)
        return failure;

    // The provider rule for external names needs the provider even when it is not resent.
    QJsonObject withProvider = *data;
    if (!withProvider.contains(QLatin1String("provider")))
        withProvider.insert(QStringLiteral("provider"), record->provider);
    ExternalInput input;
    const QJsonObject errors = validate(withProvider, m_org, true, input);
    if (!errors.isEmpty())
        return Response::json(400, errors);

    const QString provider = input.provider.value_or(record->provider);
    const QString name = input.externalName.value_or(record->externalName);
    // Uniqueness is per user: the link may not duplicate another link of the same user.
    const qint64 userId = input.userId.value_or(record->userId);
    for (const ExternalUserRecord *other : m_org.externalUsersOf(userId)) {
        if (other->id != record->id && other->provider == provider && other->externalName == name)
            return Response::json(400, QJsonArray{collision});
    }
    record->provider = provider;
    record->externalName = name;
    if (input.userId)
        record->userId = *input.userId;
    if (input.integrationId)
        record->integrationId = *input.integrationId;
    if (input.externalId)
        record->externalId = *input.externalId;
    // The update answer has no userId: Sentry adds it only on the create path.
    QJsonObject answer = serialize::externalUser(*record);
    answer.remove(QStringLiteral("userId"));
    return Response::json(200, answer);
}

Response SandboxApi::deleteExternalUser(const Requester &, const Request &, const QString &id)
{
    if (!codeownersEnabled(m_org))
        return Response::permissionDenied();
    bool numeric = false;
    const qint64 externalUserId = id.toLongLong(&numeric);
    if (!numeric || !m_org.externalUser(externalUserId))
        return Response::detail(404, QStringLiteral("Not found."));
    m_org.externalUsers.removeIf(
        [&](const ExternalUserRecord &e) { return e.id == externalUserId; });
    m_org.markChanged();
    return Response::empty(204);
}

} // namespace sm::sandbox
