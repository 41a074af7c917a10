// SPDX-License-Identifier: MIT
#include "sandbox/drf.h"

#include "core/validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sm::sandbox::drf {

QString required()
{
    return validation::text::required(); // one wording for app and sandbox
}
QString notNull()
{
    return QStringLiteral("This field may not be null.");
}
QString blank()
{
    return validation::text::blank();
}
QString maxLength(int limit)
{
    return QStringLiteral("Ensure this field has no more than %1 characters.").arg(limit);
}

namespace {
// How Python's str() would print a JSON scalar inside an error message.
QString pythonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (value.isNull())
        return QStringLiteral("None");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QString pythonTypeName(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("str");
    if (value.isBool())
        return QStringLiteral("bool");
    if (value.isDouble())
        return value.toDouble() == double(qint64(value.toDouble())) ? QStringLiteral("int")
                                                                    : QStringLiteral("float");
    if (value.isObject())
        return QStringLiteral("dict");
    if (value.isArray())
        return QStringLiteral("list");
    return QStringLiteral("NoneType");
}
} // namespace

QString invalidChoice(const QJsonValue &value)
{
    return QStringLiteral("\"%1\" is not a valid choice.").arg(pythonText(value));
}
QString invalidInteger()
{
    return validation::text::invalidInteger();
}
QString invalidBoolean()
{
    return QStringLiteral("Must be a valid boolean.");
}
QString notAList(const QJsonValue &value)
{
    return QStringLiteral("Expected a list of items but got type \"%1\".")
        .arg(pythonTypeName(value));
}
QString notADictionary(const QJsonValue &value)
{
    return QStringLiteral("Invalid data. Expected a dictionary, but got %1.")
        .arg(pythonTypeName(value));
}

std::optional<QString> charField(const QJsonValue &value, QString *error, bool allowBlank)
{
    if (value.isNull()) {
        *error = notNull();
        return std::nullopt;
    }
    if (value.isObject() || value.isArray() || value.isBool()) {
        *error = QStringLiteral("Not a valid string.");
        return std::nullopt;
    }
    const QString text = pythonText(value).trimmed();
    if (text.isEmpty() && !allowBlank) {
        *error = blank();
        return std::nullopt;
    }
    return text;
}

std::optional<QString> choiceField(const QJsonValue &value, const QStringList &choices,
                                   QString *error)
{
    if (value.isNull()) {
        *error = notNull();
        return std::nullopt;
    }
    const QString text = pythonText(value);
    if (value.isString() && text.isEmpty()) {
        *error = blank();
        return std::nullopt;
    }
    if (!choices.contains(text) || value.isObject() || value.isArray()) {
        *error = invalidChoice(value);
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> integerField(const QJsonValue &value, QString *error)
{
    if (value.isNull()) {
        *error = notNull();
        return std::nullopt;
    }
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    *error = invalidInteger();
    return std::nullopt;
}

std::optional<bool> booleanField(const QJsonValue &value, QString *error)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    if (value.isString()) {
        const QString text = value.toString().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1") ||
            text == QLatin1String("yes") || text == QLatin1String("on"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0") ||
            text == QLatin1String("no") || text == QLatin1String("off"))
            return false;
    }
    *error = value.isNull() ? notNull() : invalidBoolean();
    return std::nullopt;
}

QString sentryJsonDumps(const QJsonObject &value)
{
    // Sentry's encoder: separators (",", ":") and ensure_ascii, so the text is pure ASCII.
    const QString compact = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    QString ascii;
    ascii.reserve(compact.size());
    for (const QChar c : compact) {
        if (c.unicode() < 0x80)
            ascii.append(c);
        else
            ascii.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return ascii;
}

} // namespace sm::sandbox::drf
