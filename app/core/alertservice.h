// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "models/store/alertrepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// The settings keys of the alert rules (table `settings`).
namespace AlertSetting {
/// The warning windows in days, comma-separated ("30,14,7,0"); 0 is the expiry itself.
inline constexpr auto Windows = "alerts.windows";
/// When the rules last ran (epoch seconds): job failures are looked for from then on.
inline constexpr auto LastEvaluated = "alerts.last_evaluated_at";
/// The highest discovered certificate id an alert was raised for.
inline constexpr auto DiscoveriesSeen = "alerts.discoveries_seen_id";
} // namespace AlertSetting

/// What one run of the alert rules did.
struct AlertEvaluation
{
    QDateTime at;
    int raised = 0;         ///< new alerts, resolve messages included
    int resolved = 0;       ///< expiry alerts closed (renewed, revoked or removed certificates)
    QList<qint64> alertIds; ///< the new alerts
    QList<qint64> jobIds;   ///< the delivery jobs queued for them, one per alert and channel
};

/// The alert rules. evaluate() looks at the inventory, the job queue and the discoveries, and in one
/// transaction records what is due and queues its deliveries ("notify" jobs, one per alert and
/// channel that receives alerts), so nothing is lost or sent twice, also with several consoles and
/// daemons on one inventory and across restarts:
/// - a managed certificate (not revoked) whose current version entered a warning window (default
///   30, 14, 7 and 0 days, the setting `alerts.windows`; 0 is "expired", looked at for 30 days after
///   the expiry) raises one alert per window: only the smallest window it is in counts;
/// - a job that failed for good (the deliveries' own "notify" jobs aside);
/// - discovered certificates awaiting triage, when new ones arrived since the last such alert;
/// - an open expiry alert whose certificate was renewed (its current version's notAfter changed),
///   revoked or removed is resolved, and a resolve message (PagerDuty resolve, OpsGenie close, same
///   dedup key) goes to the channels that got the alert.
/// Blocking: call from worker threads (AlertScheduler, the CLI).
class AlertService final
{
public:
    static constexpr int ExpiredLookbackDays = 30;

    explicit AlertService(std::shared_ptr<store::Database> db);

    /// The warning windows in days, largest first (the default when the setting is absent).
    Result<QList<int>> windows() const;
    /// Sets the warning windows: 1 to 10 whole numbers of days from 0 to 365. Audited.
    Status setWindows(const QList<int> &days);
    /// Parses "30, 14, 7, 0"; an InvalidInput Error that says what is wrong.
    static Result<QList<int>> parseWindows(const QString &text);
    static QString formatWindows(const QList<int> &days);

    /// Runs the rules at `now` (tests move it; the schedulers pass the current time).
    Result<AlertEvaluation> evaluate(const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// The newest alerts first, with how their deliveries stand.
    Result<QList<store::AlertRecord>> recent(int limit = 100) const;
    Result<store::AlertRecord> find(qint64 id) const;
    /// The deliveries of an alert, by channel name.
    Result<QList<store::AlertDelivery>> deliveries(qint64 alertId) const;

private:
    std::shared_ptr<store::Database> m_db;
};

} // namespace certdesk::core
