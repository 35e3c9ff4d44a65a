// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/discovery/filesystemscanner.h"
#include "models/domain/discovery.h"
#include "models/domain/result.h"
#include "models/store/database.h"
#include "models/store/discoveryrepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace certdesk::core {

/// One distinct certificate a scan saw, with the locations this scan saw it in.
struct ScanFinding
{
    qint64 id = 0;
    QString sha256;
    QString subject;
    QString issuer;
    QDateTime notAfter;
    domain::TriageStatus status = domain::TriageStatus::New;
    bool isNew = false;
    QStringList locations;
};

/// One place certificates were seen: a file, or a TLS endpoint ("host:port", kind "tls").
struct Sighting
{
    domain::DiscoveryLocation location;
    QList<discovery::CertificateBlob> certificates;
};

/// What a scan has recorded so far.
struct RecordedDiscoveries
{
    QList<ScanFinding> discovered;
    QList<domain::DiscoveryProblem> problems;
    qint64 newFound = 0;
    QStringList needsPassword; ///< files whose certificates need a password (PKCS#12)
};

/// Writes a scan's findings into the discovery store batch by batch. The batches share one
/// transaction that is committed at most once a second and by commit(): each commit waits for the
/// disk, and a scanner's batches are small. Fingerprints are deduplicated within the scan and against the
/// store (one query per batch), only certificates new to the store are summarised and inserted, and every
/// sighting upserts its location. Triage state is never touched, so decisions survive rescans.
/// Used by filesystem and network scans; one instance per scan, on one thread.
class DiscoveryRecorder
{
public:
    /// `source` is stored with new certificates: "filesystem", "network" or "cloud".
    DiscoveryRecorder(QSqlDatabase db, QDateTime now, QString source);

    Status record(const QList<Sighting> &sightings);
    /// Files from the FilesystemScanner; PKCS#12 files are remembered as needing a password.
    Status recordFiles(QList<discovery::FileFinding> &&files);
    /// Commits what was recorded; call once at the end (what is not committed is rolled back when
    /// the recorder is destroyed).
    Status commit();
    void addProblem(const QString &path, const QString &reason);
    const RecordedDiscoveries &recorded() const { return m_recorded; }

private:
    /// Gives every fingerprint of the batch a row (see the class comment).
    Status resolve(const QList<Sighting> &sightings);
    /// Opens the shared transaction when none is open.
    Status begin();
    /// Commits when the open transaction is older than a second.
    Status commitIfDue();

    QSqlDatabase m_db;
    QDateTime m_now;
    QString m_source;
    store::DiscoveryRepository m_repo;
    RecordedDiscoveries m_recorded;
    QHash<QString, qsizetype> m_indexOf; ///< fingerprint -> index in m_recorded.discovered
    std::optional<store::Transaction> m_transaction;
    QElapsedTimer m_sinceBegin;
};

} // namespace certdesk::core
