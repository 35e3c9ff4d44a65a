// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dashboard.h"
#include "models/domain/result.h"
#include "models/store/alertrepository.h"
#include "models/store/channelrepository.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// The settings key of the digest's schedule: "daily" (the default), "weekly", "off", or a number
/// of hours or days ("12h", "2d").
namespace DigestSetting {
inline constexpr auto Schedule = "digest.schedule";
}

/// How often the digest is sent.
struct DigestSchedule
{
    QString text;                   ///< as stored: "daily", "weekly", "off", "12h", "2d"
    std::chrono::hours interval{0}; ///< 0: off
    bool enabled() const { return interval.count() > 0; }
};

/// The digest as composed at one moment.
struct DigestContent
{
    QDateTime at;
    QString subject;
    QString html;                   ///< a whole e-mail-safe document: tables and inline styles only
    QString text;                   ///< the same as plain text
    domain::DashboardTotals totals; ///< failed jobs counted over the last 30 days
    QList<store::ExpiryCandidate>
        expiring;                 ///< expired in the last 30 days or expiring within 30, soonest first
    qint64 expiringNotListed = 0; ///< beyond the list's length
    QList<store::JobTally> jobs;  ///< how the jobs of the last 30 days ended, by kind
    QList<store::FailedJob> recentFailures; ///< the newest failures of those, newest first
};

/// A digest queued for delivery.
struct DigestDelivery
{
    qint64 alertId = 0;
    QList<qint64> jobIds; ///< one "notify" job per recipient
    QStringList channels; ///< the recipients' names
};

/// The digest: an HTML summary of the inventory (totals, the certificates expiring within 30 days or
/// expired within the last 30, colour-coded by urgency, the job results of the last 30 days) with a
/// plain text part, for an in-app preview, Send now, and a schedule (the setting `digest.schedule`,
/// daily by default) that AlertScheduler follows. It goes to the enabled e-mail channels marked
/// "receives the digest", as an alert of kind "digest" delivered by "notify" jobs like every alert
/// (retried, recorded, once per scheduled slot even with several consoles and daemons). The totals
/// come from DashboardService. Blocking: call from worker threads.
class DigestService final
{
public:
    static constexpr int ListLimit = 100;
    static constexpr int PeriodDays = 30;
    static constexpr int RecentFailures = 10;

    explicit DigestService(std::shared_ptr<store::Database> db);

    Result<DigestContent> compose(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// The digest's HTML, as the e-mail would carry it.
    Result<QString> preview(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// Queues the digest to its recipients now, outside the schedule. Audited. An InvalidInput Error
    /// saying what to do when no channel receives the digest.
    Result<DigestDelivery> sendNow(const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Queues the scheduled digest when it is due (never sent, or its interval passed since the last
    /// scheduled one); nullopt when it is not due, the schedule is off, or nobody receives it.
    Result<std::optional<DigestDelivery>> sendIfDue(const QDateTime &now = QDateTime::currentDateTimeUtc());

    Result<DigestSchedule> schedule() const;
    /// Sets the schedule (see DigestSetting::Schedule); an InvalidInput Error for anything else. Audited.
    Status setSchedule(const QString &text);
    static Result<DigestSchedule> parseSchedule(const QString &text);
    /// When the scheduled digest is due next; invalid when the schedule is off.
    Result<QDateTime> nextDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// The channels the digest goes to.
    Result<QList<store::AlertChannel>> recipients() const;

private:
    Result<DigestDelivery> queue(const DigestContent &content, const QString &occurrence,
                                 const QList<store::AlertChannel> &channels, bool audit);

    std::shared_ptr<store::Database> m_db;
};

} // namespace certdesk::core
