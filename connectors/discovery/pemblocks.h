// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds PEM blocks in text and decodes their base64. Private to connectors/discovery.

#include <QByteArray>
#include <QByteArrayView>

namespace certdesk::discovery {

/// One "-----BEGIN label-----" ... "-----END label-----" block, or the start of a broken one.
struct PemBlock
{
    enum class State {
        Complete,      ///< BEGIN and a matching END
        Truncated,     ///< BEGIN with no END before the input ends or the next BEGIN
        MismatchedEnd, ///< the END line names another label
    };
    State state = State::Complete;
    QByteArrayView label; ///< "CERTIFICATE", "PKCS7", ...
    QByteArrayView body;  ///< the text between the BEGIN and END lines (Complete only)
};

/// Walks the PEM blocks of some text in order; text outside blocks is skipped.
class PemScanner
{
public:
    explicit PemScanner(QByteArrayView text) : m_text(text) {}
    /// The next block; false when there is none.
    bool next(PemBlock &out);

private:
    static constexpr qsizetype NoEnd = -1;
    QByteArrayView m_text;
    qsizetype m_pos = 0;
    qsizetype m_nextEnd = -2; ///< the first END marker at or after the last search; NoEnd: none left
};

/// True when the text holds a PEM BEGIN line marker.
bool containsPemBegin(QByteArrayView text);

/// Decodes a PEM body: base64 with any whitespace (CR, LF, spaces, tabs) between the characters,
/// after optional RFC 1421 header lines ("Proc-Type: ..." up to an empty line). False when a
/// character is not base64 or the padding is wrong.
bool decodePemBody(QByteArrayView body, QByteArray &out);

} // namespace certdesk::discovery
