// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Django REST Framework's field parsing, reduced to what Sentry's member serializers use,
// with DRF's exact error texts. Each parser returns the value or sets `error`.
namespace sm::sandbox::drf {

QString required();
QString notNull();
QString blank();
QString maxLength(int limit);
QString invalidChoice(const QJsonValue &value);
QString invalidInteger();
QString invalidBoolean();
QString notAList(const QJsonValue &value);
QString notADictionary(const QJsonValue &value);

std::optional<QString> charField(const QJsonValue &value, QString *error, bool allowBlank = false);
std::optional<QString> choiceField(const QJsonValue &value, const QStringList &choices,
                                   QString *error);
std::optional<qint64> integerField(const QJsonValue &value, QString *error);
std::optional<bool> booleanField(const QJsonValue &value, QString *error);

// sentry.utils.json.dumps: compact separators and non-ASCII escaped as \uXXXX. SCIM puts
// serializer errors into its `detail` this way.
QString sentryJsonDumps(const QJsonObject &value);

} // namespace sm::sandbox::drf
