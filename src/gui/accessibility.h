// SPDX-License-Identifier: MIT
#pragma once

namespace sm::gui {

// Fills the gaps Qt 6.4's accessibility leaves for a screen reader in this app:
// - combo box popups announce every entry as enabled and never as checkable, so a role the
//   caller may not assign sounded selectable; here entries carry their real state;
// - every QDialog is a plain dialog, so an error reads like any other window; here the
//   error dialog is an alert, which screen readers announce at once, text included.
// Safe to call more than once; widgets that need it call it themselves.
void installAccessibility();

} // namespace sm::gui
