// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A bulk file: one kind of change per file, named by its header row (or chosen), one change
// per data row. The app's templates start with a version line the reader checks, so a file
// written for a later layout is refused rather than misread.
namespace sm::bulk {

enum class Kind
{
    Invites,  // email,role,teams,send_invite
    Scim,     // email,role
    Roles,    // member,role,teams,remove_teams
    Removals, // member
    Links,    // member,provider,integration,external_name,external_id
    Resends,  // member: pending invitations sent again (chosen by name: "member" alone is a
              // removal)
};

// "invites", "scim", "roles", "removals", "links", "resends".
QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
const QList<Kind> &allKinds();
// The kind's columns in template order, and those a file must have.
QStringList columns(Kind kind);
QStringList requiredColumns(Kind kind);
// The kinds a header fits: those whose required columns are all there and whose columns
// cover the header ("email,role" fits invites and SCIM).
QList<Kind> kindsForHeader(const QStringList &header);

// "# sentry-members bulk 1 invites": the first line of a template.
constexpr int fileVersion = 1;
QString versionLine(Kind kind);
// The kind's template: the version line, the header and one example row.
QString templateText(Kind kind);

struct Row
{
    int row = 0;                   // 1 = the first data row
    int line = 0;                  // where it starts in the file
    QHash<QString, QString> cells; // by column name, trimmed
    QStringList raw;               // as read, in the file's column order

    QString value(const QString &column) const { return cells.value(column); }
};

struct File
{
    Kind kind = Kind::Invites;
    QStringList header; // as the file names its columns (lower case, trimmed)
    QList<Row> rows;
};

struct FileError
{
    int line = 0; // 0: the file as a whole
    QString message;
};

// Reads `text` as a bulk file of `kind` (or the kind its header names). Errors name the
// line: not CSV, a version line of a later layout, no header, a header that names no kind
// or not this one's required columns, a column no kind has.
std::optional<File> read(const QString &text, std::optional<Kind> kind, FileError *error);

} // namespace sm::bulk
