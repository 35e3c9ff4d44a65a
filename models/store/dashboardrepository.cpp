// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/dashboardrepository.h"

#include "models/store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace certdesk::store {

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 UrgencyDays7 = domain::UrgencyDays[0];
constexpr qint64 UrgencyDays14 = domain::UrgencyDays[1];
constexpr qint64 UrgencyDays30 = domain::UrgencyDays[2];

/// Whether version `v` is its certificate's current one (no version with a higher version_no): an
/// anti-join, as in CertificateRepository::summaries().
const QString IsCurrentVersion =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM certificate_versions n "
                   "WHERE n.certificate_id = v.certificate_id AND n.version_no > v.version_no)");

/// The current version of every managed certificate, with a NULL notAfter read as long expired.
/// Referenced once per statement, so both SQLite and PostgreSQL inline it and keep only the columns
/// the statement uses.
const QString CurrentCertificates =
    QStringLiteral("WITH cur AS (SELECT c.id, c.revoked, COALESCE(v.not_after, 0) AS na "
                   "FROM certificates c JOIN certificate_versions v ON v.certificate_id = c.id WHERE ") +
    IsCurrentVersion + QStringLiteral(") ");

/// The columns of an ExpiringCertificate row (readExpiring()), from versions `v` joined to certificates `c`.
const QString ExpiringColumns =
    QStringLiteral("c.id, c.common_name, v.issuer_cn, v.issuer_dn, c.owner, v.not_after");

/// The columns of a JobOutcome row (readJobOutcome()).
const QString JobOutcomeColumns = QStringLiteral("id, kind, status, message, error, updated_at");

QVariant secs(qint64 value)
{
    return QVariant(qlonglong(value));
}

domain::ExpiringCertificate readExpiring(const QSqlQuery &q)
{
    domain::ExpiringCertificate c;
    c.id = q.value(0).toLongLong();
    c.commonName = q.value(1).toString();
    c.issuer = q.value(2).toString();
    if (c.issuer.isEmpty())
        c.issuer = q.value(3).toString();
    c.owner = q.value(4).toString();
    c.notAfter = fromDbTime(q.value(5));
    return c;
}

domain::JobOutcome readJobOutcome(const QSqlQuery &q)
{
    domain::JobOutcome j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.status = domain::jobStatusFromKey(q.value(2).toString()).value_or(domain::JobStatus::Failed);
    const QString error = q.value(4).toString();
    j.message = j.status == domain::JobStatus::Failed && !error.isEmpty() ? error : q.value(3).toString();
    j.finishedAt = fromDbTime(q.value(5));
    return j;
}

} // namespace

Result<domain::DashboardSnapshot> DashboardRepository::snapshot(const domain::DashboardRequest &request)
{
    if (!request.now.isValid())
        return Error{
            QCoreApplication::translate("certdesk", "The dashboard needs the time to compute it at.")};
    const qint64 now = request.now.toSecsSinceEpoch();
    domain::DashboardSnapshot out;
    out.computedAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    out.expiringDays = request.expiringDays;
    out.failedJobsDays = request.failedJobsDays;
    for (auto step : {&DashboardRepository::readExpiries, &DashboardRepository::readQueues,
                      &DashboardRepository::readNextToExpire, &DashboardRepository::readAlerts}) {
        if (auto s = (this->*step)(request, now, out); !s)
            return s.error();
    }
    if (auto s = readRecentJobs(request, out); !s)
        return s.error();
    return out;
}

Status DashboardRepository::readExpiries(const domain::DashboardRequest &request, qint64 now,
                                         domain::DashboardSnapshot &out)
{
    // One pass over the current versions, grouped by the day in which each certificate expires:
    // day d holds notAfter in (now + d days, now + d + 1 days]; -1 is later than the horizon, -2
    // expired, -3 revoked. Every expiry count and the timeline are sums over these few hundred rows
    // (the grouping sorts single integers, cheaper than a dozen conditional sums per row).
    const qint64 horizon = std::max<qint64>({qint64(request.weeks) * 7, request.expiringDays, UrgencyDays30});
    auto q = runQuery(
        m_db,
        CurrentCertificates +
            QStringLiteral("SELECT CASE WHEN revoked <> 0 THEN -3 WHEN na <= ? THEN -2 WHEN na > ? THEN -1 "
                           "ELSE (na - ? - 1) / %1 END AS d, count(*) FROM cur GROUP BY d")
                .arg(Day),
        {secs(now), secs(now + horizon * Day), secs(now)},
        QCoreApplication::translate("certdesk", "count the certificates for the dashboard"));
    if (!q)
        return q.error();
    std::vector<qint64> byDay(size_t(horizon), 0);
    auto &t = out.totals;
    t = {};
    while (q.value().next()) {
        const qint64 d = q.value().value(0).toLongLong();
        const qint64 n = q.value().value(1).toLongLong();
        t.managed += n;
        if (d == -3)
            t.revoked += n;
        else if (d == -2)
            t.expired += n;
        else if (d >= 0 && d < horizon)
            byDay[size_t(d)] += n;
    }
    const auto within = [&byDay](qint64 days) {
        qint64 sum = 0;
        for (qint64 d = 0; d < days && d < qint64(byDay.size()); ++d)
            sum += byDay[size_t(d)];
        return sum;
    };
    t.expiringIn7 = within(UrgencyDays7);
    t.expiringIn14 = within(UrgencyDays14);
    t.expiringIn30 = within(UrgencyDays30);
    t.expiringInWindow = within(request.expiringDays);
    t.valid = t.managed - t.revoked - t.expired - t.expiringInWindow;

    out.weeks.clear();
    for (int w = 0; w < request.weeks; ++w) {
        domain::ExpiryWeek week{w, {}};
        for (int d = 7 * w; d < 7 * w + 7; ++d)
            week.byUrgency[size_t(domain::urgencyOf(qint64(d) * Day + 1))] += byDay[size_t(d)];
        out.weeks << week;
    }
    return {};
}

