// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/pemblocks.h"

#include <array>
#include <cstdint>

namespace certdesk::discovery {

namespace {

constexpr QByteArrayView BeginMarker("-----BEGIN ");
constexpr QByteArrayView EndMarker("-----END ");
constexpr QByteArrayView Dashes("-----");

constexpr std::uint8_t Invalid = 0xff;
constexpr std::uint8_t Space = 0xfe;
constexpr std::uint8_t Pad = 0xfd;

constexpr std::array<std::uint8_t, 256> makeBase64Table()
{
    std::array<std::uint8_t, 256> t{};
    for (auto &v : t)
        v = Invalid;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::uint8_t i = 0; i < 64; ++i)
        t[static_cast<std::uint8_t>(alphabet[i])] = i;
    for (const char c : {' ', '\t', '\r', '\n', '\v', '\f'})
        t[static_cast<std::uint8_t>(c)] = Space;
    t['='] = Pad;
    return t;
}

constexpr auto Base64Table = makeBase64Table();

/// The index just past the end of the line that holds `pos` (past its '\n'), or the text's size.
qsizetype endOfLine(QByteArrayView text, qsizetype pos)
{
    const qsizetype nl = text.indexOf('\n', pos);
    return nl < 0 ? text.size() : nl + 1;
}

/// Longest label looked for; real ones ("ENCRYPTED PRIVATE KEY") are far shorter.
constexpr qsizetype MaxLabel = 96;

/// The label of a "-----BEGIN label-----" line whose marker starts at `pos`; empty when the line
/// is not one. Looks at most MaxLabel bytes ahead, so that text without line breaks stays linear.
QByteArrayView labelAt(QByteArrayView text, qsizetype pos, QByteArrayView marker)
{
    const qsizetype start = pos + marker.size();
    QByteArrayView window = text.sliced(start, qMin(MaxLabel + Dashes.size(), text.size() - start));
    if (const qsizetype nl = window.indexOf('\n'); nl >= 0)
        window.truncate(nl);
    const qsizetype dashes = window.indexOf(Dashes);
    if (dashes <= 0)
        return {};
    return window.first(dashes);
}

/// Skips RFC 1421 header lines ("Name: value") and the empty line after them.
QByteArrayView skipHeaders(QByteArrayView body)
{
    qsizetype start = 0;
    while (start < body.size() && (body[start] == '\r' || body[start] == '\n'))
        ++start;
    const qsizetype firstLineEnd = endOfLine(body, start);
    if (!body.sliced(start, firstLineEnd - start).contains(':'))
        return body;
    qsizetype pos = firstLineEnd;
    while (pos < body.size()) {
        const qsizetype lineEnd = endOfLine(body, pos);
        if (body.sliced(pos, lineEnd - pos).trimmed().isEmpty())
            return body.sliced(lineEnd);
        pos = lineEnd;
    }
    return body.sliced(pos);
}

} // namespace

bool PemScanner::next(PemBlock &out)
{
    for (;;) {
        const qsizetype begin = m_text.indexOf(BeginMarker, m_pos);
        if (begin < 0) {
            m_pos = m_text.size();
            return false;
        }
        const QByteArrayView label = labelAt(m_text, begin, BeginMarker);
        if (label.isEmpty()) {
            m_pos = begin + BeginMarker.size();
            continue;
        }
        const qsizetype bodyStart = endOfLine(m_text, label.data() + label.size() - m_text.data());
        out = PemBlock{PemBlock::State::Complete, label, {}};
        // The END after this BEGIN, searched once per END so that many BEGINs stay linear.
        if (m_nextEnd != NoEnd && m_nextEnd < bodyStart)
            m_nextEnd = m_text.indexOf(EndMarker, bodyStart);
        const qsizetype end = m_nextEnd;
        const qsizetype limit = end < 0 ? m_text.size() : end;
        const qsizetype nextBegin = m_text.first(limit).indexOf(BeginMarker, bodyStart);
        if (end < 0 || nextBegin >= 0) {
            out.state = PemBlock::State::Truncated;
            m_pos = nextBegin < 0 ? m_text.size() : nextBegin;
            return true;
        }
        if (labelAt(m_text, end, EndMarker) != label)
            out.state = PemBlock::State::MismatchedEnd;
        out.body = m_text.sliced(bodyStart, end - bodyStart);
        m_pos = endOfLine(m_text, end + EndMarker.size());
        return true;
    }
}

bool containsPemBegin(QByteArrayView text)
{
    return text.contains(BeginMarker);
}

bool decodePemBody(QByteArrayView body, QByteArray &out)
{
    body = skipHeaders(body);
    out.resize(body.size() / 4 * 3 + 3);
    auto *dst = reinterpret_cast<std::uint8_t *>(out.data());
    std::uint32_t quantum = 0;
    int sextets = 0;
    int padding = 0;
    for (const char ch : body) {
        const std::uint8_t v = Base64Table[static_cast<std::uint8_t>(ch)];
        if (v < 64) {
            if (padding)
                return false; // data after '='
            quantum = (quantum << 6) | v;
            if (++sextets == 4) {
                *dst++ = static_cast<std::uint8_t>(quantum >> 16);
                *dst++ = static_cast<std::uint8_t>(quantum >> 8);
                *dst++ = static_cast<std::uint8_t>(quantum);
                sextets = 0;
                quantum = 0;
            }
        } else if (v == Pad) {
            if (++padding > 2)
                return false;
        } else if (v != Space) {
            return false;
        }
    }
    // What is left is 0, 2 or 3 sextets; '=' padding, when present, completes the quantum exactly.
    if (sextets == 1 || (padding && sextets + padding != 4))
        return false;
    if (sextets == 2) {
        *dst++ = static_cast<std::uint8_t>(quantum >> 4);
    } else if (sextets == 3) {
        *dst++ = static_cast<std::uint8_t>(quantum >> 10);
        *dst++ = static_cast<std::uint8_t>(quantum >> 2);
    }
    out.truncate(dst - reinterpret_cast<std::uint8_t *>(out.data()));
    return true;
}

} // namespace certdesk::discovery
