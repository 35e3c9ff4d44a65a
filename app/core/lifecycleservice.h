// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/crl.h"
#include "models/domain/profile.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class IssuerService;
class SecretStore;

/// A new certificate to issue through one of the inventory's issuers.
struct IssueCertificateRequest
{
    QString issuerName;
    QString commonName;
    QStringList sans; ///< "DNS:x", "IP:1.2.3.4", ... or bare values (kind guessed: IP, e-mail, URI, else DNS)
    QString keyAlgorithm = QStringLiteral("ec256");
    int validityDays = 0; ///< 0: the issuer's default; always capped by the profile's maximum lifetime
    QString profileName = QStringLiteral("default");

    QJsonObject toJson() const;
    static IssueCertificateRequest fromJson(const QJsonObject &json);
};

/// Normalises SAN input to tagged form, guessing the kind of bare values.
QStringList taggedSans(const QStringList &sans);

/// Issues, renews and revokes managed certificates, and publishes the CRL and OCSP answers of local
/// CAs. Keys are generated here, sealed by the SecretStore (one AES-GCM operation per key; the data
/// key is derived once), and every change writes its audit event in the same transaction. Runs on
/// worker threads; the job handlers (issuancejobs.h) call it.
class LifecycleService final
{
public:
    LifecycleService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets,
                     std::shared_ptr<IssuerService> issuers);

    /// Runs inside the transaction that stores a new certificate or version, with its id, so that a
    /// caller (a job) can record its own result atomically with it.
    using CommitHook = std::function<Status(QSqlDatabase db, qint64 id)>;
    /// Asked between the steps of a long issuance (an ACME CA validating names); true cancels.
    using CancelCheck = std::function<bool()>;
    /// Runs inside every renewal's transaction, after the new version is written and before the
    /// caller's CommitHook, with the certificate and its new version.
    using RenewalHook = std::function<Status(QSqlDatabase db, qint64 certificateId, qint64 versionId)>;

    /// Work that must commit with every renewal, whoever renews (AppContext queues the deployments
    /// to the certificate's bound targets there). Set it before the service is shared between threads.
    void setRenewalHook(RenewalHook hook) { m_renewalHook = std::move(hook); }

    /// Validates everything before the CA is asked (nothing is stored for bad input) and returns the
    /// new managed certificate's id.
    Result<qint64> issue(const IssueCertificateRequest &request, const CommitHook &onCommit = {},
                         const CancelCheck &cancelled = {});
    /// A new version from the same issuer, profile and names; a new key unless `reuseKey`. Returns
    /// the new version's id.
    Result<qint64> renew(qint64 certificateId, bool reuseKey = false, const CommitHook &onCommit = {},
                         const CancelCheck &cancelled = {});
    /// Recorded locally even when the CA cannot be told (best effort; the audit event says so).
    Status revoke(qint64 certificateId, pki::RevocationReason reason);
    /// A fresh CRL (DER) of a local CA, with the next CRL number.
    Result<QByteArray> crl(const QString &issuerName);
    /// The DER OCSP response of a local CA to a DER request.
    Result<QByteArray> ocsp(const QString &issuerName, const QByteArray &requestDer);
    /// The CA certificate and its chain, issuing CA first.
    Result<QList<QByteArray>> caChain(const QString &issuerName);
    /// The same as PEM blocks, ready to be written to a file.
    Result<QByteArray> caChainPem(const QString &issuerName);
    /// The certificate profiles ("default" always among them).
    Result<QList<domain::CertificateProfile>> profiles();
    /// Adds or replaces a profile (validated as when read), with an audit event.
    Status saveProfile(const domain::CertificateProfile &profile);

private:
    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<IssuerService> m_issuers;
    RenewalHook m_renewalHook;
};

} // namespace certdesk::core
