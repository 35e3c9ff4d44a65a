// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace certdesk::core {

class AlertService;
class DigestService;

/// Runs the alert rules (AlertService::evaluate) and sends the scheduled digest when it is due
/// (DigestService::sendIfDue) on a timer, on a worker thread of the global pool, one run at a time.
/// What they queue is delivered by whoever works the job queue ("notify" jobs). For `certdeskctl
/// daemon` and the console. Lives on a thread with an event loop; its signals arrive there.
class AlertScheduler final : public QObject
{
    Q_OBJECT

public:
    /// The services must outlive the scheduler.
    AlertScheduler(AlertService &alerts, DigestService &digest, QObject *parent = nullptr);
    /// Stops (see stop()).
    ~AlertScheduler() override;

    /// Runs at once and then every `interval` (15 minutes by default in the console and the daemon).
    void start(std::chrono::milliseconds interval);
    /// Stops the timer and waits for a running evaluation to end.
    void stop();
    /// Starts a run unless one is running.
    void checkNow();

Q_SIGNALS:
    /// A run queued something: "3 alerts raised, 1 resolved, 4 deliveries queued", "digest queued to ops".
    void evaluated(const QString &summary);
    /// A run failed.
    void failed(const QString &message);

private:
    AlertService &m_alerts;
    DigestService &m_digest;
    QTimer m_timer;
    QFuture<void> m_running;
};

} // namespace certdesk::core
