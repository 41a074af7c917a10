// SPDX-License-Identifier: MIT
#include "api/jsonreader.h"

#include <QStringDecoder>

#include <cmath>

namespace sm::json {

namespace {

// Below QJsonDocument's own limit (1,024): what this reader accepts, QJsonDocument accepts.
constexpr qsizetype nestingLimit = 1000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

Reader::Reader(QByteArrayView text)
    : m_at(text.data())
    , m_end(text.data() + text.size())
{
    if (text.startsWith("\xEF\xBB\xBF")) // a byte order mark, as QJsonDocument allows
        m_at += 3;
}

bool Reader::fail()
{
    m_failed = true;
    m_at = m_end;
    return false;
}

void Reader::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

bool Reader::expect(char c)
{
    skipSpace();
    if (m_at >= m_end || *m_at != c)
        return fail();
    ++m_at;
    return true;
}

Reader::Type Reader::next()
{
    if (m_failed)
        return Type::Invalid;
    skipSpace();
    if (m_at >= m_end)
        return Type::Invalid;
    switch (*m_at) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        return *m_at == '-' || isDigit(*m_at) ? Type::Number : Type::Invalid;
    }
}

bool Reader::push()
{
    if (m_first.size() >= nestingLimit)
        return fail();
    m_first.append(true);
    return true;
}

bool Reader::beginObject()
{
    return !m_failed && expect('{') && push();
}

bool Reader::beginArray()
{
    return !m_failed && expect('[') && push();
}

bool Reader::nextInContainer(char close)
{
    if (m_failed || m_first.isEmpty())
        return false;
    skipSpace();
    if (m_at < m_end && *m_at == close) {
        ++m_at;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last() && !expect(','))
        return false;
    m_first.last() = false;
    return true;
}

bool Reader::nextKey(QByteArrayView *key)
{
    if (!nextInContainer('}'))
        return false;
    skipSpace();
    return readString(nullptr, key) && expect(':');
}

bool Reader::nextElement()
{
    return nextInContainer(']');
}

bool Reader::readString(QString *text, QByteArrayView *utf8)
{
    if (m_at >= m_end || *m_at != '"')
        return fail();
    const char *const start = ++m_at;
    // Plain ASCII without escapes, as nearly every string Sentry sends is: no decoding.
    const char *p = start;
    while (p < m_end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) < 0x80)
        ++p;
    if (p < m_end && *p == '"') {
        m_at = p + 1;
        if (utf8)
            *utf8 = QByteArrayView(start, p - start);
        if (text)
            *text = QString::fromLatin1(start, p - start);
        return true;
    }

    // Runs of UTF-8 (checked: QJsonDocument refuses an answer with invalid UTF-8 too)
    // between escapes. A \u escape is one UTF-16 unit, so a pair makes one character and a
    // lone surrogate stays as it is, as QJsonDocument reads them.
    QString out;
    const char *run = start;
    const auto takeRun = [&](const char *until) {
        if (until == run)
            return true;
        // A U+FEFF that opens a string without escapes is dropped, as QJsonDocument drops
        // it; anywhere else (after or before an escape too) it is text, as there.
        const bool wholeString = run == start && until < m_end && *until == '"';
        const QStringDecoder::Flags flags =
            wholeString ? QStringDecoder::Flag::Stateless
                        : QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;
        QStringDecoder decoder(QStringDecoder::Utf8, flags);
        out += decoder.decode(QByteArrayView(run, until - run));
        return !decoder.hasError();
    };
    for (p = start; p < m_end; ++p) {
        if (*p == '"') {
            if (!takeRun(p))
                return fail();
            m_at = p + 1;
            if (utf8) {
                m_keyBuffer = out.toUtf8();
                *utf8 = m_keyBuffer;
            }
            if (text)
                *text = std::move(out);
            return true;
        }
        if (*p != '\\')
            continue;
        if (!takeRun(p) || ++p >= m_end)
            return fail();
        switch (*p) {
        case '"':
        case '\\':
        case '/':
            out += QLatin1Char(*p);
            break;
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            if (m_end - p < 5)
                return fail();
            char16_t unit = 0;
            for (int i = 1; i <= 4; ++i) {
                const int digit = hexValue(p[i]);
                if (digit < 0)
                    return fail();
                unit = char16_t(unit * 16 + digit);
            }
            out += QChar(unit);
            p += 4;
            break;
        }
        default:
            return fail();
        }
        run = p + 1;
    }
    return fail(); // no closing quote
}

bool Reader::readNumber(QByteArrayView *token)
{
    const char *p = m_at;
    const auto digits = [&] {
        const char *from = p;
        while (p < m_end && isDigit(*p))
            ++p;
        return p > from;
    };
    if (p < m_end && *p == '-')
        ++p;
    if (p < m_end && *p == '0')
        ++p;
    else if (!digits())
        return fail();
    bool plainInteger = p - m_at <= 18; // surely within 64 bits
    if (p < m_end && *p == '.') {
        ++p;
        plainInteger = false;
        if (!digits())
            return fail();
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        plainInteger = false;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return fail();
    }
    const QByteArrayView number(m_at, p - m_at);
    // A number beyond a double's range or precision (1e400, 1e-400) is refused, as
    // QJsonDocument refuses it.
    bool representable = true;
    if (!plainInteger)
        (void)number.toDouble(&representable);
    if (!representable)
        return fail();
    if (token)
        *token = number;
    m_at = p;
    return true;
}

bool Reader::readLiteral(QByteArrayView literal)
{
    if (m_end - m_at < literal.size() || QByteArrayView(m_at, literal.size()) != literal)
        return false;
    m_at += literal.size();
    return true;
}

QString Reader::string()
{
    QString text;
    skipSpace();
    if (m_failed || !readString(&text, nullptr))
        return {};
    return text;
}

bool Reader::boolean()
{
    if (next() != Type::Bool)
        return fail();
    if (readLiteral("true"))
        return true;
    if (!readLiteral("false"))
        fail();
    return false;
}

qint64 Reader::integer()
{
    QByteArrayView token;
    if (next() != Type::Number || !readNumber(&token)) {
        fail();
        return 0;
    }
    bool exact = false;
    const qint64 value = token.toLongLong(&exact);
    if (exact)
        return value;
    // A fraction, an exponent or beyond 64 bits: its integer value when it is one, as
    // QJsonValue::toInteger() gives it.
    const double number = token.toDouble();
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (std::isfinite(number) && std::trunc(number) == number && number >= -limit && number < limit)
        return qint64(number);
    return 0;
}

bool Reader::skip()
{
    switch (next()) {
    case Type::Object: {
        if (!beginObject())
            return false;
        QByteArrayView key;
        while (nextKey(&key)) {
            if (!skip())
                return false;
        }
        return !m_failed;
    }
    case Type::Array:
        if (!beginArray())
            return false;
        while (nextElement()) {
            if (!skip())
                return false;
        }
        return !m_failed;
    case Type::String:
        return readString(nullptr, nullptr);
    case Type::Number:
        return readNumber(nullptr);
    case Type::Bool:
        return readLiteral("true") || readLiteral("false") || fail();
    case Type::Null:
        return readLiteral("null") || fail();
    case Type::Invalid:
        break;
    }
    return fail();
}

QByteArrayView Reader::raw()
{
    skipSpace();
    const char *const start = m_at;
    if (!skip())
        return {};
    return QByteArrayView(start, m_at - start);
}

bool Reader::finish()
{
    skipSpace();
    return !m_failed && m_first.isEmpty() && m_at == m_end;
}

} // namespace sm::json
