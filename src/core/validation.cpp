// SPDX-License-Identifier: MIT
#include "core/validation.h"

#include "core/sentryvocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace sm::validation {

namespace text {

namespace {
// The messages that carry a value, as templates with %1.
constexpr char invalidChoiceTemplate[] =
    QT_TRANSLATE_NOOP("Sentry", "\"%1\" is not a valid choice.");
constexpr char externalNameLengthTemplate[] = QT_TRANSLATE_NOOP(
    "Sentry", "External Name has invalid length: %1. Length must be between 1 and 255");
constexpr char externalIdLengthTemplate[] = QT_TRANSLATE_NOOP(
    "Sentry", "external_id has invalid length: %1. Length must be between 1 and 64");
constexpr char retiredRoleTemplate[] =
    QT_TRANSLATE_NOOP("Sentry", "The role '%1' is deprecated and may no longer be assigned.");
constexpr char alreadyMemberTemplate[] =
    QT_TRANSLATE_NOOP("Sentry", "The user %1 is already a member");
constexpr char alreadyInvitedTemplate[] =
    QT_TRANSLATE_NOOP("Sentry", "The user %1 has already been invited");
} // namespace

QList<const char *> templates()
{
    return {invalidChoiceTemplate, externalNameLengthTemplate, externalIdLengthTemplate,
            alreadyMemberTemplate, alreadyInvitedTemplate,     retiredRoleTemplate};
}

QString retiredRole(const QString &role)
{
    return QString::fromUtf8(retiredRoleTemplate).arg(role);
}

QString alreadyMember(const QString &email)
{
    return QString::fromUtf8(alreadyMemberTemplate).arg(email);
}

QString alreadyInvited(const QString &email)
{
    return QString::fromUtf8(alreadyInvitedTemplate).arg(email);
}

// DRF's and Sentry's wording, verbatim and in English (the sandbox answers with these). They
// are marked for translation under the context "Sentry": the GUI shows them localized.
QString required()
{
    return QStringLiteral(QT_TRANSLATE_NOOP("Sentry", "This field is required."));
}
QString blank()
{
    return QStringLiteral(QT_TRANSLATE_NOOP("Sentry", "This field may not be blank."));
}
QString invalidEmail()
{
    return QStringLiteral(QT_TRANSLATE_NOOP("Sentry", "Enter a valid email address."));
}
QString emailTooLong()
{
    return QStringLiteral(
        QT_TRANSLATE_NOOP("Sentry", "Ensure this field has no more than 75 characters."));
}
QString invalidChoice(const QString &value)
{
    return QString::fromLatin1(invalidChoiceTemplate).arg(value);
}
QString invalidInteger()
{
    return QStringLiteral(QT_TRANSLATE_NOOP("Sentry", "A valid integer is required."));
}
QString invalidTeamRole()
{
    return QStringLiteral(QT_TRANSLATE_NOOP("Sentry", "Invalid team-role"));
}
QString invalidScimRole()
{
    return QStringLiteral(QT_TRANSLATE_NOOP("Sentry", "Invalid organization role."));
}
QString externalNameFormat()
{
    return QStringLiteral(QT_TRANSLATE_NOOP(
        "Sentry",
        "External Name must start with '@' and can't contain special characters or spaces."));
}
QString externalNameLength(qsizetype length)
{
    return QString::fromLatin1(externalNameLengthTemplate).arg(length);
}
QString externalIdLength(qsizetype length)
{
    return QString::fromLatin1(externalIdLengthTemplate).arg(length);
}
QString invalidTeams()
{
    return QStringLiteral(QT_TRANSLATE_NOOP("Sentry", "Invalid teams"));
}
QString invalidMemberId()
{
    return QStringLiteral(QT_TRANSLATE_NOOP("Sentry", "Enter the member's numeric id."));
}
} // namespace text

