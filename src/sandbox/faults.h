// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/httpmessage.h"

#include <QStringList>

#include <optional>

// Faults the sandbox injects into its answers, so tests (and anyone trying the app) see
// what a client does when a server or a proxy in front of it misbehaves.
namespace sm::sandbox {

struct Fault
{
    enum class Kind
    {
        Delay,             // answers after PARAM ms (default 5000)
        SlowApply,         // does the request after PARAM ms (default 5000), then answers,
                           // even when the client has gone: a server still at work
        Hang,              // never answers
        ResetBefore,       // drops the connection without doing anything
        ResetAfter,        // does the request, then drops the connection unanswered
        CloseAfter,        // does the request, then closes the connection unanswered
        Drip,              // does the request, then sends the answer a byte every PARAM ms
        Html500,           // a 500 HTML page, nothing done
        Html502After,      // does the request, then a proxy's 502 HTML page
        Truncated,         // does the request, then half the answer and a reset
        HugeBody,          // a 200 answer of PARAM MiB (default 64), nothing done
        HugeDetail,        // a 400 whose detail is PARAM KiB long (default 5120)
        RateLimited,       // 429 as Sentry's rate limiter answers, reset in PARAM s
        Redirect,          // a 302 to the same path on the same origin
        RedirectLoop,      // a 302 to the very same URL
        CrossHostRedirect, // a 302 to the same path on another host name
    };

    QByteArray method;
    QString path; // a suffix of the path after /api/0/organizations/{org}/, e.g. "members/"
    Kind kind = Kind::Delay;
    int param = 0;      // 0: the kind's default
    int remaining = -1; // how many more requests it applies to; -1: every one

    bool matches(const Request &request) const;
};

// "METHOD PATH=KIND[:PARAM][*COUNT]", e.g. "POST members/=reset-after*1".
std::optional<Fault> parseFault(const QString &spec, QString *error);
QStringList faultKindNames();

} // namespace sm::sandbox
