// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/alertdelivery.h"

#include "app/core/alertmessages.h"
#include "app/core/notificationservice.h"
#include "models/store/database.h"
#include "models/store/jobrepository.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace certdesk::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

/// The channel's failure as the job's error, its code saying whether the queue retries it.
Error jobError(const QString &channelName, const notifier::DeliveryResult &result)
{
    Error error{tr("%1: %2").arg(channelName, result.error.message), result.error.detail, result.error.code};
    if (!result.retryable && !isPermanentError(error))
        error.code = ErrorCode::InvalidInput;
    else if (result.retryable && isPermanentError(error))
        error.code = ErrorCode::Generic;
    return error;
}

QString answerText(const notifier::DeliveryResult &result)
{
    return QStringLiteral("%1 %2").arg(QString::number(result.status), result.response).trimmed();
}

} // namespace

QString alertDeliveryId(qint64 alertId)
{
    return QStringLiteral("certdesk-alert-%1").arg(alertId);
}

Result<std::optional<RaisedAlert>> raiseAlert(QSqlDatabase db, const store::NewAlert &alert,
                                              const QList<store::AlertChannel> &channels,
                                              const QDateTime &now)
{
    store::AlertRepository alerts(db);
    auto id = alerts.insertOnce(alert, now);
    if (!id)
        return id.error();
    if (!id->has_value())
        return std::optional<RaisedAlert>();
    RaisedAlert raised;
    raised.alertId = **id;
    store::JobRepository jobs(db);
    for (const auto &channel : channels) {
        store::NewJob job;
        job.kind = QString::fromLatin1(JobKind::Notify);
        job.payload = QJsonObject{{QStringLiteral("alert_id"), raised.alertId},
                                  {QStringLiteral("channel_id"), channel.id},
                                  {QStringLiteral("channel"), channel.name}};
        job.maxAttempts = NotifyMaxAttempts;
        job.dedupeKey = QStringLiteral("notify:%1:%2").arg(raised.alertId).arg(channel.id);
        auto jobId = jobs.enqueue(job);
        if (!jobId)
            return jobId.error();
        if (auto delivery = alerts.addDelivery(raised.alertId, channel.id, *jobId, now); !delivery)
            return delivery.error();
        raised.jobIds << *jobId;
    }
    return std::optional<RaisedAlert>(raised);
}

AlertDeliveryHandler::AlertDeliveryHandler(std::shared_ptr<NotificationService> notifications)
    : m_notifications(std::move(notifications))
{}

Status AlertDeliveryHandler::run(JobContext &context)
{
    const domain::Job &job = context.job();
    const qint64 alertId = qint64(job.payload.value(QStringLiteral("alert_id")).toDouble());
    const qint64 channelId = qint64(job.payload.value(QStringLiteral("channel_id")).toDouble());
    if (alertId <= 0 || channelId <= 0)
        return Error{tr("The notify job names no alert or no channel; it cannot be run."),
                     {},
                     ErrorCode::InvalidInput};
    QSqlDatabase db = context.database();
    store::AlertRepository alerts(db);
    auto delivery = alerts.delivery(alertId, channelId);
    if (!delivery)
        return delivery.error();
    if (!delivery->has_value())
        return Error{tr("The alert channel %1 or the alert was removed: there is nothing to deliver.")
                         .arg(job.payload.value(QStringLiteral("channel")).toString()),
                     {},
                     ErrorCode::NotFound};
    const store::AlertDelivery &record = **delivery;
    if (record.status == QLatin1String("sent")) {
        context.log(tr("Already delivered to %1; not sent again.").arg(record.channelName));
        return {};
    }
    auto alert = alerts.find(alertId);
    if (!alert)
        return alert.error();
    notifier::AlertMessage message = alertMessageFromJson(alert->message);
    message.deliveryId = alertDeliveryId(alertId);
    auto channel = m_notifications->channel(channelId);
    if (!channel)
        return Error{tr("%1: %2").arg(record.channelName, channel.error().message), channel.error().detail,
                     channel.error().code};

    context.setProgress(0, 1, tr("Sending to %1").arg(record.channelName));
    const notifier::DeliveryResult result =
        (*channel)->send(message, [&context] { return context.isCancelled(); });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (result.ok()) {
        store::Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        if (auto s = alerts.recordAttempt(
                alertId, channelId,
                {QStringLiteral("sent"), job.attempts, result.response, result.reference, {}}, now);
            !s)
            return s;
        if (auto s =
                context.succeedWithin(db, 1, 1, tr("Delivered to %1").arg(record.channelName),
                                      tr("Delivered to %1: %2").arg(record.channelName, answerText(result)));
            !s)
            return s;
        return transaction.commit();
    }
    if (result.error.code == ErrorCode::Cancelled)
        return result.error;
    const Error error = jobError(record.channelName, result);
    const bool givenUp = isPermanentError(error) || job.attempts >= job.maxAttempts;
    if (auto s = alerts.recordAttempt(alertId, channelId,
                                      {givenUp ? QStringLiteral("failed") : QStringLiteral("queued"),
                                       job.attempts,
                                       answerText(result),
                                       {},
                                       error.fullText()},
                                      now);
        !s)
        context.log(s.error().fullText());
    if (result.retryAfter && !givenUp) {
        context.setRetryAfter(*result.retryAfter);
        context.log(tr("%1 asked to wait %2 s before the next try.")
                        .arg(record.channelName, QString::number(result.retryAfter->count())));
    }
    return error;
}

bool AlertDeliveryHandler::isRetryable(const Error &error) const
{
    return !isPermanentError(error);
}

Result<DeliveryOutcome> deliverQueued(const std::shared_ptr<store::Database> &db,
                                      const std::shared_ptr<SecretStore> &secrets,
                                      const QList<qint64> &jobIds, QDeadlineTimer deadline,
                                      const JobRunner::Options &options)
{
    JobRunner runner(db, options);
    runner.registerHandler(
        QString::fromLatin1(JobKind::Notify),
        std::make_shared<AlertDeliveryHandler>(std::make_shared<NotificationService>(db, secrets)));
    store::JobRepository jobs(db->connection());
    for (;;) {
        runner.runUntilIdle();
        QDateTime nextTry;
        bool open = false;
        for (const qint64 id : jobIds) {
            auto job = jobs.find(id);
            if (!job)
                return job.error();
            if (domain::isFinished(job->status))
                continue;
            open = true;
            if (!nextTry.isValid() || job->runAfter < nextTry)
                nextTry = job->runAfter;
        }
        if (!open || deadline.hasExpired())
            break;
        // Retries are due from a whole second on: sleep until just past it, but not beyond the deadline.
        const qint64 untilDue = QDateTime::currentDateTimeUtc().msecsTo(nextTry) + 50;
        const qint64 left = deadline.isForever() ? untilDue : deadline.remainingTime();
        QThread::msleep(ulong(std::clamp<qint64>(untilDue, 50, std::max<qint64>(50, left))));
    }

    DeliveryOutcome outcome;
    auto deliveries = store::AlertRepository(db->connection()).deliveriesOfJobs(jobIds);
    if (!deliveries)
        return deliveries.error();
    outcome.deliveries = *deliveries;
    for (const auto &d : std::as_const(outcome.deliveries)) {
        if (d.status == QLatin1String("sent"))
            ++outcome.sent;
        else if (d.status == QLatin1String("failed") || d.jobStatus == QLatin1String("cancelled") ||
                 d.jobStatus == QLatin1String("failed"))
            ++outcome.failed;
        else
            ++outcome.pending;
    }
    return outcome;
}

} // namespace certdesk::core
