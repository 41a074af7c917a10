// SPDX-License-Identifier: MIT
#pragma once

#include "core/fielderrors.h"

#include <QString>

namespace sm::l10n {

// A failure as the user reads it, in a dialog or on a terminal: Sentry's sentence in their
// language, each field's message not already in it on a line of its own (so nothing Sentry
// said is hidden), and the HTTP status when Sentry answered (`httpStatus` > 0). Every part
// bounded for display.
QString errorText(const QString &message, const FieldErrors &fieldErrors, int httpStatus);

} // namespace sm::l10n
