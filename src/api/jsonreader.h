// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace sm::json {

// Reads one JSON text (RFC 8259, UTF-8) front to back, value by value, without building a
// tree of it. QJsonDocument stores every value of an answer before anything is read, most
// of which this client never looks at (a member's avatar, their user's every flag): for the
// pages of a 10,000-member list, that tree costs more than reading the page itself.
//
// Errors are sticky: after the first, every call answers false or empty, loops end, and
// finish() says false. A value the caller neither reads nor skips is an error at the next
// key or element, never a wrong reading. Nesting deeper than 1,000 is refused (QJsonDocument
// refuses beyond 1,024). It accepts a subset of what QJsonDocument accepts: RFC 8259, where
// QJsonDocument also lets "1." or an unknown escape through.
class Reader
{
public:
    enum class Type
    {
        Invalid, // the end of the text, an error, or no value here
        Object,
        Array,
        String,
        Number,
        Bool,
        Null,
    };

    explicit Reader(QByteArrayView text);

    // The type of the value at the cursor (whitespace skipped), without reading it.
    Type next();

    // An object: beginObject(), then while nextKey() gives a key, read or skip its value.
    bool beginObject();
    // The next key of the object being read, as UTF-8 (valid until the next call); false
    // once the object has ended (or on an error).
    bool nextKey(QByteArrayView *key);
    // An array: beginArray(), then while nextElement(), read or skip one value.
    bool beginArray();
    bool nextElement();

    QString string();
    bool boolean();
    // A number read as Sentry's ids are: its integer value, 0 when it has none.
    qint64 integer();
    // Any value, whatever it holds.
    bool skip();
    // Skips a value and gives its text as it stands in the answer.
    QByteArrayView raw();

    // True when the whole text was one value, well formed, and nothing failed.
    bool finish();
    bool failed() const { return m_failed; }

private:
    bool fail();
    void skipSpace();
    bool expect(char c);
    bool push();
    // Past the separator before the next key or element of the open container; false (and
    // the container closed) at `close`.
    bool nextInContainer(char close);
    // A string at the cursor, unescaped: into `text` (and `utf8` when given, for keys).
    bool readString(QString *text, QByteArrayView *utf8);
    bool readNumber(QByteArrayView *token);
    bool readLiteral(QByteArrayView literal);

    const char *m_at;
    const char *m_end;
    QVarLengthArray<bool, 16> m_first; // per open container: no element read yet
    QByteArray m_keyBuffer;            // a key that needed unescaping
    bool m_failed = false;
};

} // namespace sm::json
