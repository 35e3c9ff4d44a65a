// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/discovery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::domain {

/// The figures of a network scan target's last run (stored as `last_result_json`).
struct NetworkScanSummary
{
    qint64 scanId = 0; ///< the discovery_scans row of the run
    QDateTime startedAt;
    qint64 durationMs = 0;
    qint64 endpointsProbed = 0; ///< address:port pairs probed
    qint64 endpointsOpen = 0;   ///< ... that accepted the TCP connection
    qint64 endpointsTls = 0;    ///< ... that completed a TLS handshake
    qint64 certificatesFound = 0;
    qint64 newFound = 0;
    bool cancelled = false;
    /// Endpoints that could not be probed ("host:port" or the host, and why).
    QList<DiscoveryProblem> errors;

    QJsonObject toJson() const;
    static NetworkScanSummary fromJson(const QJsonObject &json);
};

/// A named set of hosts and ranges that network discovery scans, by hand or every `intervalHours`
/// (table `scan_targets`). The scan settings are kept as typed, so that the engine's parse
/// functions read and check them (see core::NetworkScanService::validate): `targets` holds CIDR
/// ranges, addresses and host names; `ports` is a port list such as "443,8443,9000-9010";
/// `startTls` holds "PORT:protocol" entries ("25:smtp"); `sniNames` are tried on IP targets.
/// Named NetworkScanTarget so as not to be confused with the engine's discovery::ScanTarget (one
/// parsed entry of `targets`).
struct NetworkScanTarget
{
    qint64 id = 0;
    QString name;
    QStringList targets;
    QString ports = QStringLiteral("443");
    QStringList startTls;
    QStringList sniNames;
    int timeoutMs = 3000;
    int concurrency = 50;
    int intervalHours = 24;
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastScanAt; ///< invalid when never scanned
    std::optional<NetworkScanSummary> lastResult;

    /// True when enabled and never scanned, or scanned at least `intervalHours` before `now`.
    bool isDue(const QDateTime &now) const;

    /// The scan settings (`config_json`): targets, ports, starttls, sni, timeout_ms, concurrency.
    QJsonObject configJson() const;
    /// Reads configJson()'s fields into this target; absent fields keep their defaults.
    void readConfigJson(const QJsonObject &json);
};

} // namespace certdesk::domain
