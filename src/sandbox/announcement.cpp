// SPDX-License-Identifier: MIT
#include "sandbox/announcement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sm::sandbox {

namespace {

// One JSON value, compact, without a document around it.
QByteArray compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QString Announcement::token(const QString &label) const
{
    for (const auto &[name, token] : tokens) {
        if (name == label)
            return token;
    }
    return {};
}

QByteArray Announcement::toLine() const
{
    // QJsonObject sorts its keys; the tokens keep the seed's order by being written out here.
    QByteArray tokenText = "{";
    for (const auto &[label, token] : tokens) {
        if (tokenText.size() > 1)
            tokenText += ',';
        tokenText += compact(label) + ':' + compact(token);
    }
    tokenText += '}';
    return "{\"url\":" + compact(url.toString()) + ",\"org\":" + compact(organization) +
           ",\"tokens\":" + tokenText + '}';
}

std::optional<Announcement> Announcement::parse(const QByteArray &line)
{
    const QJsonObject json = QJsonDocument::fromJson(line.trimmed()).object();
    Announcement announcement;
    announcement.url = QUrl(json.value(QLatin1String("url")).toString());
    announcement.organization = json.value(QLatin1String("org")).toString();
    const QJsonObject tokens = json.value(QLatin1String("tokens")).toObject();
    for (auto it = tokens.constBegin(); it != tokens.constEnd(); ++it) {
        if (it.value().isString())
            announcement.tokens.append({it.key(), it.value().toString()});
    }
    if (!announcement.url.isValid() || announcement.url.host().isEmpty() ||
        announcement.organization.isEmpty() || announcement.tokens.isEmpty())
        return std::nullopt;
    return announcement;
}

} // namespace sm::sandbox
