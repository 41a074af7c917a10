// SPDX-License-Identifier: MIT
// One libFuzzer entry point, built once per reader (FUZZ_<name>): whatever bytes a server
// sends, reading them neither crashes, nor hangs, nor trips a sanitizer.
#include "api/errordecoder.h"
#include "api/linkheader.h"
#include "api/wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

[[maybe_unused]] QJsonDocument json(const QByteArray &input)
{
    QJsonParseError error{};
    return QJsonDocument::fromJson(input, &error);
}

// The error decoder's input: a status, whether the request was a change, the two rate
// limit headers and a body, all taken from the fuzzer's bytes.
[[maybe_unused]] void decodeError(const QByteArray &input)
{
    if (input.size() < 3)
        return;
    sm::errors::HttpFailure failure;
    failure.status =
        300 +
        (static_cast<unsigned char>(input[0]) * 256 + static_cast<unsigned char>(input[1])) % 300;
    failure.change = (input[2] & 1) != 0;
    // Retry-After \n X-Sentry-Rate-Limit-Reset \n body
    const QByteArray rest = input.mid(3);
    const qsizetype first = rest.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : rest.indexOf('\n', first + 1);
    if (second < 0) {
        failure.body = rest;
    } else {
        failure.retryAfter = rest.left(first);
        failure.rateLimitReset = rest.mid(first + 1, second - first - 1);
        failure.body = rest.mid(second + 1);
    }
    (void)sm::errors::decodeHttpError(failure);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(FUZZ_errordecoder)
    decodeError(input);
#elif defined(FUZZ_linkheader)
    (void)sm::parseLinkHeader(input);
    (void)sm::nextPageCursor(input);
#elif defined(FUZZ_members)
    // The page reader against QJsonDocument: what it accepts, QJsonDocument accepts too, and
    // each member reads the same from the bytes as from QJsonDocument's own reading of them.
    const QJsonDocument doc = json(input);
    (void)sm::wire::member(doc.object());
    if (const auto page = sm::wire::memberPage(input)) {
        const QJsonArray array = doc.array();
        if (!doc.isArray() || array.size() != page->size())
            std::abort();
        for (qsizetype i = 0; i < page->size(); ++i) {
            if (!array.at(i).isObject() || sm::wire::member(array.at(i).toObject()) != page->at(i))
                std::abort();
        }
    }
#elif defined(FUZZ_scimusers)
    const QJsonDocument doc = json(input);
    (void)sm::wire::scimUserPage(doc.object());
    (void)sm::wire::scimUser(doc.object());
#elif defined(FUZZ_teams)
    (void)sm::wire::teams(json(input).array());
#elif defined(FUZZ_integrations)
    (void)sm::wire::integrations(json(input).array());
#elif defined(FUZZ_externalusers)
    const QJsonDocument doc = json(input);
    (void)sm::wire::externalUser(doc.object());
    for (const QJsonValue &item : doc.array())
        (void)sm::wire::externalUser(item.toObject());
#else
#error "Build with FUZZ_<reader> defined (tests/fuzz/CMakeLists.txt)"
#endif
    return 0;
}
