// SPDX-License-Identifier: MIT
#pragma once

#include <QTest>

// In a test slot: goes on only inside the keyring tests/keychain/with-keyring.sh starts.
// Without one the test is skipped saying why, or fails under CI=true, where a skipped
// keychain test would hide a missing install step.
#define REQUIRE_TEST_KEYRING()                                                                     \
    do {                                                                                           \
        if (qEnvironmentVariable("SENTRY_MEMBERS_KEYRING") != QLatin1String("gnome-keyring")) {    \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                QFAIL("no keyring to test against (run through tests/keychain/with-keyring.sh "    \
                      "with gnome-keyring installed)");                                            \
            QSKIP("no keyring to test against: gnome-keyring-daemon is not installed");            \
        }                                                                                          \
    } while (false)
