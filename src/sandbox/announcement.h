// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace sm::sandbox {

// The one line the sandbox prints on stdout once it listens, and what a launcher (the app's
// demo mode, tests, a script) reads from it:
//   {"url":"http://127.0.0.1:PORT","org":"demo","tokens":{"owner":"…","manager":"…",…}}
// Keys in that order, so readers that match text work too. QtCore only: the launcher links
// this, not the server.
struct Announcement
{
    QUrl url;
    QString organization;
    QList<QPair<QString, QString>> tokens; // label, token; in the seed's order

    QString token(const QString &label) const;
    // The line without its newline.
    QByteArray toLine() const;
    // None when `line` is not an announcement with a URL, an organization and tokens.
    static std::optional<Announcement> parse(const QByteArray &line);
};

} // namespace sm::sandbox
