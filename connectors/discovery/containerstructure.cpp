// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/containerstructure.h"

namespace certdesk::discovery {

namespace {

// Content bytes of the PKCS#7 content type OIDs 1.2.840.113549.1.7.{1,2,4}.
constexpr std::uint8_t OidData[] = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01};
constexpr std::uint8_t OidSignedData[] = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02};
constexpr std::uint8_t OidSignedAndEnveloped[] = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x04};

constexpr auto Ber = DerReader::Lengths::AllowIndefinite;

} // namespace

Pkcs7Read readPkcs7Certificates(const std::uint8_t *data, std::size_t size, QList<DerElement> &certificates)
{
    DerReader top(data, size, Ber);
    DerElement contentInfo;
    DerElement type;
    if (!top.expect(DerTag::Sequence, contentInfo))
        return Pkcs7Read::NotPkcs7;
    DerReader info(contentInfo, Ber);
    if (!info.expect(DerTag::Oid, type) ||
        !(oidEquals(type, OidSignedData) || oidEquals(type, OidSignedAndEnveloped)))
        return Pkcs7Read::NotPkcs7;

    DerElement explicitContent;
    DerElement signedData;
    if (!top.atEnd() || !info.expect(DerTag::ContextConstructed0, explicitContent) || !info.atEnd())
        return Pkcs7Read::Malformed;
    DerReader content(explicitContent, Ber);
    if (!content.expect(DerTag::Sequence, signedData) || !content.atEnd())
        return Pkcs7Read::Malformed;

    // Only `certificates` is tagged [0] at this level (the encapsulated content's [0] is inside
    // its own SEQUENCE), in SignedData and in SignedAndEnvelopedData alike.
    DerReader fields(signedData, Ber);
    DerElement field;
    while (fields.next(field)) {
        if (field.tag != DerTag::ContextConstructed0)
            continue;
        DerReader set(field, Ber);
        DerElement choice;
        while (set.next(choice)) {
            if (choice.tag == DerTag::Sequence)
                certificates << choice;
        }
        return set.atEnd() ? Pkcs7Read::Read : Pkcs7Read::Malformed;
    }
    return fields.atEnd() ? Pkcs7Read::Read : Pkcs7Read::Malformed;
}

bool looksLikePkcs12(const std::uint8_t *data, std::size_t size)
{
    DerReader top(data, size, Ber);
    DerElement pfx;
    if (!top.expect(DerTag::Sequence, pfx))
        return false;
    DerReader parts(pfx, Ber);
    DerElement version;
    DerElement authSafe;
    DerElement type;
    if (!parts.expect(DerTag::Integer, version) || version.length != 1 || version.content[0] != 3 ||
        !parts.expect(DerTag::Sequence, authSafe))
        return false;
    DerReader info(authSafe, Ber);
    return info.expect(DerTag::Oid, type) && (oidEquals(type, OidData) || oidEquals(type, OidSignedData));
}

} // namespace certdesk::discovery
