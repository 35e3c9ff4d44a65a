// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/notificationservice.h"

#include "app/core/auditlog.h"
#include "app/core/sealedsettings.h"
#include "models/store/database.h"
#include "models/store/jobrepository.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

Error invalid(const QString &message)
{
    return Error{message, {}, ErrorCode::InvalidInput};
}

/// Where a channel's secrets are sealed: notify/<name>/<field>.
SealedSettings sealedSettings(const QString &name)
{
    return SealedSettings(
        QStringLiteral("notify"), name,
        {QT_TRANSLATE_NOOP("certdesk", "The %1 channel has no setting \"%2\". Its settings are: %3."),
         QT_TRANSLATE_NOOP("certdesk", "The secret %1 of alert channel %2 is missing from the inventory; set "
                                       "it again.")});
}

Status checkName(const QString &name)
{
    return SealedSettings::checkName(
        name, QT_TRANSLATE_NOOP("certdesk", "\"%1\" cannot name an alert channel: use 1 to 64 "
                                            "letters, digits, '.', '-' or '_', starting with a "
                                            "letter or digit."));
}

Result<const notifier::ChannelType *> typeNamed(const QString &type)
{
    if (const auto *found = notifier::findChannelType(type))
        return found;
    QStringList known;
    for (const auto &t : notifier::channelTypes())
        known << t.name;
    return invalid(tr("There is no alert channel type \"%1\". The types are: %2.")
                       .arg(type, known.join(QStringLiteral(", "))));
}

Status checkOptions(const QString &type, const ChannelOptions &options)
{
    if (options.receivesDigest && type != QLatin1String("email"))
        return invalid(tr("Only e-mail channels receive the digest; this one is a %1 channel.").arg(type));
    return {};
}

/// Checks the settings with the type (keys, fields, kinds) and makes the channel. No I/O.
Result<std::unique_ptr<notifier::Channel>> makeChannel(const QString &name, const notifier::ChannelType &type,
                                                       const notifier::ChannelSettings &settings)
{
    return sealedSettings(name).create<std::unique_ptr<notifier::Channel>>(type.name, type.fields, settings,
                                                                           type.create);
}

QString describeResult(const notifier::DeliveryResult &result)
{
    if (result.ok())
        return tr("delivered (%1 %2)").arg(QString::number(result.status), result.response).trimmed();
    return tr("failed: %1").arg(result.error.fullText());
}

Status commitWithAudit(store::Transaction &transaction, QSqlDatabase db, const char *action,
                       const QString &name, const QString &details)
{
    if (auto s = recordAudit(db, action, QStringLiteral("alert_channel"), name, details); !s)
        return s;
    return transaction.commit();
}

} // namespace

NotificationService::NotificationService(std::shared_ptr<store::Database> db,
                                         std::shared_ptr<SecretStore> secrets)
    : m_db(std::move(db)), m_secrets(std::move(secrets))
{}

Result<QList<ChannelRecord>> NotificationService::list() const
{
    return store::ChannelRepository(m_db->connection()).list();
}

Result<ChannelRecord> NotificationService::find(const QString &name) const
{
    return store::ChannelRepository(m_db->connection()).findByName(name);
}

Result<qint64> NotificationService::add(const QString &name, const QString &type,
                                        const notifier::ChannelSettings &settings,
                                        const ChannelOptions &options)
{
    if (auto s = checkName(name); !s)
        return s.error();
    auto channelType = typeNamed(type);
    if (!channelType)
        return channelType.error();
    if (auto s = checkOptions(type, options); !s)
        return s.error();
    if (auto channel = makeChannel(name, **channelType, settings); !channel)
        return channel.error();
    auto db = m_db->connection();
    store::ChannelRepository repo(db);
    if (auto existing = repo.findByName(name); existing)
        return invalid(tr("An alert channel named \"%1\" already exists; choose another name.").arg(name));
    else if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    const SealedSettings sealing = sealedSettings(name);
    auto sealed = sealing.seal(*m_secrets, settings);
    if (!sealed)
        return sealed.error();

    ChannelRecord record;
    record.name = name;
    record.type = type;
    record.config = settings.values;
    record.secretKeys = SealedSettings::secretKeys(settings);
    record.enabled = options.enabled;
    record.receivesAlerts = options.receivesAlerts;
    record.receivesDigest = options.receivesDigest;
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto id = repo.insert(record, QDateTime::currentDateTimeUtc());
    if (!id)
        return id.error();
    if (auto s = SealedSettings::put(db, *sealed); !s)
        return s.error();
    if (auto s = commitWithAudit(
            transaction, db, AuditAction::ChannelAdd, name,
            tr("Added %1 alert channel %2 (%3)").arg(type, name, SealedSettings::describeKeys(settings)));
        !s)
        return s.error();
    return *id;
}

