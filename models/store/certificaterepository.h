// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"
#include "models/domain/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace certdesk::store {

/// What is needed to add a certificate to the inventory as version 1 of a new managed certificate.
struct NewManagedCertificate
{
    domain::CertificateDetails details;
    QByteArray chainPem;
    std::optional<qint64> privateKeyId;
    domain::CertificateMetadata metadata;
};

/// Managed certificates and their versions (tables `certificates`, `certificate_versions`).
/// Works on the connection it is given, so it joins the caller's transaction; calls that write
/// several rows run in a nested Transaction (a savepoint inside the caller's), so they are all or
/// nothing. The current version of a certificate is its version with the highest version_no.
class CertificateRepository final
{
public:
    /// Works on `db`, joining its current transaction.
    explicit CertificateRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Inserts the certificate and its first version; returns the certificate id. The version's
    /// SHA-256 is unique across the inventory: a second insert of it fails.
    Result<qint64> create(const NewManagedCertificate &certificate);
    /// Adds a new current version (renewal); returns the version id.
    Result<qint64> addVersion(qint64 certificateId, const domain::CertificateDetails &details,
                              const QByteArray &chainPem, std::optional<qint64> privateKeyId);
    /// The managed certificate that holds a version with this SHA-256 (lowercase hex), if any.
    Result<std::optional<qint64>> findBySha256(const QString &sha256);
    /// One managed certificate with its current version; ErrorCode::NotFound when absent.
    Result<domain::ManagedCertificate> find(qint64 id);
    /// Every version of one certificate, newest first (empty for an unknown id).
    Result<QList<domain::CertificateVersion>> versions(qint64 certificateId);
    /// The inventory rows, in one query (fast for 100,000 certificates).
    Result<QList<domain::CertificateSummary>> summaries();
    /// Number of managed certificates.
    Result<qint64> count();
    /// Replaces owner, tags (normalised as parseTags() does) and notes. ErrorCode::NotFound when absent.
    Status updateMetadata(qint64 id, const domain::CertificateMetadata &metadata);
    /// Links a stored private key to a version that had none (an error when it has one already;
    /// ErrorCode::NotFound when the version is absent).
    Status attachPrivateKey(qint64 versionId, qint64 privateKeyId);
    /// Marks the certificate as revoked or not. ErrorCode::NotFound when absent.
    Status setRevoked(qint64 id, bool revoked);
    /// Deletes the certificate, its versions and the private keys only they referenced.
    /// ErrorCode::NotFound when absent.
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
