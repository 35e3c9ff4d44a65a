// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/crl.h"
#include "connectors/pki/csr.h"
#include "connectors/pki/ocsp.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace certdesk::issuer {

/// A request to a CA: the CSR made by the lifecycle service and what the profile allows.
struct IssueRequest
{
    QByteArray csrDer;
    /// The same request kept decoded, when it was made in this process (the lifecycle service sets
    /// it): a CA that signs in this process (the local CA) uses it instead of decoding csrDer again.
    /// A connector that sends the request elsewhere uses csrDer. Null: decode csrDer.
    pki::CertificationRequest csr;
    qint64 validitySeconds = 90LL * 86400; ///< already capped by the profile
    QStringList keyUsage;                  ///< names as CertificateRequest takes them
    QStringList extendedKeyUsage;
    bool shortLived = false; ///< no CRL distribution point / OCSP URL in the certificate
    /// A renewal: the certificate this one replaces (DER), so a CA that tracks renewals (ACME's
    /// ARI "replaces") can link them. Empty for a first issuance.
    QByteArray replacesCertificateDer;
    /// Asked between the steps of a long issuance (ACME validation, polling); true stops it with
    /// ErrorCode::Cancelled. Unset: never cancelled.
    std::function<bool()> cancelled;
};

/// A revocation to tell the CA about. Some CAs name the certificate by serial (local CA, most
/// commercial APIs), others want the certificate itself (ACME).
struct RevocationRequest
{
    QByteArray serial;         ///< big-endian bytes
    QByteArray certificateDer; ///< the certificate itself
    pki::RevocationReason reason = pki::RevocationReason::Unspecified;
};

/// When the CA suggests renewing a certificate (ACME Renewal Information, RFC 9773).
struct RenewalWindow
{
    QDateTime start;
    QDateTime end;
    QString explanationUrl;
    QDateTime askAgainAfter; ///< from the CA's Retry-After; null when it gave none
};

/// What a CA returned.
struct IssuedCertificate
{
    QByteArray certificateDer;
    QList<QByteArray> chainDer; ///< issuers, the certificate's issuer first
    QString orderId;            ///< the CA's reference, for status polling and revocation
};

/// An order at an asynchronous CA.
struct OrderStatus
{
    enum class State { Pending, Issued, Failed };
    State state = State::Pending;
    IssuedCertificate certificate; ///< when Issued
    QString detail;
};

/// The contract every CA connector (local CA, ACME, Vault, step-ca, commercial CAs) fulfils. A
/// connector does only CA-side work: it never touches the inventory; the lifecycle service stores
/// what it returns. Calls may block (network, signing): run them on worker threads.
class Issuer
{
public:
    virtual ~Issuer() = default;
    /// "local", "acme", ...
    virtual QString type() const = 0;
    /// Checks the configuration without issuing anything; a clear error says what to fix.
    virtual Status validateConfig() const = 0;
    virtual Result<IssuedCertificate> issue(const IssueRequest &request) = 0;
    /// Renewal is a new issuance for most CAs.
    virtual Result<IssuedCertificate> renew(const IssueRequest &request) { return issue(request); }
    /// Tells the CA; the lifecycle service records the revocation locally whatever the CA says.
    virtual Status revoke(const RevocationRequest &request) = 0;
    virtual Result<OrderStatus> orderStatus(const QString &orderId) = 0;
    /// The CA's suggested renewal window for a certificate it issued, where the CA offers one (ACME
    /// ARI); nullopt when it does not, and the renewal scheduler's threshold rule applies.
    virtual Result<std::optional<RenewalWindow>> renewalWindow(const QByteArray &certificateDer);
    /// Whether renewalWindow() may ever give a window (so that asking is worth a network call).
    virtual bool offersRenewalWindows() const { return false; }
    /// The CA certificate and its issuers, the issuing CA first.
    virtual Result<QList<QByteArray>> caChain() const = 0;
    /// A CRL over the given revocations, where the connector publishes CRLs itself (local CA).
    virtual Result<QByteArray> crl(const QList<pki::RevokedEntry> &revoked, qint64 crlNumber,
                                   const QDateTime &now);
    /// Answers a DER OCSP request, where the connector is its own responder (local CA).
    virtual Result<QByteArray>
    ocspResponse(const QByteArray &requestDer,
                 const std::function<pki::OcspCertStatus(const QByteArray &serial)> &lookup,
                 const QDateTime &now);
};

} // namespace certdesk::issuer
