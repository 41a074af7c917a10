// SPDX-License-Identifier: MIT
#pragma once

#include "launch.h"

// Where the time goes: the app and the floor once each under strace (files opened, sockets
// connected, with times), summarised as a Markdown section: the time to the X connection and
// from there to the first pixels, the shared libraries and Qt plugins each loads before its
// first pixels, and those only the app loads; then the app's own phases (its startup log,
// see src/app/startupclock.h) from one more run.
QString startupProfile(const Variant &app, const Variant &floor, FirstPixels &pixels);
