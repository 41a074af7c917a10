// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QWidget;

namespace sm::app {

// Runs `work` once `widget` has painted for the first time. Startup work that can wait (the
// window icon, which loads image plugins; the first-run dialog) goes here so that it does not
// delay the first frame the user sees.
void afterFirstPaint(QWidget *widget, std::function<void()> work);

// Runs `work` when `widget` receives its first paint event, before it draws.
void atFirstPaint(QWidget *widget, std::function<void()> work);

// For the startup benchmark: prints "first-paint" when `widget` starts its first paint and
// quits the application. Built the same way as the benchmark's bare-QMainWindow floor.
void quitAtFirstPaint(QWidget *widget);

} // namespace sm::app