Status NotificationService::update(const QString &name, const notifier::ChannelSettings &settings)
{
    auto db = m_db->connection();
    store::ChannelRepository repo(db);
    auto record = repo.findByName(name);
    if (!record)
        return record.error();
    auto channelType = typeNamed(record->type);
    if (!channelType)
        return channelType.error();
    const SealedSettings sealing = sealedSettings(name);
    // The settings to check are the new ones with the sealed secrets they do not replace.
    auto stored = sealing.load(db, *m_secrets, record->config, record->secretKeys);
    if (!stored)
        return stored.error();
    notifier::ChannelSettings merged = settings.clone();
    for (auto &[key, value] : stored->secrets)
        merged.secrets.try_emplace(key, std::move(value));
    if (auto channel = makeChannel(name, **channelType, merged); !channel)
        return channel.error();
    auto sealed = sealing.seal(*m_secrets, settings);
    if (!sealed)
        return sealed.error();

    ChannelRecord changed = *record;
    changed.config = settings.values;
    changed.secretKeys = SealedSettings::secretKeys(merged);
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto s = repo.update(changed, QDateTime::currentDateTimeUtc()); !s)
        return s;
    if (auto s = SealedSettings::put(db, *sealed); !s)
        return s;
    return commitWithAudit(transaction, db, AuditAction::ChannelEdit, name,
                           tr("Changed %1 alert channel %2 (%3)")
                               .arg(record->type, name, SealedSettings::describeKeys(settings)));
}

Status NotificationService::setOptions(const QString &name, const ChannelOptions &options)
{
    auto db = m_db->connection();
    store::ChannelRepository repo(db);
    auto record = repo.findByName(name);
    if (!record)
        return record.error();
    if (auto s = checkOptions(record->type, options); !s)
        return s;
    ChannelRecord changed = *record;
    changed.enabled = options.enabled;
    changed.receivesAlerts = options.receivesAlerts;
    changed.receivesDigest = options.receivesDigest;
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto s = repo.update(changed, QDateTime::currentDateTimeUtc()); !s)
        return s;
    const auto yesNo = [](bool on) { return on ? tr("yes") : tr("no"); };
    return commitWithAudit(
        transaction, db, AuditAction::ChannelEdit, name,
        tr("Alert channel %1: enabled %2, alerts %3, digest %4")
            .arg(name, yesNo(options.enabled), yesNo(options.receivesAlerts), yesNo(options.receivesDigest)));
}

Status NotificationService::remove(const QString &name)
{
    auto db = m_db->connection();
    store::ChannelRepository repo(db);
    auto record = repo.findByName(name);
    if (!record)
        return record.error();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto pending = store::AlertRepository(db).pendingDeliveryJobs(record->id);
    if (!pending)
        return pending.error();
    store::JobRepository jobs(db);
    for (const qint64 job : std::as_const(*pending)) {
        // A job that ended meanwhile has nothing to cancel; its handler finds the channel gone.
        if (auto s = jobs.requestCancel(job); !s && s.error().code != ErrorCode::Generic)
            return s;
    }
    if (auto s = repo.remove(record->id); !s)
        return s;
    if (auto s = sealedSettings(name).remove(db, record->secretKeys); !s)
        return s;
    return commitWithAudit(
        transaction, db, AuditAction::ChannelRemove, name,
        tr("Removed %1 alert channel %2 with its delivery history").arg(record->type, name));
}

Result<notifier::DeliveryResult> NotificationService::test(const QString &name,
                                                           const notifier::CancelCheck &cancelled)
{
    auto record = find(name);
    if (!record)
        return record.error();
    return recordTest(name, channel(record->id), cancelled);
}

Result<notifier::DeliveryResult> NotificationService::test(const QString &name, const QString &type,
                                                           const notifier::ChannelSettings &settings,
                                                           const notifier::CancelCheck &cancelled)
{
    auto channelType = typeNamed(type);
    if (!channelType)
        return channelType.error();
    return recordTest(name, makeChannel(name, **channelType, settings), cancelled);
}

Result<notifier::DeliveryResult>
NotificationService::recordTest(const QString &name, Result<std::unique_ptr<notifier::Channel>> channel,
                                const notifier::CancelCheck &cancelled)
{
    if (!channel)
        return channel.error();
    notifier::DeliveryResult result = (*channel)->send(notifier::makeTestAlert(name), cancelled);
    if (auto s = recordAudit(m_db->connection(), AuditAction::ChannelTest, QStringLiteral("alert_channel"),
                             name, tr("Sent a test alert through %1: %2").arg(name, describeResult(result)));
        !s)
        return s.error();
    return result;
}

Result<std::unique_ptr<notifier::Channel>> NotificationService::channel(qint64 id) const
{
    auto db = m_db->connection();
    auto record = store::ChannelRepository(db).findById(id);
    if (!record)
        return record.error();
    auto channelType = typeNamed(record->type);
    if (!channelType)
        return channelType.error();
    auto settings = sealedSettings(record->name).load(db, *m_secrets, record->config, record->secretKeys);
    if (!settings)
        return settings.error();
    settings->targetName = record->name;
    return makeChannel(record->name, **channelType, *settings);
}

Result<QList<store::AlertDelivery>> NotificationService::deliveries(const QString &name, int limit) const
{
    auto db = m_db->connection();
    auto record = store::ChannelRepository(db).findByName(name);
    if (!record)
        return record.error();
    return store::AlertRepository(db).channelDeliveries(record->id, limit);
}

} // namespace certdesk::core
