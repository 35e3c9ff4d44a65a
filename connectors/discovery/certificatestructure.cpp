// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/certificatestructure.h"

#include "connectors/discovery/dertime.h"
#include "connectors/discovery/namereader.h"

#include <QCoreApplication>

namespace certdesk::discovery {

namespace {

/// AlgorithmIdentifier ::= SEQUENCE { algorithm OBJECT IDENTIFIER, parameters ANY OPTIONAL }
bool readAlgorithm(const DerElement &sequence, DerElement &oid)
{
    DerReader r(sequence);
    DerElement parameters;
    if (!r.expect(DerTag::Oid, oid) || !isValidOid(oid))
        return false;
    return r.atEnd() || (r.next(parameters) && r.atEnd());
}

/// Extensions ::= [3] EXPLICIT SEQUENCE OF SEQUENCE { extnID OID, critical BOOLEAN OPTIONAL, extnValue }
bool isExtensions(const DerElement &explicitTag)
{
    DerReader outer(explicitTag);
    DerElement list;
    if (!outer.expect(DerTag::Sequence, list) || !outer.atEnd())
        return false;
    DerReader extensions(list);
    DerElement extension;
    while (extensions.expect(DerTag::Sequence, extension)) {
        DerReader parts(extension);
        DerElement id;
        if (!parts.expect(DerTag::Oid, id) || !isValidOid(id))
            return false;
    }
    return extensions.atEnd();
}

bool readVersion(DerReader &tbs, int &version)
{
    DerElement explicitTag;
    bool present = false;
    if (!tbs.optional(DerTag::ContextConstructed0, explicitTag, present))
        return false;
    version = 1;
    if (!present)
        return true;
    DerReader inner(explicitTag);
    DerElement number;
    if (!inner.expect(DerTag::Integer, number) || !inner.atEnd() || number.length != 1 ||
        number.content[0] > 2)
        return false;
    version = number.content[0] + 1;
    return true;
}

bool readValidity(DerReader &tbs, CertificateStructure &out)
{
    DerElement validity;
    DerElement from;
    DerElement until;
    if (!tbs.expect(DerTag::Sequence, validity))
        return false;
    DerReader r(validity);
    if (!r.next(from) || !r.next(until) || !r.atEnd())
        return false;
    const auto notBefore = readDerTime(from);
    const auto notAfter = readDerTime(until);
    if (!notBefore || !notAfter)
        return false;
    out.notBefore = *notBefore;
    out.notAfter = *notAfter;
    return true;
}

bool readPublicKeyInfo(DerReader &tbs, DerElement &spki)
{
    if (!tbs.expect(DerTag::Sequence, spki))
        return false;
    DerReader r(spki);
    DerElement algorithm;
    DerElement oid;
    DerElement key;
    return r.expect(DerTag::Sequence, algorithm) && readAlgorithm(algorithm, oid) &&
           r.expect(DerTag::BitString, key) && key.length >= 1 && r.atEnd();
}

/// issuerUniqueID [1], subjectUniqueID [2], extensions [3], each optional, in this order.
bool readTrailingFields(DerReader &tbs)
{
    DerElement field;
    bool present = false;
    return tbs.optional(0x81, field, present) && tbs.optional(0x82, field, present) &&
           tbs.optional(0xa3, field, present) && (!present || isExtensions(field)) && tbs.atEnd();
}

} // namespace

bool readCertificateStructure(const std::uint8_t *data, std::size_t size, CertificateStructure &out,
                              const char *&why)
{
    DerElement certificate;
    if (!readSingleElement(data, size, certificate) || certificate.tag != DerTag::Sequence) {
        why = QT_TRANSLATE_NOOP("certdesk::discovery", "the data is not one DER SEQUENCE");
        return false;
    }
    DerReader outer(certificate);
    DerElement tbsElement;
    DerElement signatureAlgorithm;
    DerElement signature;
    if (!outer.expect(DerTag::Sequence, tbsElement) || !outer.expect(DerTag::Sequence, signatureAlgorithm) ||
        !readAlgorithm(signatureAlgorithm, out.signatureAlgorithm) ||
        !outer.expect(DerTag::BitString, signature) || signature.length < 1 || !outer.atEnd()) {
        why = QT_TRANSLATE_NOOP("certdesk::discovery", "the certificate's outer structure is malformed");
        return false;
    }
    DerReader tbs(tbsElement);
    DerElement innerAlgorithm;
    DerElement innerOid;
    if (!readVersion(tbs, out.version) || !tbs.expect(DerTag::Integer, out.serial) || out.serial.length < 1 ||
        !tbs.expect(DerTag::Sequence, innerAlgorithm) || !readAlgorithm(innerAlgorithm, innerOid)) {
        why = QT_TRANSLATE_NOOP("certdesk::discovery",
                                "the version, serial number or signature algorithm is malformed");
        return false;
    }
    if (!tbs.next(out.issuer) || !isReadableName(out.issuer)) {
        why = QT_TRANSLATE_NOOP("certdesk::discovery", "the issuer name is malformed");
        return false;
    }
    if (!readValidity(tbs, out)) {
        why = QT_TRANSLATE_NOOP("certdesk::discovery", "the validity period is malformed");
        return false;
    }
    if (!tbs.next(out.subject) || !isReadableName(out.subject)) {
        why = QT_TRANSLATE_NOOP("certdesk::discovery", "the subject name is malformed");
        return false;
    }
    if (!readPublicKeyInfo(tbs, out.publicKeyInfo)) {
        why = QT_TRANSLATE_NOOP("certdesk::discovery", "the public key info is malformed");
        return false;
    }
    if (!readTrailingFields(tbs)) {
        why = QT_TRANSLATE_NOOP("certdesk::discovery", "the unique identifiers or extensions are malformed");
        return false;
    }
    return true;
}

bool isCertificateDer(const std::uint8_t *data, std::size_t size)
{
    CertificateStructure ignored;
    const char *why = nullptr;
    return readCertificateStructure(data, size, ignored, why);
}

} // namespace certdesk::discovery
