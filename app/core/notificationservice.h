// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/sealedentries.h"
#include "connectors/notifier/channel.h"
#include "models/domain/result.h"
#include "models/store/alertrepository.h"
#include "models/store/channelrepository.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk::core {

/// An alert channel as stored: its settings without the secrets (only their names), its flags, and
/// how its last delivery went.
using ChannelRecord = store::AlertChannel;

/// What a channel receives, besides its settings.
struct ChannelOptions
{
    bool enabled = true;
    bool receivesAlerts = true;  ///< the alert rules' alerts
    bool receivesDigest = false; ///< the digest; e-mail channels only
};

/// Keeps the alert channels (e-mail, webhook, Slack, Teams, PagerDuty, OpsGenie): list and find
/// (from SealedEntries), add (after the channel type checked the settings), update, remove, and
/// Send test (of unsaved settings, of a saved channel, or of its changed settings), which delivers
/// notifier::makeTestAlert at once and returns the receiver's answer. Secret fields are sealed in
/// the secret store as `notify/<name>/<field>`; config_json never holds them. Every change and
/// every test is audited. Removing a channel cancels its queued deliveries. Blocking (a test waits
/// for the receiver): call from worker threads.
class NotificationService final
    : public SealedEntries<notifier::ChannelType, ChannelRecord, store::ChannelRepository,
                           std::unique_ptr<notifier::Channel>>
{
public:
    NotificationService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets);

    /// Checks the settings with the channel type and saves them; fails when the name is taken, and
    /// when `options.receivesDigest` is set for a channel that is not e-mail.
    Result<qint64> add(const QString &name, const QString &type, const notifier::ChannelSettings &settings,
                       const ChannelOptions &options = {});
    /// Replaces the settings; a secret field absent from `settings.secrets` keeps its sealed value.
    Status update(const QString &name, const notifier::ChannelSettings &settings);
    Status setOptions(const QString &name, const ChannelOptions &options);
    /// Deletes the channel, its sealed secrets and its delivery history, and cancels its deliveries
    /// still queued.
    Status remove(const QString &name);

    /// Sends the test alert through the saved channel and waits for the answer. An Error when the
    /// channel cannot be made (unknown, bad settings, a secret that cannot be unsealed); otherwise
    /// the DeliveryResult, delivered or not (its error says what to do).
    Result<notifier::DeliveryResult> test(const QString &name, const notifier::CancelCheck &cancelled = {});
    /// The same for unsaved settings (the dialog's Send test before saving); `name` is shown in the
    /// test message.
    Result<notifier::DeliveryResult> test(const QString &name, const QString &type,
                                          const notifier::ChannelSettings &settings,
                                          const notifier::CancelCheck &cancelled = {});
    /// The same for the saved channel `name` with changed settings (the dialog's Send test when
    /// editing): a secret absent from `settings.secrets` is the sealed one, unsealed here as
    /// update() keeps it. Saves nothing.
    Result<notifier::DeliveryResult> testChanged(const QString &name,
                                                 const notifier::ChannelSettings &settings,
                                                 const notifier::CancelCheck &cancelled = {});

    /// The saved channel with its secrets unsealed, made by its type (for the delivery job).
    Result<std::unique_ptr<notifier::Channel>> channel(qint64 id) const;
    /// The newest deliveries to the channel first (what was sent, when, and how it went).
    Result<QList<store::AlertDelivery>> deliveries(const QString &name, int limit = 100) const;

private:
    /// Sends the test alert through `channel` and audits it as a test of `name` by `details` (a
    /// QT_TRANSLATE_NOOP text that gets the name and the outcome).
    Result<notifier::DeliveryResult> recordTest(const QString &name,
                                                Result<std::unique_ptr<notifier::Channel>> channel,
                                                const notifier::CancelCheck &cancelled, const char *details);
};

} // namespace certdesk::core
