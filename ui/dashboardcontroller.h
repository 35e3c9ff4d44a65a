// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dashboard.h"
#include "models/domain/result.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

class QTimer;

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

/// Computes the dashboard's snapshot for the console on a worker thread (core::DashboardService):
/// when an inventory is opened, a second after changes, and every two minutes. A request made while
/// a computation runs is folded into one more run after it, so a burst of changes costs two at most.
/// When alerts are watched (setAlertsSince), each snapshot lists what happened since the previous one,
/// for the inventory's warning windows: those of the alert rules (core::AlertService::windows(), set
/// on the Alerts page or with `certdeskctl alerts windows`), read on the worker with each snapshot, so
/// every console on a shared inventory uses the same ones. Holds no widgets: the dashboard page and
/// the tray listen to it.
class DashboardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardController)

public:
    static constexpr int RefreshIntervalMs = 2 * 60 * 1000;
    static constexpr int SoonMs = 1100;

    explicit DashboardController(QObject *parent = nullptr);
    ~DashboardController() override;

    /// Switches to another open inventory (or none) and recomputes; a result for the previous one
    /// still on its way is dropped.
    void setContext(std::shared_ptr<core::AppContext> context);
    bool hasContext() const { return m_context != nullptr; }
    /// The warning window of the "expiring" status (Settings); recomputes.
    void setExpiringDays(int days);
    int expiringDays() const { return m_expiringDays; }
    /// Snapshots list what entered one of the inventory's warning windows or failed from `since` on;
    /// each snapshot moves `since` to its own time. nullopt stops watching.
    void setAlertsSince(std::optional<QDateTime> since);
    const std::optional<QDateTime> &alertsSince() const { return m_alertsSince; }
    /// The warning windows (days, largest first) the last snapshot's alert lists were computed for;
    /// empty before one, or when they could not be read.
    const QList<int> &warningWindows() const { return m_warningWindows; }
    /// Recomputes now (or right after the computation that runs). Also the answer to new warning
    /// windows (AlertController::windowsSaved), which each computation reads.
    void refresh();
    /// Recomputes a second from now, once for any number of calls meanwhile: for changes, which come
    /// in bursts. The delay also lets a snapshot's alert interval, which ends at the start of its
    /// second, take in a job that failed in the second that asked for it.
    void refreshSoon();
    /// Recomputes when the last snapshot is older than `seconds` (or there is none).
    void refreshIfOlderThan(int seconds);
    /// The latest snapshot of the current inventory.
    const std::optional<domain::DashboardSnapshot> &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void snapshotReady(const certdesk::domain::DashboardSnapshot &snapshot);
    /// The snapshot failed; or, right after a snapshotReady() without alert lists, the inventory's
    /// warning windows could not be read (the notifications wait and nothing is lost: the next
    /// snapshot that reads them reports from the same time on).
    void refreshFailed(const certdesk::Error &error);

private:
    void start();

    std::shared_ptr<core::AppContext> m_context;
    QTimer *m_timer;
    QTimer *m_soon;
    /// One thread of its own: the computation never queues behind the inventory's load on the global
    /// pool, and keeps its database connection (and SQLite's page cache) from one run to the next.
    QThreadPool m_pool;
    bool m_running = false;
    bool m_pending = false;
    int m_expiringDays;
    std::optional<QDateTime> m_alertsSince;
    QList<int> m_warningWindows;
    std::optional<domain::DashboardSnapshot> m_snapshot;
};

/// What needs attention in `snapshot`, one phrase per kind ("Expired: 3", "Expiring within 30 days:
/// 5", "Failed jobs in 7 days: 1"), most urgent first; empty when nothing does.
QStringList attentionParts(const domain::DashboardSnapshot &snapshot);

} // namespace certdesk::ui
