// SPDX-License-Identifier: MIT
#include "sandbox/faults.h"

#include <QRegularExpression>

namespace sm::sandbox {

namespace {

const QList<QPair<QString, Fault::Kind>> &kinds()
{
    static const QList<QPair<QString, Fault::Kind>> all = {
        {QStringLiteral("delay"), Fault::Kind::Delay},
        {QStringLiteral("hang"), Fault::Kind::Hang},
        {QStringLiteral("slow-apply"), Fault::Kind::SlowApply},
        {QStringLiteral("reset-before"), Fault::Kind::ResetBefore},
        {QStringLiteral("reset-after"), Fault::Kind::ResetAfter},
        {QStringLiteral("close-after"), Fault::Kind::CloseAfter},
        {QStringLiteral("drip"), Fault::Kind::Drip},
        {QStringLiteral("html-500"), Fault::Kind::Html500},
        {QStringLiteral("html-502-after"), Fault::Kind::Html502After},
        {QStringLiteral("truncated"), Fault::Kind::Truncated},
        {QStringLiteral("huge-body"), Fault::Kind::HugeBody},
        {QStringLiteral("huge-detail"), Fault::Kind::HugeDetail},
        {QStringLiteral("rate-limited"), Fault::Kind::RateLimited},
        {QStringLiteral("redirect"), Fault::Kind::Redirect},
        {QStringLiteral("redirect-loop"), Fault::Kind::RedirectLoop},
        {QStringLiteral("cross-host-redirect"), Fault::Kind::CrossHostRedirect},
    };
    return all;
}

} // namespace

bool Fault::matches(const Request &request) const
{
    static const QRegularExpression prefix(QStringLiteral("^/api/0/organizations/[^/]+/"));
    QString requested = request.path;
    requested.remove(prefix);
    return remaining != 0 && request.method == method && requested.endsWith(path);
}

QStringList faultKindNames()
{
    QStringList names;
    for (const auto &[name, kind] : kinds())
        names.append(name);
    return names;
}

std::optional<Fault> parseFault(const QString &spec, QString *error)
{
    static const QRegularExpression grammar(
        QStringLiteral(R"(^([A-Z]+) (\S+)=([a-z0-9-]+)(?::(\d+))?(?:\*(\d+))?$)"));
    const QRegularExpressionMatch match = grammar.match(spec.trimmed());
    if (!match.hasMatch()) {
        *error = QStringLiteral("a fault reads METHOD PATH=KIND[:PARAM][*COUNT], "
                                "e.g. \"POST members/=reset-after*1\"");
        return std::nullopt;
    }
    Fault fault;
    fault.method = match.captured(1).toLatin1();
    fault.path = match.captured(2);
    const auto kind = std::find_if(kinds().cbegin(), kinds().cend(), [&](const auto &entry) {
        return entry.first == match.captured(3);
    });
    if (kind == kinds().cend()) {
        *error = QStringLiteral("unknown fault \"%1\"; known: %2")
                     .arg(match.captured(3), faultKindNames().join(QLatin1String(", ")));
        return std::nullopt;
    }
    fault.kind = kind->second;
    fault.param = match.captured(4).toInt();
    if (!match.captured(5).isEmpty())
        fault.remaining = match.captured(5).toInt();
    return fault;
}

} // namespace sm::sandbox
