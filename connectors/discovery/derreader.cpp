// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/derreader.h"

#include <cstring>

namespace certdesk::discovery {

namespace {

/// Nesting of indefinite-length elements followed before the input is called malformed; real
/// PKCS#7 files nest four or five deep.
constexpr int MaxIndefiniteDepth = 32;

/// Reads one element starting at `pos`; false when it is malformed or runs past `end`.
bool parseElement(const std::uint8_t *pos, const std::uint8_t *end, DerReader::Lengths lengths, int depth,
                  DerElement &out)
{
    const std::uint8_t *p = pos;
    if (p >= end)
        return false;
    const std::uint8_t tag = *p++;
    if ((tag & 0x1f) == 0x1f) {
        // High tag number form: base-128 digits, the last without the top bit; four are plenty.
        int digits = 0;
        do {
            if (p >= end || ++digits > 4)
                return false;
        } while (*p++ & 0x80);
    }
    if (p >= end)
        return false;
    const std::uint8_t first = *p++;
    std::size_t length = 0;
    if (first < 0x80) {
        length = first;
    } else if (first == 0x80) {
        // Indefinite length: constructed only, ends at the end-of-contents octets 00 00.
        if (lengths != DerReader::Lengths::AllowIndefinite || !(tag & 0x20) || depth >= MaxIndefiniteDepth)
            return false;
        const std::uint8_t *content = p;
        for (;;) {
            if (end - p >= 2 && p[0] == 0 && p[1] == 0) {
                out = DerElement{tag, pos, content, static_cast<std::size_t>(p - content), p + 2};
                return true;
            }
            DerElement child;
            if (!parseElement(p, end, lengths, depth + 1, child))
                return false;
            p = child.end;
        }
    } else {
        const int count = first & 0x7f;
        if (count > 4 || end - p < count)
            return false;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | *p++;
    }
    if (length > static_cast<std::size_t>(end - p))
        return false;
    out = DerElement{tag, pos, p, length, p + length};
    return true;
}

} // namespace

DerReader::DerReader(const std::uint8_t *data, std::size_t size, Lengths lengths)
    : m_pos(data), m_end(data + size), m_lengths(lengths)
{}

DerReader::DerReader(const DerElement &parent, Lengths lengths)
    : m_pos(parent.content), m_end(parent.content + parent.length), m_lengths(lengths)
{}

bool DerReader::next(DerElement &out)
{
    DerElement element;
    if (!parseElement(m_pos, m_end, m_lengths, 0, element))
        return false;
    m_pos = element.end;
    out = element;
    return true;
}

bool DerReader::expect(std::uint8_t tag, DerElement &out)
{
    return peekTag() == tag && next(out);
}

bool DerReader::optional(std::uint8_t tag, DerElement &out, bool &present)
{
    present = false;
    if (peekTag() != tag)
        return true;
    present = next(out);
    return present;
}

bool readSingleElement(const std::uint8_t *data, std::size_t size, DerElement &out,
                       DerReader::Lengths lengths)
{
    DerReader reader(data, size, lengths);
    return reader.next(out) && reader.atEnd();
}

bool isValidOid(const DerElement &oid)
{
    if (oid.tag != DerTag::Oid || oid.length == 0)
        return false;
    bool startOfDigit = true;
    for (std::size_t i = 0; i < oid.length; ++i) {
        const std::uint8_t b = oid.content[i];
        if (startOfDigit && b == 0x80)
            return false; // a leading zero digit: not minimal
        startOfDigit = !(b & 0x80);
    }
    return startOfDigit;
}

bool oidEquals(const DerElement &element, const std::uint8_t *oid, std::size_t size)
{
    return element.tag == DerTag::Oid && element.length == size &&
           std::memcmp(element.content, oid, size) == 0;
}

} // namespace certdesk::discovery
