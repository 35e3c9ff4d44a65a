// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/digestservice.h"
#include "app/core/notificationservice.h"
#include "connectors/notifier/channel.h"
#include "models/domain/job.h"
#include "models/domain/result.h"
#include "models/store/alertrepository.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace certdesk::core {
class AlertScheduler;
class AppContext;
} // namespace certdesk::core

namespace certdesk::ui {

/// The digest's schedule as Settings shows it.
struct DigestOverview
{
    core::DigestSchedule schedule;
    QDateTime nextDue; ///< invalid when the schedule is off
    QList<store::AlertChannel> recipients;
};

/// Stops a running Send test: its channel sees the cancel at its next check and the result is
/// dropped.
using TestCancel = std::shared_ptr<std::atomic_bool>;

/// Runs the alert channels, the alert rules and the digest for the console on worker threads, and,
/// while an inventory is open, the AlertScheduler (the rules every 15 minutes and the digest when
/// its schedule says so), as `certdeskctl daemon` does; the deliveries they queue are "notify" jobs
/// that the console's job runner works. Send tests run on a pool of their own, so a receiver that
/// never answers does not hold up the global pool. Results come back as signals, or to a callback
/// that is dropped when its receiver is gone. Holds no widgets.
class AlertController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertController)

public:
    using TestCallback = std::function<void(const Result<notifier::DeliveryResult> &)>;
    using DeliveriesCallback = std::function<void(const Result<QList<store::AlertDelivery>> &)>;

    static constexpr std::chrono::minutes SchedulerInterval{15};

    explicit AlertController(QObject *parent = nullptr);
    ~AlertController() override;

    /// Switches to another open inventory (or none): stops the scheduler and the running tests of
    /// the old one, starts the scheduler for the new one and reloads everything.
    void setContext(std::shared_ptr<core::AppContext> context);
    bool hasContext() const { return m_context != nullptr; }

    // Channels
    void loadChannels();
    /// What saveChannel() does.
    enum class Save {
        Add,         ///< a new channel with its settings and options
        Update,      ///< the settings (a secret absent from them keeps its sealed value) and options
        OptionsOnly, ///< only the options of a saved channel; the settings are ignored
    };
    /// Saves a channel: channelSaved() or channelSaveFailed().
    void saveChannel(Save save, const QString &name, const QString &type,
                     const notifier::ChannelSettings &settings, const core::ChannelOptions &options);
    void setOptions(const QString &name, const core::ChannelOptions &options);
    void removeChannel(const QString &name);
    /// Send test through the saved channel `name`; the answer goes to `done` on the GUI thread
    /// unless `receiver` is gone by then.
    TestCancel testChannel(const QString &name, QObject *receiver, TestCallback done);
    /// The same for unsaved settings (a dialog's Send test before saving).
    TestCancel testSettings(const QString &name, const QString &type,
                            const notifier::ChannelSettings &settings, QObject *receiver, TestCallback done);
    /// The same for the saved channel `name` with changed settings (a dialog's Send test when
    /// editing): the saved secrets not typed again are unsealed on the worker; nothing is saved.
    TestCancel testChanged(const QString &name, const notifier::ChannelSettings &settings, QObject *receiver,
                           TestCallback done);
    /// The newest deliveries to the channel first.
    void loadChannelDeliveries(const QString &name, QObject *receiver, DeliveriesCallback done);

    // Alert rules
    void loadWindows();
    void saveWindows(const QList<int> &days);
    void loadAlerts();
    void loadAlertDeliveries(qint64 alertId, QObject *receiver, DeliveriesCallback done);
    /// Runs the rules now: rulesEvaluated() or operationFailed().
    void evaluateNow();

    // Digest
    void loadDigest();
    /// Composes the digest's HTML: previewReady() or previewFailed().
    void loadPreview();
    /// Queues the digest to its recipients now: digestQueued() or digestSendFailed().
    void sendDigestNow();
    void saveSchedule(const QString &text);

    /// A job ended (the console's runner): deliveries and channels' last results may have changed.
    void onJobFinished();

Q_SIGNALS:
    void contextChanged();
    void channelsLoaded(const QList<certdesk::core::ChannelRecord> &channels);
    void channelSaved(const QString &name);
    void channelSaveFailed(const QString &name, const certdesk::Error &error);
    void windowsLoaded(const QList<int> &days);
    /// New warning windows are in the inventory (the dashboard and the tray recompute with them).
    void windowsSaved(const QList<int> &days);
    void alertsLoaded(const QList<certdesk::store::AlertRecord> &alerts);
    /// A run of the rules ended; `summary` says what it queued.
    void rulesEvaluated(const QString &summary);
    /// The scheduler's run failed (shown where the rules are, not as a box every 15 minutes).
    void schedulerFailed(const QString &message);
    void digestLoaded(const certdesk::ui::DigestOverview &overview);
    void previewReady(const QString &html, const QDateTime &at);
    void previewFailed(const certdesk::Error &error);
    void digestQueued(const certdesk::core::DigestDelivery &delivery);
    void digestSendFailed(const certdesk::Error &error);
    void statusMessage(const QString &message);
    void operationFailed(const QString &title, const certdesk::Error &error);

private:
    using Test = std::function<Result<notifier::DeliveryResult>(core::NotificationService &,
                                                                const notifier::CancelCheck &)>;
    /// Runs `test` on the test pool with the open inventory's channels; null when none is open.
    TestCancel runTest(QObject *receiver, TestCallback done, Test test);
    void cancelTests();

    std::shared_ptr<core::AppContext> m_context;
    std::unique_ptr<core::AlertScheduler> m_scheduler; ///< destroyed before the context it uses
    QList<std::weak_ptr<std::atomic_bool>> m_tests;
    QTimer *m_reload;       ///< coalesces the reloads after finished jobs
    QThreadPool m_testPool; ///< last: its destructor waits for the running tests
};

} // namespace certdesk::ui
