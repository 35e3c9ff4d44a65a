// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <chrono>

namespace certdesk::core {

class NetworkScanService;

/// Scans the due network scan targets (NetworkScanService::scanDueTargets) on a timer, on a
/// worker thread of the global pool, one run at a time. For `certdeskctl daemon` and the console.
/// Lives on a thread with an event loop; its signals arrive there.
class NetworkScanScheduler final : public QObject
{
    Q_OBJECT

public:
    explicit NetworkScanScheduler(NetworkScanService &service, QObject *parent = nullptr);
    /// Stops (see stop()).
    ~NetworkScanScheduler() override;

    /// Looks for due targets at once and then every `interval`.
    void start(std::chrono::milliseconds interval);
    /// Stops the timer, cancels a running scan and waits until it has ended.
    void stop();
    /// Starts a run over the due targets unless one is running.
    void checkNow();

Q_SIGNALS:
    /// A target was scanned; `summary` is describeNetworkScan()'s sentence.
    void scanned(const QString &summary);
    /// A target's scan, or the look-up of the due targets, failed.
    void failed(const QString &message);

private:
    NetworkScanService &m_service;
    QTimer m_timer;
    QFuture<void> m_running;
    std::atomic<bool> m_cancel{false};
};

} // namespace certdesk::core
