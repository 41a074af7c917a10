// SPDX-License-Identifier: MIT
#include "operations/requestpreview.h"

#include "api/requestbuilder.h"

namespace sm::ops {

namespace {

const QByteArray tokenVariable = QByteArrayLiteral("$SENTRY_AUTH_TOKEN");

bool isAuthorization(const QByteArray &name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0;
}

// POSIX shell single quotes: nothing inside is expanded; a quote is closed, escaped, reopened.
QString quoted(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

} // namespace

RequestPreview previewRequest(const ConnectionSettings &connection, const Operation &operation)
{
    const WireRequest wire = buildRequest(connection, operation.request());
    RequestPreview preview;
    preview.method = wire.method;
    preview.url = wire.request.url();
    preview.body = wire.body;
    for (const QByteArray &name : wire.request.rawHeaderList()) {
        preview.headers.append({name, isAuthorization(name) ? "Bearer " + tokenVariable
                                                            : wire.request.rawHeader(name)});
    }
    return preview;
}

QString RequestPreview::text() const
{
    QString text =
        QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded);
    for (const auto &[name, value] : headers)
        text += QLatin1Char('\n') + QString::fromLatin1(name) + QLatin1String(": ") +
                QString::fromUtf8(value);
    if (!body.isEmpty())
        text += QLatin1String("\n\n") + QString::fromUtf8(body);
    return text;
}

QString RequestPreview::curl() const
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("--fail-with-body"),
                      QStringLiteral("-X"), QString::fromLatin1(method),
                      quoted(url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : headers) {
        if (isAuthorization(name)) {
            // Double quotes around the variable only: the shell fills in the token.
            parts << QStringLiteral("-H")
                  << QStringLiteral("\"%1: Bearer %2\"")
                         .arg(QString::fromLatin1(name), QString::fromLatin1(tokenVariable));
        } else {
            parts << QStringLiteral("-H")
                  << quoted(QString::fromLatin1(name) + QLatin1String(": ") +
                            QString::fromUtf8(value));
        }
    }
    if (!body.isEmpty())
        parts << QStringLiteral("--data-raw") << quoted(QString::fromUtf8(body));
    return parts.join(QLatin1Char(' '));
}

} // namespace sm::ops
