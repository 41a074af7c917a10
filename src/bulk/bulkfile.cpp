// SPDX-License-Identifier: MIT
#include "bulk/bulkfile.h"

#include "core/csvreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sm::bulk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sm::bulk", text);
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

} // namespace

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Invites:
        return QStringLiteral("invites");
    case Kind::Scim:
        return QStringLiteral("scim");
    case Kind::Roles:
        return QStringLiteral("roles");
    case Kind::Removals:
        return QStringLiteral("removals");
    case Kind::Links:
        return QStringLiteral("links");
    case Kind::Resends:
        return QStringLiteral("resends");
    }
    return {};
}

const QList<Kind> &allKinds()
{
    static const QList<Kind> kinds{Kind::Invites,  Kind::Scim,  Kind::Roles,
                                   Kind::Removals, Kind::Links, Kind::Resends};
    return kinds;
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (Kind kind : allKinds()) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList columns(Kind kind)
{
    switch (kind) {
    case Kind::Invites:
        return words("email,role,teams,send_invite");
    case Kind::Scim:
        return words("email,role");
    case Kind::Roles:
        return words("member,role,teams,remove_teams");
    case Kind::Removals:
    case Kind::Resends:
        return words("member");
    case Kind::Links:
        return words("member,provider,integration,external_name,external_id");
    }
    return {};
}

QStringList requiredColumns(Kind kind)
{
    switch (kind) {
    case Kind::Invites:
    case Kind::Scim:
        return words("email");
    case Kind::Roles:
    case Kind::Removals:
    case Kind::Resends:
        return words("member");
    case Kind::Links:
        return words("member,provider,integration,external_name");
    }
    return {};
}

QList<Kind> kindsForHeader(const QStringList &header)
{
    QList<Kind> fitting;
    for (Kind kind : allKinds()) {
        const QStringList known = columns(kind);
        const QStringList required = requiredColumns(kind);
        const bool covers = std::all_of(header.cbegin(), header.cend(),
                                        [&](const QString &c) { return known.contains(c); });
        const bool complete = std::all_of(required.cbegin(), required.cend(),
                                          [&](const QString &c) { return header.contains(c); });
        // A role change names something to change: "member" alone is a removal.
        const bool changes = kind != Kind::Roles || header.contains(QLatin1String("role")) ||
                             header.contains(QLatin1String("teams")) ||
                             header.contains(QLatin1String("remove_teams"));
        // Resends have a removal's one column: they are asked for by name, never guessed.
        if (covers && complete && changes && kind != Kind::Resends)
            fitting.append(kind);
    }
    return fitting;
}

QString versionLine(Kind kind)
{
    return QStringLiteral("# sentry-members bulk %1 %2").arg(fileVersion).arg(kindName(kind));
}

QString templateText(Kind kind)
{
    QString example;
    switch (kind) {
    case Kind::Invites:
        example = QStringLiteral("ada@example.com,member,backend;frontend:admin,true");
        break;
    case Kind::Scim:
        example = QStringLiteral("ada@example.com,member");
        break;
    case Kind::Roles:
        example = QStringLiteral("ada@example.com,manager,backend:admin,frontend");
        break;
    case Kind::Removals:
    case Kind::Resends:
        example = QStringLiteral("ada@example.com");
        break;
    case Kind::Links:
        example = QStringLiteral("ada@example.com,github,example-org,ada-hopper,");
        break;
    }
    return versionLine(kind) + QLatin1Char('\n') + columns(kind).join(QLatin1Char(',')) +
           QLatin1Char('\n') + example + QLatin1Char('\n');
}

std::optional<File> read(const QString &text, std::optional<Kind> kind, FileError *error)
{
    const auto fail = [&](int line, const QString &message) -> std::optional<File> {
        if (error)
            *error = {line, message};
        return std::nullopt;
    };
    csv::ParseError parseError;
    const auto records = csv::parse(text, &parseError);
    if (!records)
        return fail(parseError.line, parseError.message);

    qsizetype at = 0;
    // Comment lines before the header; the app's version line among them is checked.
    static const QRegularExpression version(
        QStringLiteral("^#\\s*sentry-members bulk\\s+(\\d+)\\s*(\\w*)"));
    for (; at < records->size() && records->at(at).cells.value(0).startsWith(QLatin1Char('#'));
         ++at) {
        const auto match = version.match(records->at(at).cells.join(QLatin1Char(',')));
        if (!match.hasMatch())
            continue;
        const int written = match.captured(1).toInt();
        if (written > fileVersion) {
            return fail(records->at(at).line,
                        tr("This file was written for version %1 of the bulk layout; this "
                           "version reads version %2. Save a new template.")
                            .arg(written)
                            .arg(fileVersion));
        }
        const auto named = kindFromName(match.captured(2));
        if (named && !kind)
            kind = named;
    }
    if (at >= records->size())
        return fail(0, tr("The file has no header row naming its columns."));

    File file;
    const csv::Record &headerRecord = records->at(at);
    for (const QString &cell : headerRecord.cells)
        file.header.append(cell.trimmed().toLower());
    for (const QString &column : std::as_const(file.header)) {
        if (column.isEmpty())
            return fail(headerRecord.line, tr("A column of the header row has no name."));
        if (file.header.count(column) > 1)
            return fail(headerRecord.line, tr("The column \"%1\" is named twice.").arg(column));
    }
    const QList<Kind> fitting = kindsForHeader(file.header);
    if (!kind && fitting.size() > 1) {
        // "email,role" is an invitation and a SCIM provisioning alike.
        QStringList names;
        for (Kind k : fitting)
            names.append(kindName(k));
        return fail(
            headerRecord.line,
            tr("The header row fits %1: choose the kind.").arg(names.join(QLatin1String(", "))));
    }
    if (!kind && fitting.size() == 1)
        kind = fitting.constFirst();
    if (!kind) {
        return fail(headerRecord.line,
                    tr("The header row names no kind of change: %1. Choose the kind, or "
                       "start from a template.")
                        .arg(file.header.join(QLatin1Char(','))));
    }
    file.kind = *kind;
    const QStringList known = columns(file.kind);
    for (const QString &column : std::as_const(file.header)) {
        if (!known.contains(column)) {
            return fail(headerRecord.line,
                        tr("The column \"%1\" is not one of %2's: %3.")
                            .arg(column, kindName(file.kind), known.join(QLatin1Char(','))));
        }
    }
    for (const QString &column : requiredColumns(file.kind)) {
        if (!file.header.contains(column)) {
            return fail(
                headerRecord.line,
                tr("The column \"%1\" is missing; %2 need it.").arg(column, kindName(file.kind)));
        }
    }

    for (++at; at < records->size(); ++at) {
        const csv::Record &record = records->at(at);
        Row row;
        row.row = int(file.rows.size() + 1);
        row.line = record.line;
        row.raw = record.cells;
        for (qsizetype i = 0; i < record.cells.size() && i < file.header.size(); ++i)
            row.cells.insert(file.header.at(i), csv::restored(record.cells.at(i)).trimmed());
        // A row wider than the header is kept whole in raw; the preview names the extra cell.
        file.rows.append(row);
    }
    return file;
}

} // namespace sm::bulk
