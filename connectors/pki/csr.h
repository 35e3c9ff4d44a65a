// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace certdesk::pki {

/// What a certificate signing request (PKCS#10) says, after its self-signature was verified.
struct CsrInfo
{
    QByteArray der;
    QString subject; ///< one line, same form as CertificateDetails::subject
    QString commonName;
    QStringList subjectAltNames; ///< tagged ("DNS:a.example", "IP:10.0.0.1", "email:...", "URI:...")
    QByteArray publicKeyDer;     ///< SubjectPublicKeyInfo DER
    QString keyType;             ///< "RSA", "EC", "Ed25519", ...
    int keyBits = 0;
    QString curve; ///< "P-256", "P-384" for EC
};

/// Creates a PKCS#10 request signed by `keyPkcs8` for `subject` ("/C=DE/O=Org/CN=name" form, as
/// CertificateRequest::subject) with a subjectAltName extension request for the tagged `sans`.
/// Returns the DER. An invalid SAN (bad IP, non-ASCII DNS name, empty value) is an Error naming it.
Result<QByteArray> createCsr(const QString &subject, const QStringList &sans, const SecureBytes &keyPkcs8);

/// Reads a PEM ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST") or DER request and verifies its
/// self-signature; a request whose signature does not verify is an Error.
Result<CsrInfo> parseCsr(const QByteArray &pemOrDer);

} // namespace certdesk::pki
