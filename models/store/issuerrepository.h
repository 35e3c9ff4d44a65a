// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace certdesk::store {

/// A configured CA connector as stored (table `issuers`). The configuration never holds a secret:
/// keys and passwords are referenced by id or secret name.
struct StoredIssuer
{
    qint64 id = 0;
    QString name;
    QString type; ///< "local", "acme", ...
    QJsonObject config;
    bool enabled = true;
    qint64 crlNumber = 0;
    QDateTime createdAt;
};

/// One revocation recorded in the inventory (table `revocations`).
struct StoredRevocation
{
    QString serialHex; ///< uppercase hex as CertificateDetails::serialHex
    std::optional<qint64> certificateId;
    int reason = 0; ///< RFC 5280 CRLReason code
    QDateTime revokedAt;
    bool caNotified = false;
};

/// A certificate issued through CertDesk that may be due for renewal: its current version.
struct RenewalCandidate
{
    qint64 certificateId = 0;
    qint64 issuerId = 0;
    QString profile;
    QDateTime notBefore;
    QDateTime notAfter;
    QString serialHex;
    QByteArray der;
};

/// Issuers, the certificates they issued, and the revocations recorded for them.
class IssuerRepository final
{
public:
    explicit IssuerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// A second issuer with the same name is an Error that says so.
    Result<qint64> create(const QString &name, const QString &type, const QJsonObject &config);
    Result<StoredIssuer> find(qint64 id);
    /// ErrorCode::NotFound naming the issuer when absent.
    Result<StoredIssuer> findByName(const QString &name);
    Result<QList<StoredIssuer>> list();
    /// Increments and returns the issuer's CRL number (monotonic, in the caller's transaction).
    Result<qint64> nextCrlNumber(qint64 issuerId);
    /// Records that a managed certificate was issued by this issuer under a profile.
    Status linkCertificate(qint64 certificateId, qint64 issuerId, const QString &profile);
    /// The issuer and profile of a managed certificate, when it was issued through CertDesk.
    Result<std::optional<std::pair<qint64, QString>>> issuerOf(qint64 certificateId);
    /// The managed certificate holding a version with this serial that this issuer issued.
    Result<std::optional<qint64>> findIssuedSerial(qint64 issuerId, const QString &serialHex);
    /// Records a revocation; recording the same serial again keeps the first record.
    Status recordRevocation(qint64 issuerId, const StoredRevocation &revocation);
    /// Certificates issued through CertDesk, not revoked, whose current version expires before
    /// `before`, soonest first.
    Result<QList<RenewalCandidate>> renewalCandidates(const QDateTime &before);
    Result<QList<StoredRevocation>> revocations(qint64 issuerId);

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
