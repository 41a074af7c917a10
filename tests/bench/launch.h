// SPDX-License-Identifier: MIT
#pragma once

#include "firstpixels.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One program the startup benchmark launches, and what one launch measured.
struct Variant
{
    QString name;
    QByteArray program;
    QList<QByteArray> arguments;
    QList<QByteArray> environment; // NAME=value, added to the benchmark's own
    QByteArray stderrFile;         // where its stderr goes; /dev/null when empty
};

struct Launch
{
    double pixelsMs = 0;     // process start to the first damage the X server reported
    double paintEventMs = 0; // process start to its "first-paint" line (0: none printed)
    double peakRssMiB = 0;
};

// Starts `variant` (behind `wrapper`, e.g. strace, when given), waits for its first pixels,
// its marker line and its exit. Nothing when it drew nothing within 20 s or failed.
std::optional<Launch> launch(const Variant &variant, FirstPixels &pixels,
                             const QList<QByteArray> &wrapper = {});
