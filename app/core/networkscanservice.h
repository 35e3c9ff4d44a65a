// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/discoveryrecorder.h"
#include "connectors/discovery/network/scepprobe.h"
#include "connectors/discovery/network/tlsscanner.h"
#include "connectors/discovery/network/tlsscanoptions.h"
#include "models/domain/discovery.h"
#include "models/domain/result.h"
#include "models/domain/scantarget.h"
#include "models/domain/scepprobe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// A field of a network scan target, for showing an error next to it.
enum class ScanTargetField { Name, Targets, Ports, StartTls, SniNames, Timeout, Concurrency, Interval };

/// What is wrong with one field of a scan target, in a sentence that names the bad entry.
struct ScanTargetFieldError
{
    ScanTargetField field;
    QString message;
};

/// The longest interval between scheduled scans of a target: a year.
inline constexpr int MaxScanIntervalHours = 8760;
/// The longest name of a scan target.
inline constexpr int MaxScanTargetNameLength = 100;

/// Progress and cancel for a network scan running on a worker thread.
struct NetworkScanObserver
{
    std::function<void(const discovery::TlsScanProgress &)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

/// The outcome of one network scan: its history record, what the scanner saw, and the
/// certificates recorded in the discovery store.
struct NetworkScanReport
{
    QString targetName; ///< empty for an ad-hoc scan
    /// The `discovery_scans` row (kind "network"; roots are the target entries; filesRead holds
    /// the endpoints probed; errors name "host:port", or the host for a whole-host error).
    domain::DiscoveryScan scan;
    discovery::TlsScanResult result;
    QList<ScanFinding> discovered;
};

/// A network scan the engine has finished and the store has not recorded yet (see
/// NetworkScanService::probeAdhoc()).
struct ProbedNetworkScan
{
    QStringList roots; ///< the target entries, as the scan history shows them
    QDateTime startedAt;
    QElapsedTimer clock; ///< started with the engine: the scan's duration includes its recording
    discovery::TlsScanResult result;
};

/// What a run over the due targets did.
struct DueScans
{
    QList<NetworkScanReport> reports;
    QList<Error> failures; ///< one per target whose scan failed; the message names the target
};

/// Where discovery records a certificate a TLS endpoint presented (location kind "tls"):
/// "host:port", with an IPv6 address in brackets ("[2001:db8::1]:443"), followed by
/// " (sni NAME)" when the server name sent differs from the host ("192.0.2.7:443 (sni
/// www.example.com)"). A host-name target is probed with its own name as SNI, so it reads
/// "mail.example.com:993".
QString tlsLocation(const discovery::TlsEndpoint &endpoint);

/// One sentence on a finished scan, for the audit log and the daemon's output: "Network scan of
/// target "lab": 512 endpoints probed, 20 open, 12 TLS, 9 certificates (2 new), 1 errors".
QString describeNetworkScan(const NetworkScanReport &report);

/// Network discovery: keeps the scan targets (validated field by field with the scan engine's
/// parse functions), runs TLS scans of a target, of the due targets or of an ad-hoc form, and
/// records every chain found in the discovery store (triage decisions survive rescans), with a
/// `discovery_scans` row and an audit event per scan. Also probes SCEP servers and keeps their
/// history. Scans and probes block the calling worker thread.
class NetworkScanService final
{
public:
    explicit NetworkScanService(std::shared_ptr<store::Database> db);

    /// Every field error of `target` (empty when it can be saved): name (1 to
    /// MaxScanTargetNameLength characters, no line breaks), targets, ports, STARTTLS ports, SNI
    /// names, timeout, concurrency (the engine's rules and messages) and interval (1 to
    /// MaxScanIntervalHours).
    static QList<ScanTargetFieldError> validate(const domain::NetworkScanTarget &target);
    /// The scan options of a form, or an InvalidInput Error listing each bad field, one a line.
    static Result<discovery::TlsScanOptions> readScanForm(const discovery::TlsScanForm &form);

    /// Validates and stores a new target (entries trimmed, SNI names lowercased, STARTTLS entries
    /// written "port:protocol"); writes an audit event. Returns it as stored.
    Result<domain::NetworkScanTarget> addTarget(domain::NetworkScanTarget target);
    /// Validates and saves the target with `target.id` (name, settings and schedule; not its last
    /// run); writes an audit event.
    Result<domain::NetworkScanTarget> updateTarget(domain::NetworkScanTarget target);
    /// Deletes the named target (its scans stay in the history); writes an audit event.
    Status removeTarget(const QString &name);
    Result<QList<domain::NetworkScanTarget>> targets();
    Result<domain::NetworkScanTarget> target(const QString &name);

    /// Scans the named target now (enabled or not), records what it finds and its last result.
    Result<NetworkScanReport> scanTarget(const QString &name, const NetworkScanObserver &observer = {});
    /// Scans without a stored target (options as readScanForm gives them): probeAdhoc(), then
    /// recordAdhoc().
    Result<NetworkScanReport> scanAdhoc(const discovery::TlsScanOptions &options,
                                        const NetworkScanObserver &observer = {});
    /// The first half of scanAdhoc(): runs the scan engine and touches no store, so that a caller can
    /// open the inventory (a new one is created and migrated, which waits for the disk) meanwhile.
    static Result<ProbedNetworkScan> probeAdhoc(const discovery::TlsScanOptions &options,
                                                const NetworkScanObserver &observer = {});
    /// The second half of scanAdhoc(): records what probeAdhoc() found.
    Result<NetworkScanReport> recordAdhoc(ProbedNetworkScan scan);
    /// Scans, one after the other, every enabled target whose interval has passed (or that was
    /// never scanned); stops early when cancelled. For the daemon's and the console's timers.
    Result<DueScans> scanDueTargets(const NetworkScanObserver &observer = {});

    /// Asks a SCEP server for its capabilities and CA certificates (read-only) and stores the
    /// probe in the history, failed probes included (not a URL refused as invalid, nor a cancelled
    /// probe). A failed probe returns its Error.
    Result<domain::ScepProbeRecord> probeScep(const discovery::ScepProbeOptions &options,
                                              const std::atomic<bool> *cancel = nullptr);
    /// The newest SCEP probes first.
    Result<QList<domain::ScepProbeRecord>> scepProbes(int limit = 50);

private:
    /// Validates and normalises `target`; the stored form on success.
    static Result<domain::NetworkScanTarget> normalised(domain::NetworkScanTarget target);
    Result<domain::NetworkScanTarget> saveTarget(domain::NetworkScanTarget target, bool isNew);
    /// Runs the scan engine; touches no store.
    static ProbedNetworkScan probe(const discovery::TlsScanOptions &options, const QStringList &roots,
                                   const NetworkScanObserver &observer);
    /// Records a probed scan of `target` (with its id and name) or an ad-hoc one (target null) in one
    /// transaction: its history row, the certificates found, the target's last result and the
    /// audit event.
    Result<NetworkScanReport> record(ProbedNetworkScan &&scan, const domain::NetworkScanTarget *target);

    std::shared_ptr<store::Database> m_db;
};

} // namespace certdesk::core
