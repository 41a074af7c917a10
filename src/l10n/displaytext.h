// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace sm::l10n {

// What a label or a dialog shows of a message a server wrote: at most `limit` characters,
// cut at a word where possible. Word-wrapping megabytes of text froze the window; the
// whole answer stays available, bounded too, under Details.
QString forDisplay(const QString &text, qsizetype limit = 600);

// A raw response for the Details view: pretty-printed JSON when it is small enough to be
// worth it, otherwise its first `limit` bytes and how much was left out.
QString detailsText(const QByteArray &body, qsizetype limit = qsizetype(64) * 1024);

} // namespace sm::l10n
