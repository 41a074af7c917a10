// SPDX-License-Identifier: MIT
#include "operations/runoutcome.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sm::ops {

QString outcomeName(RunOutcome::Kind kind)
{
    switch (kind) {
    case RunOutcome::Kind::Done:
        return QStringLiteral("done");
    case RunOutcome::Kind::Refused:
        return QStringLiteral("refused");
    case RunOutcome::Kind::NotMade:
        return QStringLiteral("not-made");
    case RunOutcome::Kind::MadeAfterAll:
        return QStringLiteral("made-after-check");
    case RunOutcome::Kind::PartlyMade:
        return QStringLiteral("partly-made");
    case RunOutcome::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString changeOutcomeName(RunOutcome::Kind kind)
{
    return kind == RunOutcome::Kind::Refused ? outcomeName(RunOutcome::Kind::NotMade)
                                             : outcomeName(kind);
}

QJsonObject OutcomeRecord::toJson() const
{
    QJsonObject json{
        {QStringLiteral("runId"), outcome.runId},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("instance"), context.instance},
        {QStringLiteral("organization"), context.organization},
        {QStringLiteral("actingUser"), context.actingUser},
        {QStringLiteral("tokenKind"), context.tokenKind},
        {QStringLiteral("operation"), operation},
        {QStringLiteral("outcome"), outcomeName(outcome.kind)},
        {QStringLiteral("message"), outcome.message},
        {QStringLiteral("before"), outcome.before.toJson()},
        {QStringLiteral("after"), outcome.after.toJson()},
    };
    if (!outcome.error.sentryMessage.isEmpty())
        json.insert(QStringLiteral("sentryMessage"), outcome.error.sentryMessage);
    if (request) {
        QJsonObject headers;
        for (const auto &[name, value] : request->requestHeaders)
            headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        QJsonObject sent{{QStringLiteral("method"), QString::fromLatin1(request->method)},
                         {QStringLiteral("url"), request->url.toString()},
                         {QStringLiteral("headers"), headers},
                         {QStringLiteral("status"), request->status}};
        const QJsonDocument body = QJsonDocument::fromJson(request->requestBody);
        if (body.isObject())
            sent.insert(QStringLiteral("body"), body.object());
        else if (!request->requestBody.isEmpty())
            sent.insert(QStringLiteral("body"), QString::fromUtf8(request->requestBody));
        json.insert(QStringLiteral("request"), sent);
    }
    return json;
}

} // namespace sm::ops