Status DashboardRepository::readQueues(const domain::DashboardRequest &request, qint64 now,
                                       domain::DashboardSnapshot &out)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT (SELECT count(*) FROM discovered_certificates WHERE status = 'new'), "
                                "(SELECT count(*) FROM jobs WHERE status = 'failed' AND updated_at >= ?)"),
                 {secs(now - request.failedJobsDays * Day)},
                 QCoreApplication::translate("certdesk", "count the discoveries and failed jobs"));
    if (!q)
        return q.error();
    if (q.value().next()) {
        out.totals.discoveredAwaitingTriage = q.value().value(0).toLongLong();
        out.totals.failedJobs = q.value().value(1).toLongLong();
    }
    return {};
}

Status DashboardRepository::readNextToExpire(const domain::DashboardRequest &request, qint64 now,
                                             domain::DashboardSnapshot &out)
{
    // Driven by idx_certificate_versions_not_after: the rows come in index order from `now` on.
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT ") + ExpiringColumns +
            QStringLiteral(" FROM certificate_versions v JOIN certificates c ON c.id = v.certificate_id "
                           "WHERE v.not_after > ? AND c.revoked = 0 AND ") +
            IsCurrentVersion + QStringLiteral(" ORDER BY v.not_after, v.id LIMIT ?"),
        {secs(now), request.nextToExpire},
        QCoreApplication::translate("certdesk", "find the certificates that expire next"));
    if (!q)
        return q.error();
    out.nextToExpire.clear();
    while (q.value().next())
        out.nextToExpire << readExpiring(q.value());
    return {};
}

Status DashboardRepository::readRecentJobs(const domain::DashboardRequest &request,
                                           domain::DashboardSnapshot &out)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT ") + JobOutcomeColumns +
                          QStringLiteral(" FROM jobs WHERE status IN ('succeeded', 'failed', 'cancelled') "
                                         "ORDER BY updated_at DESC, id DESC LIMIT ?"),
                      {request.recentJobs},
                      QCoreApplication::translate("certdesk", "read the recent job results"));
    if (!q)
        return q.error();
    out.recentJobs.clear();
    while (q.value().next())
        out.recentJobs << readJobOutcome(q.value());
    return {};
}

Status DashboardRepository::readAlerts(const domain::DashboardRequest &request, qint64 now,
                                       domain::DashboardSnapshot &out)
{
    if (!request.alertsSince || request.warningWindows.isEmpty())
        return {};
    const qint64 since = request.alertsSince->toSecsSinceEpoch();
    out.alertsSince = QDateTime::fromSecsSinceEpoch(since, Qt::UTC);
    if (since >= now)
        return {};

    // A certificate enters the window of W days when now passes notAfter - W days: in [since, now)
    // that is notAfter in [since + W days, now + W days).
    QStringList ranges;
    QVariantList bindings;
    for (int days : request.warningWindows) {
        ranges << QStringLiteral("(v.not_after >= ? AND v.not_after < ?)");
        bindings << secs(since + days * Day) << secs(now + days * Day);
    }
    bindings << domain::AlertListLimit;
    auto entered = runQuery(
        m_db,
        QStringLiteral("SELECT ") + ExpiringColumns +
            QStringLiteral(", count(*) OVER () FROM certificate_versions v "
                           "JOIN certificates c ON c.id = v.certificate_id WHERE c.revoked = 0 AND (") +
            ranges.join(QLatin1String(" OR ")) + QStringLiteral(") AND ") + IsCurrentVersion +
            QStringLiteral(" ORDER BY v.not_after, v.id LIMIT ?"),
        bindings,
        QCoreApplication::translate("certdesk", "find the certificates that entered a warning window"));
    if (!entered)
        return entered.error();
    QList<int> windows = request.warningWindows;
    std::sort(windows.begin(), windows.end());
    while (entered.value().next()) {
        auto c = readExpiring(entered.value());
        const qint64 left = c.notAfter.toSecsSinceEpoch() - now;
        for (int days : windows) {
            if (left < days * Day) {
                c.windowDays = days;
                break;
            }
        }
        out.enteredWindowsTotal = entered.value().value(6).toLongLong();
        out.enteredWindows << c;
    }

    auto failed = runQuery(
        m_db,
        QStringLiteral("SELECT ") + JobOutcomeColumns +
            QStringLiteral(", count(*) OVER () FROM jobs WHERE status = 'failed' AND updated_at >= ? "
                           "AND updated_at < ? ORDER BY updated_at DESC, id DESC LIMIT ?"),
        {secs(since), secs(now), domain::AlertListLimit},
        QCoreApplication::translate("certdesk", "find the jobs that failed"));
    if (!failed)
        return failed.error();
    while (failed.value().next()) {
        out.failedSinceTotal = failed.value().value(6).toLongLong();
        out.failedSince << readJobOutcome(failed.value());
    }
    return {};
}

} // namespace certdesk::store
