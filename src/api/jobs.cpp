// SPDX-License-Identifier: MIT
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

template<typename T> Result<T> resultOf(const ApiJob::Reply &reply)
{
    Result<T> result;
    static_cast<Outcome &>(result) = reply.outcome();
    return result;
}

// Parses a single-object answer; Parse maps a QJsonObject to T.
template<typename T, typename Parse>
Result<T> objectResult(const ApiJob::Reply &reply, Parse parse, bool change)
{
    Result<T> result = resultOf<T>(reply);
    const auto doc = parseDocument(reply.body);
    if (!doc || !doc->isObject())
        result.error = errors::unreadableResponse(reply.status, change);
    else
        result.value = parse(doc->object());
    return result;
}

// Parses one page of a JSON array into `into`; false when the page is not an array of
// objects.
template<typename T, typename Parse>
bool appendPage(const ApiJob::Reply &reply, QList<T> &into, Parse parse)
{
    const auto doc = parseDocument(reply.body);
    if (!doc || !doc->isArray())
        return false;
    auto items = parse(doc->array());
    if (!items)
        return false;
    into += *items;
    return true;
}

template<typename T>
Result<QList<T>> listResult(const ApiJob::Reply &reply, const QList<T> &items, bool readable)
{
    Result<QList<T>> result = resultOf<QList<T>>(reply);
    if (readable)
        result.value = items;
    else
        result.error = errors::unreadableResponse(reply.status, false);
    return result;
}

} // namespace

MemberJob::MemberJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void MemberJob::handleReply(const Reply &reply)
{
    if (reply.status == 204) { // older servers answer a reinvite with no content
        deliver(resultOf<Member>(reply));
        return;
    }
    deliver(objectResult<Member>(reply, &wire::member, isChange()));
}

MemberListJob::MemberListJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void MemberListJob::handleReply(const Reply &reply)
{
    QList<Member> page;
    const Page outcome = readPage(reply, [&] {
        std::optional<QList<Member>> items = wire::memberPage(reply.body);
        if (!items)
            return false;
        page = std::move(*items);
        if (!m_streaming)
            m_members += page;
        return true;
    });
    if (outcome != Page::Unreadable)
        emit pageReceived(page); // may cancel the job, and with it the next page
    if (outcome != Page::More)
        deliver(listResult(reply, m_members, outcome == Page::Complete));
}

TeamMemberListJob::TeamMemberListJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void TeamMemberListJob::handleReply(const Reply &reply)
{
    const Page page =
        readPage(reply, [&] { return appendPage(reply, m_members, &wire::teamMembers); });
    if (page != Page::More)
        deliver(listResult(reply, m_members, page == Page::Complete));
}

DoneJob::DoneJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void DoneJob::handleReply(const Reply &reply)
{
    DoneResult result = resultOf<bool>(reply);
    result.value = true;
    deliver(result);
}

ChangeJob::ChangeJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void ChangeJob::handleReply(const Reply &reply)
{
    // A DELETE's answer has nothing to read, and an older server answers a reinvite with 204:
    // the status alone says the change is made. Any other answer must be readable.
    if (reply.status == 204 || request().method == "DELETE") {
        deliver(resultOf<QJsonObject>(reply));
        return;
    }
    deliver(objectResult<QJsonObject>(
        reply, [](const QJsonObject &object) { return object; }, true));
}

OrganizationJob::OrganizationJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void OrganizationJob::handleReply(const Reply &reply)
{
    deliver(objectResult<OrganizationInfo>(reply, &wire::organization, false));
}

TeamListJob::TeamListJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void TeamListJob::handleReply(const Reply &reply)
{
    const Page page = readPage(reply, [&] { return appendPage(reply, m_teams, &wire::teams); });
    if (page != Page::More)
        deliver(listResult(reply, m_teams, page == Page::Complete));
}

IntegrationListJob::IntegrationListJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void IntegrationListJob::handleReply(const Reply &reply)
{
    const Page page =
        readPage(reply, [&] { return appendPage(reply, m_integrations, &wire::integrations); });
    if (page != Page::More)
        deliver(listResult(reply, m_integrations, page == Page::Complete));
}

ScimUserJob::ScimUserJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void ScimUserJob::handleReply(const Reply &reply)
{
    deliver(objectResult<ScimUser>(reply, &wire::scimUser, isChange()));
}

ScimUserPageJob::ScimUserPageJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void ScimUserPageJob::handleReply(const Reply &reply)
{
    ScimUserPageResult result = resultOf<ScimUserPage>(reply);
    const auto doc = parseDocument(reply.body);
    const auto page = doc && doc->isObject() ? wire::scimUserPage(doc->object()) : std::nullopt;
    if (page)
        result.value = *page;
    else
        result.error = errors::unreadableResponse(reply.status, false);
    deliver(result);
}

ExternalUserJob::ExternalUserJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void ExternalUserJob::handleReply(const Reply &reply)
{
    ExternalUserResult result = objectResult<ExternalUser>(reply, &wire::externalUser, isChange());
    // Sentry's update answer has no userId; its success confirms the user_id that was sent.
    if (result.ok() && result.value.userId.isEmpty() && request().body) {
        const QJsonValue sent = request().body->object().value(QLatin1String("user_id"));
        if (sent.isDouble())
            result.value.userId = QString::number(sent.toInteger());
    }
    deliver(result);
}

AuditLogJob::AuditLogJob(SentryClient *client, ApiRequest request)
    : TypedJob(client, std::move(request))
{}

void AuditLogJob::handleReply(const Reply &reply)
{
    AuditEntryListResult result = resultOf<QList<AuditEntry>>(reply);
    const auto doc = parseDocument(reply.body);
    const auto rows = doc && doc->isObject() ? wire::auditEntries(doc->object()) : std::nullopt;
    if (rows)
        result.value = *rows;
    else
        result.error = errors::unreadableResponse(reply.status, false);
    deliver(result);
}

} // namespace sm
