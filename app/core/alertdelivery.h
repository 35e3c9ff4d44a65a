// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/jobrunner.h"
#include "connectors/notifier/channel.h"
#include "models/store/alertrepository.h"
#include "models/store/channelrepository.h"

#include <QDeadlineTimer>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class NotificationService;
class SecretStore;

namespace JobKind {
/// Delivers one alert to one channel.
inline constexpr auto Notify = "notify";
} // namespace JobKind

/// How many times a delivery is tried before it is given up on (with the runner's capped exponential
/// backoff between tries, or the service's Retry-After when that is longer).
inline constexpr int NotifyMaxAttempts = 8;

/// An alert just recorded, and the delivery jobs queued for it.
struct RaisedAlert
{
    qint64 alertId = 0;
    QList<qint64> jobIds;
};

/// Records `alert` unless its occurrence is recorded already, and queues one "notify" job per
/// channel with its delivery record (payload: alert_id, channel_id, channel; never a secret). Call
/// inside the caller's transaction on `db`, so the alert and its deliveries commit together.
/// nullopt when the occurrence was recorded before (by this or another evaluator).
Result<std::optional<RaisedAlert>> raiseAlert(QSqlDatabase db, const store::NewAlert &alert,
                                              const QList<store::AlertChannel> &channels,
                                              const QDateTime &now);

/// The delivery id a receiver sees on every try of alert `alertId` (X-CertDesk-Delivery, the
/// e-mail's Message-ID): "certdesk-alert-<id>".
QString alertDeliveryId(qint64 alertId);

/// Runs "notify" jobs: sends the stored alert through the channel (its secrets unsealed only here),
/// records each try on the delivery (attempts, the service's answer, the error), and ends the job
/// with the delivery's success in one transaction. A failure the service calls transient is retried
/// by the job queue (waiting at least its Retry-After); a permanent one (a 4xx, a refused login, bad
/// settings, a channel or alert that no longer exists) fails the job at once. A delivery already
/// made is never sent again.
class AlertDeliveryHandler final : public JobHandler
{
public:
    explicit AlertDeliveryHandler(std::shared_ptr<NotificationService> notifications);

    Status run(JobContext &context) override;
    bool isRetryable(const Error &error) const override;

private:
    std::shared_ptr<NotificationService> m_notifications;
};

/// What became of delivery jobs that were waited for.
struct DeliveryOutcome
{
    QList<store::AlertDelivery> deliveries; ///< one per job, as recorded
    int sent = 0;
    int failed = 0;  ///< given up on (or cancelled)
    int pending = 0; ///< still waiting for a retry when the deadline came
};

/// Works the queue's "notify" jobs (no other kind) on a runner of its own with `options` until the
/// jobs `jobIds` ended or `deadline` passed, sleeping through their retry backoff in between (for
/// `certdeskctl alerts run`, `digest send` and tests: blocks).
Result<DeliveryOutcome> deliverQueued(const std::shared_ptr<store::Database> &db,
                                      const std::shared_ptr<SecretStore> &secrets,
                                      const QList<qint64> &jobIds, QDeadlineTimer deadline,
                                      const JobRunner::Options &options = {});

} // namespace certdesk::core
