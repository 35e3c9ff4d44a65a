// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/csr.h"
#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace certdesk::pki {

/// What goes into a certificate to be signed. SAN entries are tagged ("DNS:a.example", "IP:10.0.0.1",
/// "email:a@b", "URI:https://x"). Extensions follow RFC 5280; keyUsage/extendedKeyUsage take the
/// names `openssl x509` accepts in a config ("digitalSignature", "serverAuth", ...).
struct CertificateRequest
{
    QString subject;             ///< "/C=DE/O=Org/CN=name" form
    QStringList subjectAltNames; ///< tagged
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray serial; ///< big-endian; empty = 128 random bits
    bool isCa = false;
    int pathLength = -1;
    QStringList keyUsage;
    QStringList extendedKeyUsage;
    QStringList crlDistributionPoints;
    QStringList ocspUrls;
    QStringList caIssuerUrls;
    QString signatureDigest = QStringLiteral("SHA256"); ///< ignored for Ed25519/Ed448
};

/// Signs a certificate for `subjectPublicKeyDer` (SubjectPublicKeyInfo DER). With an empty
/// `issuerCertDer` the certificate is self-signed by `issuerKeyPkcs8` (which must then be the
/// subject's key). Returns the certificate DER.
Result<QByteArray> signCertificate(const CertificateRequest &request, const QByteArray &subjectPublicKeyDer,
                                   const QByteArray &issuerCertDer, const SecureBytes &issuerKeyPkcs8);

/// A certificate made by CertificateSigner::signRequest.
struct SignedCertificate
{
    QByteArray der;
    QString serialHex; ///< uppercase hex, no leading zero bytes: as CertificateDetails::serialHex
};

/// Signs many certificates with one CA: the CA certificate and key are decoded once, not per
/// certificate (bulk issuance spends most of its time re-decoding them otherwise). Thread-safe for
/// concurrent sign() calls. Copies share the decoded CA.
class CertificateSigner final
{
public:
    /// Fails when the certificate is not a CA with keyCertSign or the key does not match it.
    static Result<CertificateSigner> create(const QByteArray &issuerCertDer,
                                            const SecureBytes &issuerKeyPkcs8);
    /// Same as signCertificate(request, subjectPublicKeyDer, issuerCertDer, issuerKeyPkcs8).
    Result<QByteArray> sign(const CertificateRequest &request, const QByteArray &subjectPublicKeyDer) const;
    /// Signs a certificate for the public key that `csr` carries, copied from the decoded request as
    /// it is: no key is decoded or encoded (OpenSSL 3.0 sets up a decoder or encoder for each, which
    /// costs more than the signature). The caller has checked the request (verify()) and put what it
    /// allows of it into `request`; the request's own subject and extensions are not used.
    Result<SignedCertificate> signRequest(const CertificateRequest &request,
                                          const CertificationRequest &csr) const;

private:
    struct Impl;
    explicit CertificateSigner(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

} // namespace certdesk::pki
