#include "api/jobs.h"

#include "api/errordecoder.h"
#include "api/wireformat.h"

#include <QJsonDocument>

namespace sm {

namespace {

std::optional<QJsonDocument> parseDocument(const QByteArray &body)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

// Reports errors under the field a form shows ("role" -> "orgRole").
ApiError withAliases(ApiError error, const QMap<QString, QString> &aliases)
{
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        if (error.fieldErrors.contains(it.key()) && !error.fieldErrors.contains(it.value()))
            error.fieldErrors.insert(it.value(), error.fieldErrors.take(it.key()));
    }
    return error;
}

template<typename T>
Result<T> failure(const ApiError &error, const ApiJob::Reply &reply, const ApiRequest &request)
{
    Result<T> result;
    result.error = withAliases(error, request.fieldAliases);
    result.httpStatus = reply.status;
    result.rawBody = reply.body;
    return result;
}

// Parses a single-object answer; Parse maps a QJsonObject to T.
template<typename T, typename Parse> Result<T> objectResult(const ApiJob::Reply &reply, Parse parse)
{
    Result<T> result;
    result.httpStatus = reply.status;
    result.rawBody = reply.body;
    const auto doc = parseDocument(reply.body);
    if (!doc || !doc->isObject())
        result.error = errors::unreadableResponse(reply.status);
    else
        result.value = parse(doc->object());
    return result;
}

// Parses one page of a JSON array into `into`; false when the page is not an array of
// objects.
template<typename T, typename Parse>
bool appendPage(const ApiJob::Reply &reply, QList<T> &into, Parse parse, QList<T> *page = nullptr)
{
    const auto doc = parseDocument(reply.body);
    if (!doc || !doc->isArray())
        return false;
    auto items = parse(doc->array());
    if (!items)
        return false;
    if (page)
        *page = *items;
    into += *items;
    return true;
}

template<typename T>
Result<QList<T>> listResult(const ApiJob::Reply &reply, const QList<T> &items, bool readable)
{
    Result<QList<T>> result;
    result.httpStatus = reply.status;
    result.rawBody = reply.body;
    if (readable)
        result.value = items;
    else
        result.error = errors::unreadableResponse(reply.status);
    return result;
}

} // namespace

// --- MemberJob

MemberJob::MemberJob(SentryClient *client, ApiRequest request)
    : ApiJob(client, std::move(request))
{}

void MemberJob::handleReply(const Reply &reply)
{
    markFinished();
    if (reply.status == 204) { // older servers answer a reinvite with no content
        MemberResult result;
        result.httpStatus = reply.status;
        emit finished(result);
        return;
    }
    emit finished(objectResult<Member>(reply, &wire::member));
}

void MemberJob::handleFailure(const ApiError &error, const Reply &reply)
{
    markFinished();
    emit finished(failure<Member>(error, reply, request()));
}

// --- MemberListJob

MemberListJob::MemberListJob(SentryClient *client, ApiRequest request)
    : ApiJob(client, std::move(request))
{}

void MemberListJob::handleReply(const Reply &reply)
{
    QList<Member> page;
    const bool readable = appendPage(reply, m_members, &wire::members, &page);
    if (readable) {
        emit pageReceived(page);
        if (requestNextPage(reply))
            return;
    }
    markFinished();
    emit finished(listResult(reply, m_members, readable));
}

void MemberListJob::handleFailure(const ApiError &error, const Reply &reply)
{
    markFinished();
    emit finished(failure<QList<Member>>(error, reply, request()));
}

// --- TeamListJob

TeamListJob::TeamListJob(SentryClient *client, ApiRequest request)
    : ApiJob(client, std::move(request))
{}

void TeamListJob::handleReply(const Reply &reply)
{
    const bool readable = appendPage(reply, m_teams, &wire::teams);
    if (readable && requestNextPage(reply))
        return;
    markFinished();
    emit finished(listResult(reply, m_teams, readable));
}

void TeamListJob::handleFailure(const ApiError &error, const Reply &reply)
{
    markFinished();
    emit finished(failure<QList<Team>>(error, reply, request()));
}

// --- IntegrationListJob

IntegrationListJob::IntegrationListJob(SentryClient *client, ApiRequest request)
    : ApiJob(client, std::move(request))
{}

void IntegrationListJob::handleReply(const Reply &reply)
{
    const bool readable = appendPage(reply, m_integrations, &wire::integrations);
    if (readable && requestNextPage(reply))
        return;
    markFinished();
    emit finished(listResult(reply, m_integrations, readable));
}

void IntegrationListJob::handleFailure(const ApiError &error, const Reply &reply)
{
    markFinished();
    emit finished(failure<QList<Integration>>(error, reply, request()));
}

// --- ScimUserJob

ScimUserJob::ScimUserJob(SentryClient *client, ApiRequest request)
    : ApiJob(client, std::move(request))
{}

void ScimUserJob::handleReply(const Reply &reply)
{
    markFinished();
    emit finished(objectResult<ScimUser>(reply, &wire::scimUser));
}

void ScimUserJob::handleFailure(const ApiError &error, const Reply &reply)
{
    markFinished();
    emit finished(failure<ScimUser>(error, reply, request()));
}

// --- ScimUserPageJob

ScimUserPageJob::ScimUserPageJob(SentryClient *client, ApiRequest request)
    : ApiJob(client, std::move(request))
{}

void ScimUserPageJob::handleReply(const Reply &reply)
{
    markFinished();
    ScimUserPageResult result;
    result.httpStatus = reply.status;
    result.rawBody = reply.body;
    const auto doc = parseDocument(reply.body);
    const auto page = doc && doc->isObject() ? wire::scimUserPage(doc->object()) : std::nullopt;
    if (page)
        result.value = *page;
    else
        result.error = errors::unreadableResponse(reply.status);
    emit finished(result);
}

void ScimUserPageJob::handleFailure(const ApiError &error, const Reply &reply)
{
    markFinished();
    emit finished(failure<ScimUserPage>(error, reply, request()));
}

// --- ExternalUserJob

ExternalUserJob::ExternalUserJob(SentryClient *client, ApiRequest request)
    : ApiJob(client, std::move(request))
{}

void ExternalUserJob::handleReply(const Reply &reply)
{
    markFinished();
    emit finished(objectResult<ExternalUser>(reply, &wire::externalUser));
}

void ExternalUserJob::handleFailure(const ApiError &error, const Reply &reply)
{
    markFinished();
    emit finished(failure<ExternalUser>(error, reply, request()));
}

} // namespace sm
