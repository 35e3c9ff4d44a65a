// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"
#include "models/domain/job.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace certdesk::domain {

/// How soon a certificate expires, as the dashboard colours it: the expiry timeline stacks each week's
/// bar by these, and the totals count the first three.
enum class ExpiryUrgency { Within7Days, Within14Days, Within30Days, Later };
inline constexpr int ExpiryUrgencyCount = 4;
/// The last day (counted from now) of each urgency but Later: 7, 14, 30.
inline constexpr std::array<int, 3> UrgencyDays{7, 14, 30};

/// What the dashboard asks for. Every count is taken at `now`.
struct DashboardRequest
{
    QDateTime now;                          ///< invalid = the current time
    int expiringDays = DefaultExpiringDays; ///< the warning window of the "expiring" status
    int weeks = 26;                         ///< length of the expiry timeline
    int nextToExpire = 15;                  ///< rows of the "next to expire" list
    int recentJobs = 10;                    ///< rows of the recent job results
    int failedJobsDays = 7; ///< failed jobs are counted when they failed within this many days
    /// When set, the snapshot also lists what changed in [alertsSince, now): certificates that entered
    /// one of `warningWindows` (or were added already inside one) and jobs that failed (for notifications).
    std::optional<QDateTime> alertsSince;
    QList<int> warningWindows{30, 14, 7, 0}; ///< days before expiry; 0 = the certificate expired
};

/// The dashboard's totals. Revoked certificates count only as revoked; the expiry counts are of
/// certificates not yet expired (now < notAfter <= now + N days).
struct DashboardTotals
{
    qint64 managed = 0;
    qint64 valid = 0;            ///< not revoked, expiring after the warning window
    qint64 expiringInWindow = 0; ///< not revoked, expiring within the warning window (status Expiring)
    qint64 expiringIn30 = 0;
    qint64 expiringIn14 = 0;
    qint64 expiringIn7 = 0;
    qint64 expired = 0; ///< not revoked, notAfter <= now (or unknown)
    qint64 revoked = 0;
    qint64 discoveredAwaitingTriage = 0; ///< discovered certificates still "new"
    qint64 failedJobs = 0;               ///< jobs that failed for good within failedJobsDays
};

/// One week of the expiry timeline: the certificates (not revoked) whose notAfter lies in
/// (now + 7·week days, now + 7·(week + 1) days], counted per urgency.
struct ExpiryWeek
{
    int week = 0;
    std::array<qint64, ExpiryUrgencyCount> byUrgency{};
    qint64 total() const { return byUrgency[0] + byUrgency[1] + byUrgency[2] + byUrgency[3]; }
};

/// A certificate of the "next to expire" list, or one that entered a warning window.
struct ExpiringCertificate
{
    qint64 id = 0;
    QString commonName;
    QString issuer;
    QString owner;
    QDateTime notAfter;
    int windowDays = -1; ///< for an alert: the smallest warning window it is in now; -1 otherwise
};

/// A finished job as the dashboard lists it.
struct JobOutcome
{
    qint64 id = 0;
    QString kind;
    JobStatus status = JobStatus::Succeeded;
    QString message; ///< the error of a failed job, else its last message
    QDateTime finishedAt;
};

/// Everything the dashboard (and the tray) shows, computed in one go on a worker thread.
struct DashboardSnapshot
{
    QDateTime computedAt;
    int expiringDays = DefaultExpiringDays;
    int failedJobsDays = 7;
    DashboardTotals totals;
    QList<ExpiryWeek> weeks; ///< every week of the request, in order, empty ones included
    QList<ExpiringCertificate> nextToExpire;
    QList<JobOutcome> recentJobs; ///< newest first
    /// Filled when the request had alertsSince: what happened in [alertsSince, computedAt).
    std::optional<QDateTime> alertsSince;
    QList<ExpiringCertificate> enteredWindows; ///< soonest expiry first, at most AlertListLimit
    qint64 enteredWindowsTotal = 0;            ///< all of them, also those beyond the list
    QList<JobOutcome> failedSince;             ///< newest first, at most AlertListLimit
    qint64 failedSinceTotal = 0;
};

/// How many entries of each alert list a snapshot carries (the totals count all).
inline constexpr int AlertListLimit = 200;

/// What needs attention: certificates expiring within the warning window, expired ones (revoked
/// ones aside), and jobs that failed recently. The tray's badge and the dashboard's summary show it.
inline qint64 attentionCount(const DashboardTotals &totals)
{
    return totals.expiringInWindow + totals.expired + totals.failedJobs;
}

/// The urgency of a certificate that expires `secondsLeft` seconds from now (not yet expired).
inline ExpiryUrgency urgencyOf(qint64 secondsLeft)
{
    for (size_t i = 0; i < UrgencyDays.size(); ++i) {
        if (secondsLeft <= qint64(UrgencyDays[i]) * 86400)
            return ExpiryUrgency(i);
    }
    return ExpiryUrgency::Later;
}

} // namespace certdesk::domain
