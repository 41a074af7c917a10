// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace sm {

// An HTTP date (RFC 9110 5.6.7), as in Date and Retry-After: "Sun, 06 Nov 1994 08:49:37 GMT".
// Invalid when the text is none. Qt's RFC 2822 reader takes the form but not its "GMT".
QDateTime parseHttpDate(const QByteArray &value);

} // namespace sm
