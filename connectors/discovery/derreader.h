// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A minimal, bounds-checked reader of DER (and, where asked, BER indefinite lengths) for the
// discovery reader. Private to connectors/discovery.

#include <cstddef>
#include <cstdint>

namespace certdesk::discovery {

/// Tag bytes (class, constructed bit and number in one byte) the discovery code looks for.
namespace DerTag {
inline constexpr std::uint8_t Integer = 0x02;
inline constexpr std::uint8_t BitString = 0x03;
inline constexpr std::uint8_t Null = 0x05;
inline constexpr std::uint8_t Oid = 0x06;
inline constexpr std::uint8_t UtcTime = 0x17;
inline constexpr std::uint8_t GeneralizedTime = 0x18;
inline constexpr std::uint8_t Sequence = 0x30;
inline constexpr std::uint8_t Set = 0x31;
inline constexpr std::uint8_t ContextConstructed0 = 0xa0;
} // namespace DerTag

/// One element: its first tag byte and where its encoding and its content lie.
struct DerElement
{
    std::uint8_t tag = 0;                  ///< the first identifier octet (0x1f in it: a multi-byte tag)
    const std::uint8_t *begin = nullptr;   ///< the first identifier octet
    const std::uint8_t *content = nullptr; ///< the first content octet
    std::size_t length = 0;                ///< content octets (without an end-of-contents marker)
    const std::uint8_t *end = nullptr;     ///< just past the whole element

    /// The whole encoding, identifier to end.
    std::size_t encodedSize() const { return static_cast<std::size_t>(end - begin); }
};

/// Walks a run of elements that lie one after the other. Never reads outside [data, data + size).
class DerReader
{
public:
    /// Lengths of the indefinite form (BER), allowed only where a caller knows BER is in use.
    enum class Lengths { DefiniteOnly, AllowIndefinite };

    DerReader(const std::uint8_t *data, std::size_t size, Lengths lengths = Lengths::DefiniteOnly);
    /// Walks the content of `parent`.
    explicit DerReader(const DerElement &parent, Lengths lengths = Lengths::DefiniteOnly);

    bool atEnd() const { return m_pos == m_end; }
    /// The first identifier octet of the next element; -1 at the end.
    int peekTag() const { return atEnd() ? -1 : *m_pos; }
    /// Reads the next element; false when none is left or it is malformed (the reader then stays
    /// where it was).
    bool next(DerElement &out);
    /// Reads the next element when its tag is `tag`; false otherwise.
    bool expect(std::uint8_t tag, DerElement &out);
    /// Reads the next element when its tag is `tag` and skips nothing otherwise; true when absent.
    bool optional(std::uint8_t tag, DerElement &out, bool &present);

private:
    const std::uint8_t *m_pos;
    const std::uint8_t *m_end;
    Lengths m_lengths;
};

/// Reads exactly one element that spans all of [data, data + size); false otherwise.
bool readSingleElement(const std::uint8_t *data, std::size_t size, DerElement &out,
                       DerReader::Lengths lengths = DerReader::Lengths::DefiniteOnly);

/// True when the content of an OBJECT IDENTIFIER is well formed (non-empty, minimal base-128
/// sub-identifiers, the last one complete).
bool isValidOid(const DerElement &oid);

/// True when `element` is an OBJECT IDENTIFIER whose content equals `oid` (`size` content bytes).
bool oidEquals(const DerElement &element, const std::uint8_t *oid, std::size_t size);

/// oidEquals for a byte array literal.
template <std::size_t N> bool oidEquals(const DerElement &element, const std::uint8_t (&oid)[N])
{
    return oidEquals(element, oid, N);
}

} // namespace certdesk::discovery
