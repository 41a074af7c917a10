// SPDX-License-Identifier: MIT
#include "api/httpdate.h"

namespace sm {

QDateTime parseHttpDate(const QByteArray &value)
{
    QByteArray text = value.trimmed();
    // IMF-fixdate always ends in "GMT"; the obsolete forms may say "UTC" or nothing.
    for (const char *zone : {" GMT", " UTC", " UT"}) {
        if (text.endsWith(zone)) {
            text.chop(qsizetype(qstrlen(zone)));
            break;
        }
    }
    const QDateTime date =
        QDateTime::fromString(QString::fromLatin1(text + " +0000"), Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

} // namespace sm