namespace {

// Django's EmailValidator (user part, domain part with a literal-IP form, "localhost").
// \z, not $: a $ would also match before a final line break inside the address.
const QRegularExpression &userPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*)"
            R"(|"(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-\[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*")\z)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &domainPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\z)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Four decimal octets without leading zeros, as Python's ipaddress.IPv4Address reads them.
bool isIPv4(const QString &text)
{
    const QStringList octets = text.split(QLatin1Char('.'));
    return octets.size() == 4 && std::all_of(octets.cbegin(), octets.cend(), [](const QString &o) {
               bool ok = false;
               const int value = o.toInt(&ok, 10);
               return ok && o.size() <= 3 && value <= 255 &&
                      (o.size() == 1 || o.front() != QLatin1Char('0')) &&
                      std::all_of(o.cbegin(), o.cend(), [](QChar c) { return c.isDigit(); });
           });
}

// Eight groups of up to four hex digits, "::" once for a run of zero groups, and the last
// two groups optionally written as an IPv4 address (RFC 4291, section 2.2).
bool isIPv6(const QString &text)
{
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    if (gap >= 0 && text.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return false;
    QStringList groups;
    for (const QString &side :
         gap >= 0 ? QStringList{text.left(gap), text.mid(gap + 2)} : QStringList{text}) {
        if (!side.isEmpty())
            groups += side.split(QLatin1Char(':'));
    }
    int count = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const QString &group = groups.at(i);
        if (i == groups.size() - 1 && group.contains(QLatin1Char('.'))) {
            if (!isIPv4(group))
                return false;
            count += 2;
            continue;
        }
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{1,4}\\z"));
        if (!hex.match(group).hasMatch())
            return false;
        ++count;
    }
    return gap >= 0 ? count < 8 : count == 8;
}

// "[192.0.2.1]" or "[2001:db8::1]": a domain written as an address.
bool isAddressLiteral(const QString &domain)
{
    if (!domain.startsWith(QLatin1Char('[')) || !domain.endsWith(QLatin1Char(']')))
        return false;
    const QString address = domain.mid(1, domain.size() - 2);
    return address.contains(QLatin1Char(':')) ? isIPv6(address) : isIPv4(address);
}

bool isBlockedDomain(const QString &domain)
{
    // Sentry's INVALID_EMAIL_ADDRESS_PATTERN blocks this domain for invitations.
    return domain.compare(QLatin1String("qq.com"), Qt::CaseInsensitive) == 0;
}

void add(FieldErrors &errors, const QString &field, const QString &message)
{
    errors[field].append(message);
}

void validateOrgRole(FieldErrors &errors, const QString &field, const QString &role)
{
    if (!vocabulary::orgRoles().contains(role))
        add(errors, field, text::invalidChoice(role));
}

void validateTeamRoles(FieldErrors &errors, const QList<TeamRoleAssignment> &teamRoles)
{
    for (const TeamRoleAssignment &assignment : teamRoles) {
        if (!assignment.role.isEmpty() && !vocabulary::teamRoles().contains(assignment.role)) {
            add(errors, QStringLiteral("teamRoles"), text::invalidTeamRole());
            return;
        }
        if (assignment.teamSlug.trimmed().isEmpty()) {
            add(errors, QStringLiteral("teamRoles"), text::invalidTeams());
            return;
        }
    }
}

void validateMemberId(FieldErrors &errors, const QString &id)
{
    if (!isNumericId(id))
        add(errors, QStringLiteral("memberId"), text::invalidMemberId());
}

void validateIntegerField(FieldErrors &errors, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        add(errors, field, text::required());
    else if (!isNumericId(value.trimmed()))
        add(errors, field, text::invalidInteger());
}

} // namespace

bool isValidEmail(const QString &email)
{
    const QString value = email.trimmed();
    if (value.isEmpty() || value.size() > 320)
        return false;
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == value.size() - 1)
        return false;
    const QString user = value.left(at);
    const QString domain = value.mid(at + 1);
    if (!userPattern().match(user).hasMatch())
        return false;
    if (isBlockedDomain(domain))
        return false;
    if (domain == QLatin1String("localhost"))
        return true;
    if (domain.startsWith(QLatin1Char('[')))
        return isAddressLiteral(domain);
    // Django accepts internationalized domains through IDNA; do the same.
    const QString ascii = QString::fromLatin1(QUrl::toAce(domain));
    return !ascii.isEmpty() && domainPattern().match(ascii).hasMatch();
}

