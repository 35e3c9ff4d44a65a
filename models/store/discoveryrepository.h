// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/discovery.h"
#include "models/domain/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <optional>

namespace certdesk::store {

namespace detail {
class SqliteStatement;
}

/// What the store already knows of a fingerprint, for deduplicating a scan's findings.
struct KnownDiscovery
{
    qint64 id = 0;
    domain::TriageStatus status = domain::TriageStatus::New;
    QString subject;
    QString issuer;
    QDateTime notAfter;
};

/// A file discovery found that needs a password before its certificates can be read (PKCS#12).
struct LockedFile
{
    QString path;
    qint64 size = -1;
    QDateTime modifiedAt;
    QDateTime firstSeen;
    QDateTime lastSeen;
};

/// Discovered certificates, where they were seen, the scan history and triage decisions (tables
/// `discovered_certificates`, `discovery_locations`, `discovery_locked_files`, `discovery_scans`).
/// An instance keeps its prepared write statements, so a scan writes a batch with one object.
class DiscoveryRepository final
{
public:
    explicit DiscoveryRepository(QSqlDatabase db);
    ~DiscoveryRepository();

    /// The fingerprints (lowercase hex) among `sha256s` that are already stored.
    Result<QHash<QString, KnownDiscovery>> known(const QStringList &sha256s);
    /// Stores new discovered certificates (status New, fingerprints not yet stored) and returns their
    /// ids by fingerprint. `source` is "filesystem", "network" or "cloud". Writes many rows per
    /// statement: a scan inserts thousands.
    Result<QHash<QString, qint64>> insert(const QList<domain::CertificateDetails> &certificates,
                                          const QString &source, const QDateTime &now);
    /// Records sightings: each location's row is created, or its last_seen, size and time updated.
    Status recordLocations(const QList<std::pair<qint64, domain::DiscoveryLocation>> &locations);
    /// Moves the certificates' last_seen on (for certificates seen again).
    Status touch(const QList<qint64> &ids, const QDateTime &now);
    Status recordLockedFile(const LockedFile &file);

    /// Every discovered certificate without its DER, with its location count and sources.
    Result<QList<domain::DiscoveredCertificate>> list(std::optional<domain::TriageStatus> status = {});
    /// One discovered certificate with its DER.
    Result<domain::DiscoveredCertificate> find(qint64 id);
    Result<domain::DiscoveredCertificate> findBySha256(const QString &sha256);
    Result<QList<domain::DiscoveryLocation>> locations(qint64 discoveredId);
    Result<QList<LockedFile>> lockedFiles();
    Result<domain::TriageCounts> counts();

    /// Sets the triage state (the dismiss reason is kept only for Dismissed, the claim only for Claimed).
    Status setTriage(qint64 id, domain::TriageStatus status, const QString &dismissReason,
                     std::optional<qint64> claimedCertificateId);

    /// Starts a scan record and returns its id.
    Result<qint64> startScan(const QString &kind, const QStringList &roots, const QDateTime &startedAt);
    /// Writes the figures of a finished (or cancelled) scan.
    Status finishScan(const domain::DiscoveryScan &scan);
    /// The newest scans first.
    Result<QList<domain::DiscoveryScan>> scans(int limit);

private:
    Result<domain::DiscoveredCertificate> findWhere(const QString &column, const QVariant &value);
    /// Runs `sql` with the bindings and returns its rows; on SQLite the statement is prepared once
    /// per repository and text and bound through the C API (see SqliteStatement).
    Result<QList<QVariantList>> exec(const QString &sql, const QVariantList &bindings);

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<detail::SqliteStatement>> m_prepared; ///< SQLite only
};

} // namespace certdesk::store
