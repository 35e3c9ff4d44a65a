// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/auditevent.h"
#include "models/domain/certificate.h"
#include "models/domain/result.h"

#include <QList>

#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// A managed certificate with its chain parsed, for the details pane and `inventory show`.
struct CertificateView
{
    domain::ManagedCertificate certificate;
    QList<domain::CertificateDetails> chain; ///< the stored issuers, leaf's issuer first
    bool hasPrivateKey = false;
};

/// Reads and edits the inventory. Every change writes its audit event in the same transaction.
/// Runs on worker threads (each call uses the calling thread's database connection).
class InventoryService final
{
public:
    explicit InventoryService(std::shared_ptr<store::Database> db);

    Result<QList<domain::CertificateSummary>> summaries();
    /// The certificate with every field of its current version re-read from its DER, and its chain.
    Result<CertificateView> view(qint64 id);
    Result<QList<domain::CertificateVersion>> versions(qint64 id);
    Status updateMetadata(qint64 id, const domain::CertificateMetadata &metadata);
    /// Deletes the certificate, its versions and the keys only it used.
    Status remove(qint64 id);
    /// Newest first; with an object id, that certificate's events only.
    Result<QList<domain::AuditEvent>> auditEvents(int limit, const QString &certificateId = {});

private:
    std::shared_ptr<store::Database> m_db;
};

} // namespace certdesk::core
