// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Key type, size and curve of a SubjectPublicKeyInfo. Private to connectors/discovery.

#include "connectors/discovery/derreader.h"

#include <QString>

namespace certdesk::discovery {

/// What CertificateDetails shows of a public key.
struct PublicKeyInfo
{
    QString type;  ///< "RSA", "EC", "Ed25519", ... as pki::keyTypeName names it
    int bits = 0;  ///< as EVP_PKEY_get_bits counts them; 0 when the key cannot be read
    QString curve; ///< EC only: "P-256", ... or OpenSSL's short name
};

/// Reads the key of a SubjectPublicKeyInfo element (already checked by readCertificateStructure).
/// RSA, EC on P-256/P-384/P-521, Ed25519 and Ed448 are read from the DER; other algorithms (and
/// keys in an unusual form) go through OpenSSL's decoder so that they are named exactly as
/// pki::parseCertificateDer names them. EC points are checked for length and form, not for lying
/// on the curve.
PublicKeyInfo readPublicKeyInfo(const DerElement &spki);

} // namespace certdesk::discovery
