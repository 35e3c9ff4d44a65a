// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of an X.509 Certificate, located by walking its DER without decoding it. Private to
// connectors/discovery.

#include "connectors/discovery/derreader.h"

#include <QDateTime>
#include <QString>

namespace certdesk::discovery {

/// Where the fields of one certificate lie in its DER, plus the two validity instants.
struct CertificateStructure
{
    int version = 1;               ///< 1, 2 or 3
    DerElement serial;             ///< INTEGER
    DerElement issuer;             ///< Name (SEQUENCE)
    DerElement subject;            ///< Name (SEQUENCE)
    QDateTime notBefore;           ///< UTC
    QDateTime notAfter;            ///< UTC
    DerElement publicKeyInfo;      ///< SubjectPublicKeyInfo (SEQUENCE)
    DerElement signatureAlgorithm; ///< the OID of the outer signatureAlgorithm
};

/// Walks Certificate -> TBSCertificate in `size` bytes that must be exactly one certificate
/// (nothing after it). Checks every element it passes, that the Names are ones summarise() reads
/// (isReadableName), and the validity times. On failure returns false and sets `why` to a short English
/// reason.
bool readCertificateStructure(const std::uint8_t *data, std::size_t size, CertificateStructure &out,
                              const char *&why);

/// readCertificateStructure for callers that only need to know whether the bytes are one.
bool isCertificateDer(const std::uint8_t *data, std::size_t size);

} // namespace certdesk::discovery
