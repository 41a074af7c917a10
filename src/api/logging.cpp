// SPDX-License-Identifier: MIT
#include "api/logging.h"

Q_LOGGING_CATEGORY(lcApi, "sentry.api", QtWarningMsg)
