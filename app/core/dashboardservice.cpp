// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/dashboardservice.h"

#include "models/store/dashboardrepository.h"
#include "models/store/database.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {
constexpr int MaxWeeks = 104;
constexpr int MaxListRows = 1000;
} // namespace

DashboardService::DashboardService(std::shared_ptr<store::Database> db) : m_db(std::move(db)) {}

Result<domain::DashboardSnapshot> DashboardService::snapshot(domain::DashboardRequest request) const
{
    if (request.weeks < 1 || request.weeks > MaxWeeks)
        return Error{
            QCoreApplication::translate("certdesk", "The expiry timeline covers 1 to %1 weeks, not %2.")
                .arg(MaxWeeks)
                .arg(request.weeks)};
    if (request.nextToExpire < 0 || request.nextToExpire > MaxListRows || request.recentJobs < 0 ||
        request.recentJobs > MaxListRows)
        return Error{
            QCoreApplication::translate("certdesk", "The dashboard lists 0 to %1 rows.").arg(MaxListRows)};
    if (request.expiringDays < 0 || request.failedJobsDays < 0)
        return Error{QCoreApplication::translate(
            "certdesk", "The warning window and the failed-jobs period cannot be negative.")};
    for (int days : std::as_const(request.warningWindows)) {
        if (days < 0 || days > 3650)
            return Error{QCoreApplication::translate(
                             "certdesk", "A warning window is 0 to 3650 days before expiry, not %1.")
                             .arg(days)};
    }
    if (!request.now.isValid())
        request.now = QDateTime::currentDateTimeUtc();
    return store::DashboardRepository(m_db->connection()).snapshot(request);
}

} // namespace certdesk::core
