// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "models/domain/scantarget.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace certdesk::store {

/// Network scan targets (table `scan_targets`): the scan settings as JSON in `config_json`, the
/// schedule in `enabled`/`interval_hours`/`last_scan_at`, the last run's figures in
/// `last_result_json`. Names are unique. Validation is the caller's (core::NetworkScanService).
class ScanTargetRepository final
{
public:
    explicit ScanTargetRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Stores a new target and returns its id; an InvalidInput Error when the name is taken.
    Result<qint64> insert(const domain::NetworkScanTarget &target, const QDateTime &now);
    /// Replaces the settings, name and schedule of the target with `target.id` (not its last run).
    /// NotFound when there is none; InvalidInput when the new name is taken.
    Status update(const domain::NetworkScanTarget &target, const QDateTime &now);
    /// Deletes the target with this id; NotFound when there is none.
    Status remove(qint64 id);

    /// NotFound when there is no target with this name (compared exactly).
    Result<domain::NetworkScanTarget> findByName(const QString &name);
    /// Every target, by name.
    Result<QList<domain::NetworkScanTarget>> list();
    /// The enabled targets that were never scanned or whose interval has passed at `now`, the
    /// longest-waiting first.
    Result<QList<domain::NetworkScanTarget>> due(const QDateTime &now);

    /// Records a finished run: last_scan_at = summary.startedAt, its scan id and figures.
    Status recordRun(qint64 id, const domain::NetworkScanSummary &summary);
    /// Notes in the discovery_scans row `scanId` which target it ran for.
    Status linkScan(qint64 scanId, qint64 targetId);

private:
    Result<QList<domain::NetworkScanTarget>> select(const QString &where, const QVariantList &bindings);

    QSqlDatabase m_db;
};

} // namespace certdesk::store
