// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dashboard.h"
#include "models/domain/result.h"

#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// Computes what the dashboard and the tray show: totals, the expiry timeline, the status breakdown,
/// the next certificates to expire, the recent job results and, on request, what entered a warning
/// window or failed since a given time. The database aggregates (store::DashboardRepository), so a
/// snapshot of 100,000 certificates reads a few dozen rows. Runs on worker threads (each call uses
/// the calling thread's database connection); never writes.
class DashboardService final
{
public:
    explicit DashboardService(std::shared_ptr<store::Database> db);

    /// The snapshot at `request.now` (the current time when invalid). A request out of range (no
    /// weeks or more than 104, negative list sizes or windows) is refused with an error saying so.
    Result<domain::DashboardSnapshot> snapshot(domain::DashboardRequest request) const;

private:
    std::shared_ptr<store::Database> m_db;
};

} // namespace certdesk::core
