// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/publickeyinfo.h"

#include "connectors/discovery/oidtext.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/err.h>

#include <climits>
#include <optional>

namespace certdesk::discovery {

namespace {

// Content bytes of the algorithm and curve OIDs read without OpenSSL.
constexpr std::uint8_t OidRsa[] = {0x2a, 0x86, 0x48, 0x86, 0xf7,
                                   0x0d, 0x01, 0x01, 0x01};                           // 1.2.840.113549.1.1.1
constexpr std::uint8_t OidEcPublicKey[] = {0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01}; // 1.2.840.10045.2.1
constexpr std::uint8_t OidEd25519[] = {0x2b, 0x65, 0x70};                             // 1.3.101.112
constexpr std::uint8_t OidEd448[] = {0x2b, 0x65, 0x71};                               // 1.3.101.113
constexpr std::uint8_t OidP256[] = {0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07};  // 1.2.840.10045.3.1.7
constexpr std::uint8_t OidP384[] = {0x2b, 0x81, 0x04, 0x00, 0x22};                    // 1.3.132.0.34
constexpr std::uint8_t OidP521[] = {0x2b, 0x81, 0x04, 0x00, 0x23};                    // 1.3.132.0.35

/// The parts of a SubjectPublicKeyInfo.
struct KeyParts
{
    DerElement algorithm;
    DerElement parameters;
    bool hasParameters = false;
    const std::uint8_t *key = nullptr; ///< the subjectPublicKey bits (after the unused-bits octet)
    std::size_t keySize = 0;
};

bool splitKeyInfo(const DerElement &spki, KeyParts &out)
{
    DerReader r(spki);
    DerElement algorithmId;
    DerElement bits;
    if (!r.expect(DerTag::Sequence, algorithmId) || !r.expect(DerTag::BitString, bits) || bits.length < 1 ||
        bits.content[0] != 0)
        return false;
    DerReader a(algorithmId);
    if (!a.expect(DerTag::Oid, out.algorithm))
        return false;
    out.hasParameters = a.next(out.parameters);
    out.key = bits.content + 1;
    out.keySize = bits.length - 1;
    return a.atEnd();
}

/// The bit length of a positive INTEGER's value; 0 when it is not positive.
int positiveIntegerBits(const DerElement &integer)
{
    const std::uint8_t *p = integer.content;
    std::size_t n = integer.length;
    if (n == 0 || (p[0] & 0x80))
        return 0;
    while (n > 0 && *p == 0) {
        ++p;
        --n;
    }
    if (n == 0 || n > INT_MAX / 8)
        return 0;
    int top = 0;
    for (std::uint8_t b = *p; b; b >>= 1)
        ++top;
    return static_cast<int>(n - 1) * 8 + top;
}

/// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
std::optional<PublicKeyInfo> readRsa(const KeyParts &parts)
{
    DerElement key;
    DerElement modulus;
    DerElement exponent;
    if (!readSingleElement(parts.key, parts.keySize, key) || key.tag != DerTag::Sequence)
        return std::nullopt;
    DerReader r(key);
    if (!r.expect(DerTag::Integer, modulus) || !r.expect(DerTag::Integer, exponent) || !r.atEnd())
        return std::nullopt;
    const int bits = positiveIntegerBits(modulus);
    if (bits == 0 || positiveIntegerBits(exponent) == 0)
        return std::nullopt;
    return PublicKeyInfo{QStringLiteral("RSA"), bits, {}};
}

/// A named NIST prime curve with its point encoded uncompressed (04 X Y) or compressed (02/03 X).
std::optional<PublicKeyInfo> readEc(const KeyParts &parts)
{
    static const struct
    {
        const std::uint8_t *oid;
        std::size_t oidSize;
        int bits;
        std::size_t fieldBytes;
        const char *name;
    } curves[] = {
        {OidP256, sizeof OidP256, 256, 32, "P-256"},
        {OidP384, sizeof OidP384, 384, 48, "P-384"},
        {OidP521, sizeof OidP521, 521, 66, "P-521"},
    };
    if (!parts.hasParameters || parts.keySize == 0)
        return std::nullopt;
    for (const auto &curve : curves) {
        if (!oidEquals(parts.parameters, curve.oid, curve.oidSize))
            continue;
        const std::uint8_t form = parts.key[0];
        const bool uncompressed = form == 0x04 && parts.keySize == 1 + 2 * curve.fieldBytes;
        const bool compressed = (form == 0x02 || form == 0x03) && parts.keySize == 1 + curve.fieldBytes;
        if (!uncompressed && !compressed)
            return std::nullopt;
        return PublicKeyInfo{QStringLiteral("EC"), curve.bits, QString::fromLatin1(curve.name)};
    }
    return std::nullopt;
}

/// Ed25519 and Ed448 (RFC 8410): no parameters, a key of fixed size.
std::optional<PublicKeyInfo> readEdwards(const KeyParts &parts, const char *name, int bits,
                                         std::size_t keySize)
{
    if (parts.hasParameters || parts.keySize != keySize)
        return std::nullopt;
    return PublicKeyInfo{QString::fromLatin1(name), bits, {}};
}

std::optional<PublicKeyInfo> readWithoutOpenSsl(const DerElement &spki)
{
    KeyParts parts;
    if (!splitKeyInfo(spki, parts))
        return std::nullopt;
    if (oidEquals(parts.algorithm, OidRsa))
        return readRsa(parts);
    if (oidEquals(parts.algorithm, OidEcPublicKey))
        return readEc(parts);
    if (oidEquals(parts.algorithm, OidEd25519))
        return readEdwards(parts, "Ed25519", 256, 32);
    if (oidEquals(parts.algorithm, OidEd448))
        return readEdwards(parts, "Ed448", 456, 57);
    return std::nullopt;
}

/// What pki::parseCertificateDer reports: OpenSSL's decoder's view of the key, or the algorithm's
/// name with no size when OpenSSL cannot load the key.
PublicKeyInfo readWithOpenSsl(const DerElement &spki)
{
    PublicKeyInfo info;
    if (spki.encodedSize() > INT_MAX)
        return info;
    const unsigned char *p = spki.begin;
    const pki::EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.encodedSize())));
    if (key) {
        info.type = pki::keyTypeName(key.get());
        info.bits = EVP_PKEY_get_bits(key.get());
        info.curve = pki::ecCurveName(key.get());
    } else {
        // A key type OpenSSL cannot load is still named by its algorithm OID.
        DerReader r(spki);
        DerElement algorithmId;
        DerElement oid;
        if (r.expect(DerTag::Sequence, algorithmId) && DerReader(algorithmId).expect(DerTag::Oid, oid))
            info.type = oidText(oid);
    }
    ERR_clear_error();
    return info;
}

} // namespace

PublicKeyInfo readPublicKeyInfo(const DerElement &spki)
{
    if (auto info = readWithoutOpenSsl(spki))
        return std::move(*info);
    return readWithOpenSsl(spki);
}

} // namespace certdesk::discovery
