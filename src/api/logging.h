// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Raw details (status codes, sizes, URLs without secrets) go here; users see the decoded
// sentence of ApiError instead. Tokens are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
