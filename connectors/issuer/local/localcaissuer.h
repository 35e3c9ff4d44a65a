// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/issuer.h"
#include "connectors/pki/certificatebuilder.h"
#include "connectors/pki/keygenerator.h"
#include "connectors/pki/securebytes.h"

#include <optional>

namespace certdesk::issuer {

/// The CA certificate, its chain and its key, as the local CA signs with them.
struct LocalCaMaterial
{
    QByteArray caCertificateDer;
    QList<QByteArray> caChainDer; ///< the CA's own issuers (sub-CA mode), nearest first
    pki::SecureBytes caKeyPkcs8;
};

/// Where the local CA says its revocation information lives, written into what it issues.
struct LocalCaUrls
{
    QStringList crlDistributionPoints;
    QStringList ocspResponders;
};

/// A certificate authority run by CertDesk itself, in one of two modes: self-signed (CertDesk made
/// the CA key and certificate) or sub-CA (an administrator's CA certificate and key, loaded from
/// files). Signs CSRs with 128-bit random serials, publishes CRLs and answers OCSP requests. The CA
/// is decoded once, at create(); a request made in this process (IssueRequest::csr) is signed
/// without being decoded again. issue() may run on several threads at once.
class LocalCaIssuer final : public Issuer
{
public:
    /// Makes a new self-signed CA: a key of `algorithm` and a CA certificate (keyCertSign, cRLSign,
    /// basicConstraints CA:TRUE) valid for `validityDays`.
    static Result<LocalCaMaterial> createSelfSignedCa(const QString &commonName, pki::KeyAlgorithm algorithm,
                                                      int validityDays);
    /// Loads a sub-CA: the certificate (PEM or DER, optionally followed by its own chain) and key
    /// (PEM/DER, PKCS#8 or traditional, encrypted with `passphrase`). Refused unless the certificate
    /// is a CA with keyCertSign and the key matches it.
    static Result<LocalCaMaterial> loadSubCa(const QByteArray &certificateFile, const QByteArray &keyFile,
                                             const std::optional<QString> &passphrase);

    /// Fails when the material is not a usable CA (see CertificateSigner::create).
    static Result<std::unique_ptr<LocalCaIssuer>> create(LocalCaMaterial material, LocalCaUrls urls);

    QString type() const override { return QStringLiteral("local"); }
    Status validateConfig() const override;
    Result<IssuedCertificate> issue(const IssueRequest &request) override;
    /// Nothing to tell: the local CA's revocation list is the inventory's.
    Status revoke(const RevocationRequest &request) override;
    /// The local CA signs synchronously: every order is issued at once.
    Result<OrderStatus> orderStatus(const QString &orderId) override;
    Result<QList<QByteArray>> caChain() const override;
    /// A CRL valid for 24 hours.
    Result<QByteArray> crl(const QList<pki::RevokedEntry> &revoked, qint64 crlNumber, const QDateTime &now) override;
    /// Responses valid for 24 hours.
    Result<QByteArray> ocspResponse(const QByteArray &requestDer,
                                    const std::function<pki::OcspCertStatus(const QByteArray &serial)> &lookup,
                                    const QDateTime &now) override;

    const QByteArray &caCertificateDer() const { return m_material.caCertificateDer; }

    /// How long CRLs and OCSP responses stay valid.
    static constexpr qint64 NextUpdateSeconds = 24 * 3600;

private:
    LocalCaIssuer(LocalCaMaterial material, LocalCaUrls urls, pki::CertificateSigner signer,
                  QDateTime caNotAfter);

    LocalCaMaterial m_material;
    LocalCaUrls m_urls;
    pki::CertificateSigner m_signer;
    QDateTime m_caNotAfter; ///< read once at create(): no certificate outlives its CA
};

} // namespace certdesk::issuer
