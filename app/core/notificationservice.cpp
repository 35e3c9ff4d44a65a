// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/notificationservice.h"

#include "app/core/auditlog.h"
#include "app/core/sealedentries.h"
#include "models/store/database.h"
#include "models/store/jobrepository.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

/// The audit details of a Send test: the channel's name and the outcome.
const char *const TestSent = QT_TRANSLATE_NOOP("certdesk", "Sent a test alert through %1: %2");

Status checkOptions(const QString &type, const ChannelOptions &options)
{
    if (options.receivesDigest && type != QLatin1String("email"))
        return Error{tr("Only e-mail channels receive the digest; this one is a %1 channel.").arg(type),
                     {},
                     ErrorCode::InvalidInput};
    return {};
}

QString describeResult(const notifier::DeliveryResult &result)
{
    if (result.ok())
        return tr("delivered (%1 %2)").arg(QString::number(result.status), result.response).trimmed();
    return tr("failed: %1").arg(result.error.fullText());
}

} // namespace

NotificationService::NotificationService(std::shared_ptr<store::Database> db,
                                         std::shared_ptr<SecretStore> secrets)
    : SealedEntries(EntryKind{QStringLiteral("notify"),
                              QStringLiteral("alert_channel"),
                              {AuditAction::ChannelAdd, AuditAction::ChannelEdit, AuditAction::ChannelRemove,
                               AuditAction::ChannelTest},
                              QT_TRANSLATE_NOOP("certdesk",
                                                "There is no alert channel type \"%1\". The types are: %2.")},
                    &notifier::channelTypes, std::move(db), std::move(secrets))
{}

Result<qint64> NotificationService::add(const QString &name, const QString &type,
                                        const notifier::ChannelSettings &settings,
                                        const ChannelOptions &options)
{
    if (auto s = checkOptions(type, options); !s)
        return s.error();
    ChannelRecord record;
    record.name = name;
    record.type = type;
    record.enabled = options.enabled;
    record.receivesAlerts = options.receivesAlerts;
    record.receivesDigest = options.receivesDigest;
    return addEntry(record, settings, QT_TRANSLATE_NOOP("certdesk", "Added %1 alert channel %2 (%3)"));
}

Status NotificationService::update(const QString &name, const notifier::ChannelSettings &settings)
{
    return updateEntry(name, settings, QT_TRANSLATE_NOOP("certdesk", "Changed %1 alert channel %2 (%3)"));
}

Status NotificationService::setOptions(const QString &name, const ChannelOptions &options)
{
    return changeEntry(
        name,
        [&](QSqlDatabase, store::ChannelRepository &repo, const ChannelRecord &record) -> Result<Changed> {
            if (auto s = checkOptions(record.type, options); !s)
                return s.error();
            ChannelRecord changed = record;
            changed.enabled = options.enabled;
            changed.receivesAlerts = options.receivesAlerts;
            changed.receivesDigest = options.receivesDigest;
            if (auto s = repo.update(changed, QDateTime::currentDateTimeUtc()); !s)
                return s.error();
            const auto yesNo = [](bool on) { return on ? tr("yes") : tr("no"); };
            return Changed{kind().actions.edit,
                           tr("Alert channel %1: enabled %2, alerts %3, digest %4")
                               .arg(name, yesNo(options.enabled), yesNo(options.receivesAlerts),
                                    yesNo(options.receivesDigest))};
        });
}

Status NotificationService::remove(const QString &name)
{
    // Its deliveries still queued are cancelled with it.
    return removeEntry(
        name, QT_TRANSLATE_NOOP("certdesk", "Removed %1 alert channel %2 with its delivery history"),
        [](QSqlDatabase db, const ChannelRecord &record) -> Status {
            auto pending = store::AlertRepository(db).pendingDeliveryJobs(record.id);
            if (!pending)
                return pending.error();
            store::JobRepository jobs(db);
            for (const qint64 job : std::as_const(*pending)) {
                // A job that ended meanwhile has nothing to cancel; its handler finds the channel gone.
                if (auto s = jobs.requestCancel(job); !s && s.error().code != ErrorCode::Generic)
                    return s;
            }
            return {};
        });
}

Result<notifier::DeliveryResult> NotificationService::test(const QString &name,
                                                           const notifier::CancelCheck &cancelled)
{
    return recordTest(name, made(name), cancelled, TestSent);
}

Result<notifier::DeliveryResult> NotificationService::test(const QString &name, const QString &type,
                                                           const notifier::ChannelSettings &settings,
                                                           const notifier::CancelCheck &cancelled)
{
    auto channelType = this->type(type);
    if (!channelType)
        return channelType.error();
    return recordTest(name, make(**channelType, settings), cancelled, TestSent);
}

Result<notifier::DeliveryResult> NotificationService::testChanged(const QString &name,
                                                                  const notifier::ChannelSettings &settings,
                                                                  const notifier::CancelCheck &cancelled)
{
    return recordTest(
        name, made(name, &settings), cancelled,
        QT_TRANSLATE_NOOP("certdesk", "Sent a test alert through %1 with changed, unsaved settings: %2"));
}

Result<notifier::DeliveryResult>
NotificationService::recordTest(const QString &name, Result<std::unique_ptr<notifier::Channel>> channel,
                                const notifier::CancelCheck &cancelled, const char *details)
{
    if (!channel)
        return channel.error();
    notifier::DeliveryResult result = (*channel)->send(notifier::makeTestAlert(name), cancelled);
    if (auto s = auditTest(name, tr(details).arg(name, describeResult(result))); !s)
        return s.error();
    return result;
}

Result<std::unique_ptr<notifier::Channel>> NotificationService::channel(qint64 id) const
{
    auto db = database()->connection();
    auto record = store::ChannelRepository(db).findById(id);
    if (!record)
        return record.error();
    return made(db, *record);
}

Result<QList<store::AlertDelivery>> NotificationService::deliveries(const QString &name, int limit) const
{
    auto db = database()->connection();
    auto record = store::ChannelRepository(db).findByName(name);
    if (!record)
        return record.error();
    return store::AlertRepository(db).channelDeliveries(record->id, limit);
}

} // namespace certdesk::core
