// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace certdesk::store {

/// What an alert is about, for `alerts.object_type`.
namespace AlertObject {
inline constexpr auto Certificate = "certificate";
inline constexpr auto Job = "job";
inline constexpr auto Discovery = "discovery";
inline constexpr auto Digest = "digest";
} // namespace AlertObject

/// A new alert: one occurrence of a condition, recorded once (`occurrence` is unique).
struct NewAlert
{
    QString kind;     ///< notifier::alertKindName: "expiring", "expired", "job_failed", ...
    QString severity; ///< "info", "warning", "critical"
    QString objectType;
    QString objectId;
    QString subject;    ///< one line (alerts.message)
    QString dedupKey;   ///< the receivers' incident key (PagerDuty dedup_key, OpsGenie alias); may be empty
    QString occurrence; ///< e.g. "expiry:42:1767225600:14"
    std::optional<qint64> certificateId;
    QDateTime notAfter;  ///< of the certificate version an expiry alert is about
    int windowDays = -1; ///< the warning window that fired; -1: none
    QJsonObject message; ///< the message as composed, sent as it is on every try
};

/// A raised alert as stored (table `alerts`), with how its deliveries stand.
struct AlertRecord
{
    qint64 id = 0;
    QString kind;
    QString severity;
    QString objectType;
    QString objectId;
    QString subject;
    QString dedupKey;
    QString occurrence;
    std::optional<qint64> certificateId;
    QDateTime notAfter;
    int windowDays = -1;
    QJsonObject message;
    QDateTime raisedAt;   ///< first_at
    QDateTime notifiedAt; ///< the first successful delivery; null when none yet
    QDateTime resolvedAt; ///< null while the condition lasts
    int sent = 0;         ///< deliveries that succeeded
    int failed = 0;       ///< deliveries given up on
    int queued = 0;       ///< deliveries still to be made
};

/// One alert to one channel (table `alert_deliveries`).
struct AlertDelivery
{
    qint64 id = 0;
    qint64 alertId = 0;
    qint64 channelId = 0;
    QString channelName;
    QString channelType;
    std::optional<qint64> jobId;
    QString status; ///< "queued", "sent", "failed"
    int attempts = 0;
    QString response;  ///< the service's answer to the last try
    QString reference; ///< the service's id for it (PagerDuty dedup_key, OpsGenie requestId)
    QString error;     ///< the last try's error, when it failed
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt;
    QString jobStatus; ///< the job's status ("queued", "running", "failed", ...); empty when the job is gone
};

/// The outcome of one try, for recordAttempt().
struct DeliveryAttempt
{
    QString status; ///< "sent", "queued" (will be tried again) or "failed" (given up)
    int attempts = 0;
    QString response;
    QString reference;
    QString error;
};

/// A managed certificate whose current version expires in a range the alert rules look at.
struct ExpiryCandidate
{
    qint64 certificateId = 0;
    QString commonName;
    QString issuer;
    QString owner;
    QString sha256;
    QDateTime notAfter;
};

/// An expiry alert that is not resolved, with the certificate as it is now.
struct OpenExpiryAlert
{
    qint64 alertId = 0;
    QString occurrence;
    QString dedupKey;
    std::optional<qint64> certificateId; ///< nullopt: the certificate was deleted
    QDateTime alertNotAfter;             ///< the notAfter the alert was about
    QDateTime currentNotAfter;           ///< of the current version; null when the certificate is gone
    bool revoked = false;
    QString commonName; ///< the certificate's, or the alert's subject when it is gone
};

/// A job that failed for good.
struct FailedJob
{
    qint64 id = 0;
    QString kind;
    QString error;
    int attempts = 0;
    QDateTime failedAt;
    QJsonObject payload;
};

/// Discovered certificates that wait for triage.
struct DiscoveryBacklog
{
    qint64 awaiting = 0; ///< all that are still "new"
    qint64 newSince = 0; ///< of those, the ones with an id above the one asked about
    qint64 newestId = 0; ///< the highest id among them; 0 when none
};

