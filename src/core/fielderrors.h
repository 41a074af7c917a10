// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sm {

// Messages keyed by the API field they concern ("email", "orgRole", "externalName", ...).
// Client-side validation and decoded server errors use the same keys, so a form can mark
// the same field whichever side found the problem. The empty key holds messages that
// concern no single field.
using FieldErrors = QMap<QString, QStringList>;

} // namespace sm
