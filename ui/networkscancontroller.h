// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/networkscanservice.h"
#include "models/domain/scantarget.h"

#include <QFutureWatcherBase>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace certdesk::core {
class AppContext;
class NetworkScanScheduler;
} // namespace certdesk::core

namespace certdesk::ui {

/// Runs the network scan targets for the console on worker threads: list, add, change, delete,
/// Scan now with progress and cancel, and the enabled targets on their interval while the console
/// runs (a NetworkScanScheduler that looks for due targets every ten minutes). Results come back
/// as signals on the GUI thread. Scan now runs on a thread of the controller's own, never on Qt's
/// global thread pool (see m_scanPool).
class NetworkScanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkScanController)

public:
    explicit NetworkScanController(QObject *parent = nullptr);
    ~NetworkScanController() override;

    void setContext(std::shared_ptr<core::AppContext> context);
    bool hasContext() const { return m_context != nullptr; }
    bool isScanning() const { return m_scanning; }

    void loadTargets();
    void saveTarget(const domain::NetworkScanTarget &target);
    void removeTarget(const QString &name);
    void scanNow(const QString &name);

Q_SIGNALS:
    void contextChanged();
    void targetsLoaded(const QList<certdesk::domain::NetworkScanTarget> &targets);
    void scanFinished(const QString &name, const QString &summary);
    /// Scans found certificates: the triage list should refresh.
    void discoveriesChanged();
    void taskStarted(const QString &label, QFutureWatcherBase *watcher);
    void operationFailed(const QString &title, const certdesk::Error &error);

private:
    std::shared_ptr<core::AppContext> m_context;
    std::unique_ptr<core::NetworkScanScheduler> m_scheduler; ///< destroyed before the context
    /// Scan now holds its thread for as long as the scan runs. Qt 6.4's raster paint engine splits
    /// large fills across the global thread pool and waits for them on the GUI thread, so a scan
    /// parked there, with one more long task (a scheduled scan, a filesystem discovery) on a
    /// 2-thread pool, would stop the window from painting until the scan ends.
    QThreadPool m_scanPool;
    QPointer<QFutureWatcherBase> m_scan; ///< the running Scan now, cancelled when the controller goes
    bool m_scanning = false;
};

} // namespace certdesk::ui
