// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/channelrepository.h"

#include "models/store/database.h"
#include "models/store/returnedid.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk::store {

namespace {

QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the alert channels");
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The columns select() reads, in the order readChannel() expects them: the channel, then its
/// newest delivery's status and error, and its last successful delivery.
const QString channelColumns = QStringLiteral(
    "c.id, c.name, c.type, c.config_json, c.secret_keys, c.enabled, c.receives_alerts, c.receives_digest, "
    "c.created_at, c.updated_at, "
    "(SELECT max(d.sent_at) FROM alert_deliveries d WHERE d.channel_id = c.id), "
    "(SELECT d.status FROM alert_deliveries d WHERE d.channel_id = c.id ORDER BY d.id DESC LIMIT 1), "
    "(SELECT d.error FROM alert_deliveries d WHERE d.channel_id = c.id ORDER BY d.id DESC LIMIT 1) "
    "FROM alert_channels c");

AlertChannel readChannel(const QSqlQuery &q)
{
    int i = 0;
    const auto next = [&] { return q.value(i++); };
    AlertChannel c;
    c.id = next().toLongLong();
    c.name = next().toString();
    c.type = next().toString();
    c.config = QJsonDocument::fromJson(next().toByteArray()).object();
    c.secretKeys = detail::fromLines(next());
    c.enabled = next().toInt() != 0;
    c.receivesAlerts = next().toInt() != 0;
    c.receivesDigest = next().toInt() != 0;
    c.createdAt = fromDbTime(next());
    c.updatedAt = fromDbTime(next());
    c.lastSentAt = fromDbTime(next());
    c.lastStatus = next().toString();
    c.lastError = next().toString();
    return c;
}

Error notFound()
{
    return Error{QCoreApplication::translate("certdesk", "The alert channel no longer exists."),
                 {},
                 ErrorCode::NotFound};
}

Status changedOne(Result<QSqlQuery> &&q)
{
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return notFound();
    return {};
}

} // namespace

Result<qint64> ChannelRepository::insert(const AlertChannel &channel, const QDateTime &now)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO alert_channels (name, type, config_json, secret_keys, enabled, "
                                "receives_alerts, receives_digest, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {channel.name, channel.type, compactJson(channel.config), detail::lines(channel.secretKeys),
                  detail::flag(channel.enabled), detail::flag(channel.receivesAlerts),
                  detail::flag(channel.receivesDigest), toDbTime(now), toDbTime(now)},
                 what());
    if (!q && detail::isUniqueViolation(q.error().detail))
        return Error{QCoreApplication::translate(
                         "certdesk", "An alert channel named \"%1\" already exists; choose another name.")
                         .arg(channel.name),
                     {},
                     ErrorCode::InvalidInput};
    return detail::returnedId(std::move(q), what());
}

Status ChannelRepository::update(const AlertChannel &channel, const QDateTime &now)
{
    return changedOne(
        runQuery(m_db,
                 QStringLiteral("UPDATE alert_channels SET config_json = ?, secret_keys = ?, enabled = ?, "
                                "receives_alerts = ?, receives_digest = ?, updated_at = ? WHERE id = ?"),
                 {compactJson(channel.config), detail::lines(channel.secretKeys),
                  detail::flag(channel.enabled), detail::flag(channel.receivesAlerts),
                  detail::flag(channel.receivesDigest), toDbTime(now), channel.id},
                 what()));
}

Status ChannelRepository::remove(qint64 id)
{
    return changedOne(
        runQuery(m_db, QStringLiteral("DELETE FROM alert_channels WHERE id = ?"), {id}, what()));
}

Result<AlertChannel> ChannelRepository::findByName(const QString &name)
{
    auto found = select(QStringLiteral("WHERE c.name = ?"), {name});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{QCoreApplication::translate(
                         "certdesk", "There is no alert channel named \"%1\"; 'notify list' shows them.")
                         .arg(name),
                     {},
                     ErrorCode::NotFound};
    return found->first();
}

Result<AlertChannel> ChannelRepository::findById(qint64 id)
{
    auto found = select(QStringLiteral("WHERE c.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound();
    return found->first();
}

Result<QList<AlertChannel>> ChannelRepository::list()
{
    return select(QStringLiteral("ORDER BY c.name"), {});
}

Result<QList<AlertChannel>> ChannelRepository::recipients(bool digest)
{
    return select(
        QStringLiteral("WHERE c.enabled <> 0 AND %1 <> 0 ORDER BY c.name")
            .arg(digest ? QStringLiteral("c.receives_digest") : QStringLiteral("c.receives_alerts")),
        {});
}

Result<QList<AlertChannel>> ChannelRepository::select(const QString &where, const QVariantList &bindings)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + channelColumns + u' ' + where, bindings, what());
    if (!q)
        return q.error();
    QList<AlertChannel> out;
    while (q.value().next())
        out.append(readChannel(q.value()));
    return out;
}

} // namespace certdesk::store
