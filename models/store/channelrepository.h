// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "models/store/entrytable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace certdesk::store {

/// An alert channel as stored (table `alert_channels`): its plain settings and the names of its
/// secret fields, whose values are sealed elsewhere, never their values.
struct AlertChannel
{
    qint64 id = 0;
    QString name;
    QString type; ///< a notifier::ChannelType name: "email", "webhook", "pagerduty", ...
    QJsonObject config;
    QStringList secretKeys;
    bool enabled = true;
    bool receivesAlerts = true;  ///< the alert rules' alerts go here
    bool receivesDigest = false; ///< the digest goes here (e-mail channels)
    QDateTime createdAt;
    QDateTime updatedAt;
    // From the channel's newest delivery (alert_deliveries), for the channel list:
    QDateTime lastSentAt; ///< the last successful delivery; null when none
    QString lastStatus;   ///< "queued", "sent", "failed", or empty when nothing was ever sent
    QString lastError;    ///< the newest delivery's error, when it has one
};

/// The alert channels (table `alert_channels`): insert, update, remove, findByName, findById and
/// list come from EntryTable; update() also writes the flags (enabled, receivesAlerts,
/// receivesDigest). Names are unique; validation of the settings is the caller's
/// (core::NotificationService), and so are the sealed secrets.
class ChannelRepository final : public EntryTable<AlertChannel>
{
public:
    explicit ChannelRepository(QSqlDatabase db);

    /// The enabled channels that receive the alerts (or, with `digest`, the digest), by name.
    Result<QList<AlertChannel>> recipients(bool digest);
};

} // namespace certdesk::store
