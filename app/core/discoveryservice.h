// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/discoveryrecorder.h"
#include "connectors/discovery/filesystemscanner.h"
#include "models/domain/discovery.h"
#include "models/domain/result.h"
#include "models/store/discoveryrepository.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class ImportService;
class InventoryService;

/// The places a first-run scan of this computer looks: /etc/ssl, /etc/pki, /etc/nginx,
/// /etc/apache2, /etc/haproxy, /etc/letsencrypt and the user's home (those that exist).
QStringList defaultScanLocations();

/// What to scan on disk.
struct FilesystemScanRequest
{
    QStringList roots;
    bool sniffAllFiles = false;
    qint64 maxFileSize = 8 << 20;
};

/// Progress and cancel for a scan running on a worker thread.
struct ScanObserver
{
    std::function<void(const discovery::FilesystemScanProgress &)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

/// The outcome of a filesystem scan: its history record and what it saw.
struct FilesystemScanReport
{
    domain::DiscoveryScan scan;
    QList<ScanFinding> discovered;
    QStringList needsPassword; ///< PKCS#12 files whose certificates need a password
};

/// What a triage action changed, so that it can be undone.
struct TriageUndo
{
    struct Entry
    {
        qint64 id = 0;
        domain::TriageStatus status = domain::TriageStatus::New;
        QString dismissReason;
        std::optional<qint64> claimedCertificateId;
        std::optional<qint64> createdCertificateId; ///< a managed certificate the action created
    };
    QList<Entry> entries;
    bool isEmpty() const { return entries.isEmpty(); }
};

/// Everything the triage details pane shows: every field (a full parse) and every location.
struct DiscoveredDetails
{
    domain::DiscoveredCertificate discovered;
    QList<domain::DiscoveryLocation> locations;
};

/// Discovery and triage: scans disks into the discovered-certificate store (deduplicated by
/// SHA-256, one row per certificate, one per location; triage decisions survive rescans), keeps the
/// scan history, and claims (into the inventory, or linked to a managed certificate), dismisses,
/// restores and undoes. Every triage action writes an audit event in the same transaction.
/// Runs on worker threads.
class DiscoveryService final
{
public:
    DiscoveryService(std::shared_ptr<store::Database> db, ImportService &imports,
                     InventoryService &inventory);

    /// Scans, writing each batch of findings in one transaction as it comes. A cancelled scan keeps
    /// what it wrote and is recorded as cancelled. Unreadable paths are in report.scan.errors.
    Result<FilesystemScanReport> scanFilesystem(const FilesystemScanRequest &request,
                                                const ScanObserver &observer = {});

    Result<QList<domain::DiscoveredCertificate>> list(std::optional<domain::TriageStatus> status = {});
    Result<domain::TriageCounts> counts();
    Result<DiscoveredDetails> details(qint64 id);
    /// Finds by fingerprint: full SHA-256 in any case, with or without colons.
    Result<domain::DiscoveredCertificate> findBySha256(const QString &sha256);
    Result<QList<domain::DiscoveryScan>> scans(int limit = 100);
    Result<QList<store::LockedFile>> lockedFiles();

    /// Creates a managed certificate from each (or links to the one the inventory already holds
    /// with the same fingerprint) and marks them claimed.
    Result<TriageUndo> claimAsNew(const QList<qint64> &ids);
    /// Links each to an existing managed certificate and marks them claimed.
    Result<TriageUndo> claimToExisting(const QList<qint64> &ids, qint64 certificateId);
    Result<TriageUndo> dismiss(const QList<qint64> &ids, const QString &reason);
    /// Puts dismissed (or claimed) certificates back to New.
    Result<TriageUndo> restore(const QList<qint64> &ids);
    /// Puts every entry back as it was; a managed certificate a claim created is deleted again.
    Status undo(const TriageUndo &undo);

private:
    template <typename Change>
    Result<TriageUndo> triage(const QList<qint64> &ids, const char *action, Change &&change);

    std::shared_ptr<store::Database> m_db;
    ImportService &m_imports;
    InventoryService &m_inventory;
};

} // namespace certdesk::core
