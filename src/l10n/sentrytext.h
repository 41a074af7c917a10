// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace sm::l10n {

// Sentry's message in the user's language when it is one of the wordings the app knows
// (validation::text, translated under the context "Sentry"), otherwise exactly as Sentry
// sent it. The one place where a server or validation message becomes display text.
QString sentryText(const QString &message);
// Several messages for one field, each as above, in one sentence run.
QString sentryText(const QStringList &messages);

} // namespace sm::l10n