QStringList emailProblems(const QString &email)
{
    const QString value = email.trimmed();
    if (value.isEmpty())
        return {email.isEmpty() ? text::required() : text::blank()};
    QStringList problems;
    if (value.size() > vocabulary::maxEmailLength)
        problems.append(text::emailTooLong());
    if (!isValidEmail(value))
        problems.append(text::invalidEmail());
    return problems;
}

bool isNumericId(const QString &id)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    return digits.match(id).hasMatch();
}

FieldErrors validate(const InviteMember &invite)
{
    FieldErrors errors;
    const QStringList email = emailProblems(invite.email);
    if (!email.isEmpty())
        errors.insert(QStringLiteral("email"), email);
    validateOrgRole(errors, QStringLiteral("orgRole"), invite.orgRole);
    validateTeamRoles(errors, invite.teamRoles);
    return errors;
}

FieldErrors validate(const UpdateMemberRoles &update)
{
    FieldErrors errors;
    validateMemberId(errors, update.memberId);
    if (update.orgRole)
        validateOrgRole(errors, QStringLiteral("orgRole"), *update.orgRole);
    validateTeamRoles(errors, update.teamRoles);
    return errors;
}

FieldErrors validate(const ResendInvite &resend)
{
    FieldErrors errors;
    validateMemberId(errors, resend.memberId);
    return errors;
}

FieldErrors validate(const ProvisionScimUser &provision)
{
    FieldErrors errors;
    const QStringList email = emailProblems(provision.userName);
    if (!email.isEmpty())
        errors.insert(QStringLiteral("userName"), email);
    const QString role = provision.sentryOrgRole.trimmed().toLower();
    if (!role.isEmpty() && !vocabulary::scimOrgRoles().contains(role))
        add(errors, QStringLiteral("sentryOrgRole"), text::invalidScimRole());
    return errors;
}

FieldErrors validate(const ExternalUserLink &link)
{
    FieldErrors errors;
    if (!link.id.isEmpty() && !isNumericId(link.id))
        add(errors, QStringLiteral("id"), text::invalidInteger());
    validateIntegerField(errors, QStringLiteral("userId"), link.userId);
    validateIntegerField(errors, QStringLiteral("integrationId"), link.integrationId);

    if (link.provider.isEmpty())
        add(errors, QStringLiteral("provider"), text::required());
    else if (!vocabulary::externalProviders().contains(link.provider))
        add(errors, QStringLiteral("provider"), text::invalidChoice(link.provider));

    const QString &name = link.externalName;
    if (name.trimmed().isEmpty()) {
        add(errors, QStringLiteral("externalName"),
            name.isEmpty() ? text::required() : text::blank());
    } else if (vocabulary::providerNeedsAtHandle(link.provider)) {
        static const QRegularExpression handle(QStringLiteral(R"(^@[\w/.-]+$)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
        if (name.size() > vocabulary::maxExternalNameLength)
            add(errors, QStringLiteral("externalName"), text::externalNameLength(name.size()));
        else if (!handle.match(name).hasMatch())
            add(errors, QStringLiteral("externalName"), text::externalNameFormat());
    }

    if (!link.externalId.isEmpty() && link.externalId.size() > vocabulary::maxExternalIdLength)
        add(errors, QStringLiteral("externalId"), text::externalIdLength(link.externalId.size()));
    return errors;
}

FieldErrors validateMemberId(const QString &memberId)
{
    FieldErrors problems;
    if (memberId != QLatin1String("me") && !isNumericId(memberId))
        problems[QStringLiteral("memberId")].append(text::invalidMemberId());
    return problems;
}

FieldErrors validateLinkId(const QString &linkId)
{
    FieldErrors problems;
    if (!isNumericId(linkId))
        problems[QStringLiteral("id")].append(text::invalidInteger());
    return problems;
}

} // namespace sm::validation
