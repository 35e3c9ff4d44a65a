// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dashboard.h"
#include "models/domain/result.h"

#include <QSqlDatabase>

namespace certdesk::store {

/// The dashboard's read-only queries over the inventory, the discoveries and the job queue. Every
/// count and the expiry timeline are aggregated by the database (a few rows come back, never one per
/// certificate), in four statements (six when alerts are asked for), the same SQL on SQLite and
/// PostgreSQL; the certificates are read in one pass. The statements run one after another outside a
/// transaction, so a change committed in between may show in one part and not yet in another; the next
/// refresh shows it everywhere.
class DashboardRepository final
{
public:
    explicit DashboardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Computes the snapshot at `request.now`, which must be valid (whole seconds are used).
    Result<domain::DashboardSnapshot> snapshot(const domain::DashboardRequest &request);

private:
    Status readExpiries(const domain::DashboardRequest &request, qint64 now, domain::DashboardSnapshot &out);
    Status readQueues(const domain::DashboardRequest &request, qint64 now, domain::DashboardSnapshot &out);
    Status readNextToExpire(const domain::DashboardRequest &request, qint64 now,
                            domain::DashboardSnapshot &out);
    Status readRecentJobs(const domain::DashboardRequest &request, domain::DashboardSnapshot &out);
    Status readAlerts(const domain::DashboardRequest &request, qint64 now, domain::DashboardSnapshot &out);

    QSqlDatabase m_db;
};

} // namespace certdesk::store
