// SPDX-License-Identifier: MIT
#include "sandbox/emailfield.h"

#include "sandbox/drf.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace sm::sandbox::drf {

namespace {

// Django's patterns; Python's \Z (end of string) is PCRE's \z, and re.match anchors at ^.
const QRegularExpression &userRegex()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\z)"
                       R"(|^"([\x{01}-\x{08}\x{0b}\x{0c}\x{0e}-\x{1f}!#-\[\]-\x{7f}])"
                       R"(|\\[\x{01}-\x{09}\x{0b}\x{0c}\x{0e}-\x{7f}])*"\z)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &domainRegex()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\z)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// validate_ipv46_address: what Python's ipaddress module accepts.
bool validIpAddress(const QString &text)
{
    QHostAddress address;
    if (!address.setAddress(text))
        return false;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return text.contains(QLatin1Char(':'));
    // IPv4Address refuses leading zeros and anything but four decimal octets.
    static const QRegularExpression dotted(
        QStringLiteral(R"(^(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}$)"));
    return dotted.match(text).hasMatch();
}

bool validDomainPart(const QString &domain)
{
    if (domainRegex().match(domain).hasMatch())
        return true;
    static const QRegularExpression literal(QStringLiteral(R"(^\[([A-F0-9:.]+)\]\z)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = literal.match(domain);
    return match.hasMatch() && validIpAddress(match.captured(1));
}

// INVALID_EMAIL_ADDRESS_PATTERN in Sentry's AllowedEmailField.
bool refusedDomain(const QString &value)
{
    return value.endsWith(QLatin1String("@qq.com"), Qt::CaseInsensitive);
}

} // namespace

bool djangoValidEmail(const QString &value)
{
    if (value.isEmpty() || !value.contains(QLatin1Char('@')) || value.size() > 320)
        return false;
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    const QString user = value.left(at);
    const QString domain = value.mid(at + 1);
    if (!userRegex().match(user).hasMatch())
        return false;
    if (domain == QLatin1String("localhost") || validDomainPart(domain))
        return true;
    // A possible IDN domain: its punycode form must pass.
    const QByteArray ace = QUrl::toAce(domain);
    return !ace.isEmpty() && validDomainPart(QString::fromLatin1(ace));
}

QStringList allowedEmailFieldErrors(const QString &value, int maxLength)
{
    QStringList errors;
    if (value.size() > maxLength)
        errors.append(drf::maxLength(maxLength));
    if (!djangoValidEmail(value) || refusedDomain(value))
        errors.append(QStringLiteral("Enter a valid email address."));
    return errors;
}

} // namespace sm::sandbox::drf
