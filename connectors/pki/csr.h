// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/keygenerator.h"
#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace certdesk::pki {

/// A PKCS#10 request kept decoded (opaque here: OpenSSL stays out of public headers) beside its DER,
/// so that a CA in this process signs it without decoding it again: OpenSSL 3.0 sets up a decoder
/// for every public key it decodes. Copies share the request, which is never modified: using one
/// from several threads is safe.
class CertificationRequest final
{
public:
    /// A null request (isNull()).
    CertificationRequest();
    bool isNull() const { return !m_impl; }
    /// The request as DER, as it goes to a CA; empty for a null request.
    QByteArray der() const;
    /// The SubjectPublicKeyInfo DER of the key the request carries, as encoded in it (nothing is
    /// encoded anew); empty for a null request.
    QByteArray publicKeyDer() const;
    /// The subject's last common name.
    QString commonName() const;
    /// The subject alternative names of the extension request, tagged as CsrInfo has them; an Error
    /// when the extension is corrupt.
    Result<QStringList> subjectAltNames() const;
    /// Checks the self-signature with the key the request carries: an Error when the request was
    /// altered or not made with its key.
    Status verify() const;
    /// Reads a PEM ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST") or DER request. The
    /// signature is not checked here: verify() does that.
    static Result<CertificationRequest> decode(const QByteArray &pemOrDer);

private:
    friend struct CertificationRequestAccess; // the pki library's own code reaches the request
    friend Result<CertificationRequest> createRequest(const QString &, const QStringList &, const KeyPair &);
    struct Impl;
    explicit CertificationRequest(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

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

/// Creates the same request, signed by `key`, and keeps it decoded for a CA in this process. The
/// public key is encoded once (OpenSSL's X509_REQ_set_pubkey would encode it and decode the result).
Result<CertificationRequest> createRequest(const QString &subject, const QStringList &sans,
                                           const KeyPair &key);

/// Reads a PEM ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST") or DER request and verifies its
/// self-signature; a request whose signature does not verify is an Error.
Result<CsrInfo> parseCsr(const QByteArray &pemOrDer);

} // namespace certdesk::pki
