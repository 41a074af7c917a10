// SPDX-License-Identifier: MIT
#include "api/apierror.h"

#include <QCoreApplication>

namespace sm {

QString ApiError::fieldMessage(const QString &field) const
{
    return fieldErrors.value(field).join(QLatin1Char(' '));
}

ApiError ApiError::withFieldAliases(const QMap<QString, QString> &aliases) const
{
    ApiError aliased = *this;
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        if (aliased.fieldErrors.contains(it.key()) && !aliased.fieldErrors.contains(it.value()))
            aliased.fieldErrors.insert(it.value(), aliased.fieldErrors.take(it.key()));
    }
    return aliased;
}

ApiError ApiError::validation(const FieldErrors &errors)
{
    ApiError error;
    error.kind = Kind::Validation;
    error.fieldErrors = errors;
    QStringList all;
    for (const QStringList &messages : errors)
        all += messages;
    error.message = all.size() == 1 ? all.constFirst()
                                    : QCoreApplication::translate("sm::ApiError",
                                                                  "Some fields need attention: %1")
                                          .arg(all.join(QLatin1Char(' ')));
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = QCoreApplication::translate("sm::ApiError", "The request was cancelled.");
    return error;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Authentication:
        return QStringLiteral("authentication");
    case ApiError::Kind::Permission:
        return QStringLiteral("permission");
    case ApiError::Kind::Validation:
        return QStringLiteral("validation");
    case ApiError::Kind::NotFound:
        return QStringLiteral("not-found");
    case ApiError::Kind::Conflict:
        return QStringLiteral("conflict");
    case ApiError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case ApiError::Kind::Server:
        return QStringLiteral("server");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace sm
