// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/preview.h"
#include "journal/runjournal.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Between a preview and the journal, for every front end: a new run written from a preview,
// a run's planned rows judged again when it is resumed, the day's invitations as the journal
// counts them, and a run's state as it really is.
namespace sm::bulk {

// What the journal shows this organization's invitations and resends used on `day` (UTC):
// the closest count of Sentry's limits the app has (it cannot see other people's).
InviteQuota quotaFromJournal(const journal::RunJournal &journal, const QDate &day);

// Writes a new run of `file` as `preview` judged it; its id, or nothing (the journal's
// lastError() says why).
std::optional<QString> createRun(journal::RunJournal &journal, const QString &fileName,
                                 const File &file, const Preview &preview);

// Judges again the rows of `run` that are still planned, against `org` and the journal's
// count of the day, and writes what each is now (ready, over-quota, or skipped with why).
// The preview of those rows only.
Preview replanRun(journal::RunJournal &journal, const QString &run, Kind kind, const Snapshot &org,
                  const QDate &today);

// The run's state as it is: "running" only while the process that runs it lives (after a
// kill or a crash it is "interrupted").
QString effectiveState(const journal::JournalRun &run);

} // namespace sm::bulk
