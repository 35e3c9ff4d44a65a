// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Certificates with hand-picked DER details (string types of name attributes, raw time strings,
// odd serial numbers, version 1) built with the OpenSSL API, for comparing summarise() with
// pki::parseCertificateDer on inputs the certificate builder never writes.

#include <QByteArray>
#include <QList>

namespace certdesk::testsupport {

/// One attribute of a Name.
struct NameAttribute
{
    QByteArray type;           ///< short name ("CN") or dotted OID ("1.2.3.4")
    int stringType = 12;       ///< V_ASN1_* tag of the value (12: UTF8String)
    QByteArray value;          ///< the value's content bytes, as they are
    bool joinPrevious = false; ///< part of the previous RDN (multi-valued)
};

/// What to put into the certificate; unset parts get ordinary values.
struct CustomCertificateSpec
{
    QList<NameAttribute> subject{{"CN", 12, "custom"}};
    QList<NameAttribute> issuer{{"CN", 12, "custom issuer"}};
    long version = 2;            ///< 0 = v1, 2 = v3
    QByteArray serialHex = "1A"; ///< BN_hex2bn form, "-5" for negative
    int notBeforeType = 23;      ///< V_ASN1_UTCTIME or V_ASN1_GENERALIZEDTIME (24)
    QByteArray notBefore = "240101000000Z";
    int notAfterType = 24;
    QByteArray notAfter = "20600101000000Z";
};

/// Builds and signs (with one EC P-256 key per process) a certificate from `spec`; aborts the test
/// program when OpenSSL refuses.
QByteArray makeCustomCertificate(const CustomCertificateSpec &spec);

} // namespace certdesk::testsupport
