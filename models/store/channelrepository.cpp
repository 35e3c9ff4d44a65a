// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/channelrepository.h"

#include "models/store/database.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>

namespace certdesk::store {

namespace {

/// What a select reads after the shared columns, in the order readOwn() expects them: the flags,
/// then the channel's last successful delivery and its newest delivery's status and error.
const QString OwnColumns = QStringLiteral(
    "e.receives_alerts, e.receives_digest, "
    "(SELECT max(d.sent_at) FROM alert_deliveries d WHERE d.channel_id = e.id), "
    "(SELECT d.status FROM alert_deliveries d WHERE d.channel_id = e.id ORDER BY d.id DESC LIMIT 1), "
    "(SELECT d.error FROM alert_deliveries d WHERE d.channel_id = e.id ORDER BY d.id DESC LIMIT 1)");

void readOwn(const QSqlQuery &q, AlertChannel &c, int i)
{
    c.receivesAlerts = q.value(i++).toInt() != 0;
    c.receivesDigest = q.value(i++).toInt() != 0;
    c.lastSentAt = fromDbTime(q.value(i++));
    c.lastStatus = q.value(i++).toString();
    c.lastError = q.value(i).toString();
}

detail::EntryRows::Columns flags(const AlertChannel &channel)
{
    return {{QStringLiteral("receives_alerts"), detail::flag(channel.receivesAlerts)},
            {QStringLiteral("receives_digest"), detail::flag(channel.receivesDigest)}};
}

} // namespace

ChannelRepository::ChannelRepository(QSqlDatabase db)
    : EntryTable(
          std::move(db), QStringLiteral("alert_channels"), OwnColumns,
          {QT_TRANSLATE_NOOP("certdesk", "read or write the alert channels"),
           QT_TRANSLATE_NOOP("certdesk", "The alert channel no longer exists."),
           QT_TRANSLATE_NOOP("certdesk", "There is no alert channel named \"%1\"; 'notify list' shows them."),
           QT_TRANSLATE_NOOP("certdesk",
                             "An alert channel named \"%1\" already exists; choose another name.")},
          readOwn, flags)
{}

Result<QList<AlertChannel>> ChannelRepository::recipients(bool digest)
{
    return list(QStringLiteral("WHERE e.enabled <> 0 AND %1 <> 0 ORDER BY e.name")
                    .arg(digest ? QStringLiteral("e.receives_digest") : QStringLiteral("e.receives_alerts")),
                {});
}

} // namespace certdesk::store