/// How the jobs of one kind ended within a period.
struct JobTally
{
    QString kind;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 cancelled = 0;
};

/// The alerts (table `alerts`) and their deliveries (`alert_deliveries`), and the read-only queries
/// the alert rules and the digest run over the inventory, the discoveries and the job queue. Works
/// on the caller's connection, joining its transaction; the same SQL on SQLite and PostgreSQL.
class AlertRepository final
{
public:
    explicit AlertRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Records the alert unless its occurrence is recorded already (by this or another evaluator):
    /// the new id, or nullopt.
    Result<std::optional<qint64>> insertOnce(const NewAlert &alert, const QDateTime &now);
    /// Records that the alert goes to the channel through job `jobId`; returns the delivery's id.
    Result<qint64> addDelivery(qint64 alertId, qint64 channelId, qint64 jobId, const QDateTime &now);
    /// Records one try of a delivery; a "sent" one also marks the alert notified.
    Status recordAttempt(qint64 alertId, qint64 channelId, const DeliveryAttempt &attempt,
                         const QDateTime &now);
    /// Closes alerts: their condition is over.
    Status resolve(const QList<qint64> &alertIds, const QDateTime &now);

    /// Managed, not revoked certificates whose current version's notAfter lies in (from, until],
    /// soonest first.
    Result<QList<ExpiryCandidate>> expiryCandidates(const QDateTime &from, const QDateTime &until);
    /// The occurrences of the unresolved alerts of these kinds.
    Result<QSet<QString>> openOccurrences(const QStringList &kinds);
    /// The unresolved alerts of these kinds about certificates, with the certificates as they are now.
    Result<QList<OpenExpiryAlert>> openCertificateAlerts(const QStringList &kinds);
    /// The channels the alerts were sent, or are to be sent, to.
    Result<QList<qint64>> deliveryChannels(const QList<qint64> &alertIds);
    /// Jobs that failed for good with their last change in [since, until), oldest first, but those
    /// of `excludedKind` (the alert deliveries themselves).
    Result<QList<FailedJob>> failedJobs(const QDateTime &since, const QDateTime &until,
                                        const QString &excludedKind);
    /// The discovered certificates awaiting triage, and how many of them have an id above `seenId`.
    Result<DiscoveryBacklog> discoveryBacklog(qint64 seenId);
    /// How the jobs that ended since `since` ended, per kind, by kind.
    Result<QList<JobTally>> jobTallies(const QDateTime &since);
    /// When the newest alert of `kind` whose occurrence starts with `occurrencePrefix` was raised.
    Result<QDateTime> lastRaised(const QString &kind, const QString &occurrencePrefix);

    /// NotFound when there is no such alert.
    Result<AlertRecord> find(qint64 id);
    /// The newest alerts first.
    Result<QList<AlertRecord>> recent(int limit);
    /// The delivery of an alert to a channel, or nullopt when there is none.
    Result<std::optional<AlertDelivery>> delivery(qint64 alertId, qint64 channelId);
    /// The deliveries of an alert, by channel name.
    Result<QList<AlertDelivery>> deliveries(qint64 alertId);
    /// The newest deliveries to a channel first.
    Result<QList<AlertDelivery>> channelDeliveries(qint64 channelId, int limit);
    /// The deliveries made by these jobs, in the order of `jobIds` (a job without one is left out).
    Result<QList<AlertDelivery>> deliveriesOfJobs(const QList<qint64> &jobIds);
    /// The jobs of the deliveries of a channel that are still queued or running.
    Result<QList<qint64>> pendingDeliveryJobs(qint64 channelId);

private:
    Result<QList<AlertRecord>> selectAlerts(const QString &where, const QVariantList &bindings);
    Result<QList<AlertDelivery>> selectDeliveries(const QString &where, const QVariantList &bindings);

    QSqlDatabase m_db;
};

} // namespace certdesk::store
