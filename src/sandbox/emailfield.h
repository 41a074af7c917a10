// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// Sentry's AllowedEmailField as the server runs it, written for the sandbox alone: DRF's
// EmailField (max_length, then Django's EmailValidator) and the domains Sentry refuses.
// It shares no code with the app's validation, so a wrong rule in the app is not confirmed
// by its own test server.
namespace sm::sandbox::drf {

// Django's EmailValidator (django/core/validators.py): dot-atom or quoted local part,
// hostname, IDN or [IP literal] domain, at most 320 characters.
bool djangoValidEmail(const QString &value);

// The messages for an already trimmed, non-blank `value`, in DRF's order (length, then
// syntax); empty when Sentry accepts the address.
QStringList allowedEmailFieldErrors(const QString &value, int maxLength);

} // namespace sm::sandbox::drf
