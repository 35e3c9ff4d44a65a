// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dashboard.h"
#include "ui/pages/inventorypage.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QPushButton;
class QTableWidget;

namespace certdesk::ui {

class DashboardController;
class ExpiryTimelineChart;
class StatusChart;

/// What needs attention, at a glance: the totals (managed, expiring within 30/14/7 days, expired,
/// revoked, discovered awaiting triage, failed jobs), the expiry timeline of the next 26 weeks, the
/// status breakdown, the next certificates to expire and the recent job results. Every total, bar
/// and slice opens the inventory (or triage, or the jobs) filtered to what it counts. Shows the
/// snapshots of a DashboardController; computes nothing itself.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    /// The totals, in the order of their tiles.
    enum class Total {
        Managed,
        Expiring30,
        Expiring14,
        Expiring7,
        Expired,
        Revoked,
        AwaitingTriage,
        FailedJobs
    };

    explicit DashboardPage(DashboardController *controller, QWidget *parent = nullptr);

    /// The tile of a total (a button showing its count).
    QAbstractButton *tile(Total total) const;
    ExpiryTimelineChart *timeline() const { return m_timeline; }
    StatusChart *statusChart() const { return m_status; }
    QTableWidget *nextToExpireTable() const { return m_next; }
    QTableWidget *recentJobsTable() const { return m_jobs; }

Q_SIGNALS:
    /// Show these certificates in the inventory.
    void subsetRequested(const certdesk::ui::InventorySubset &subset);
    /// Show this certificate in the inventory.
    void certificateRequested(qint64 id);
    /// Show the discovered certificates awaiting triage.
    void triageRequested();
    /// Show the jobs page, with this job selected (0: none).
    void jobsRequested(qint64 jobId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createTiles();
    void showSnapshot(const domain::DashboardSnapshot &snapshot);
    void showAttention(const domain::DashboardSnapshot &snapshot);
    void fillNextToExpire(const domain::DashboardSnapshot &snapshot);
    void fillRecentJobs(const domain::DashboardSnapshot &snapshot);
    void openTotal(Total total);
    /// The certificates (not revoked) expiring in (now + fromDays, now + toDays].
    InventorySubset expiringSubset(const QString &label, qint64 fromDays, qint64 toDays) const;

    DashboardController *m_controller;
    QList<QAbstractButton *> m_tiles;
    QLabel *m_attention;
    QLabel *m_updated;
    QPushButton *m_refresh;
    ExpiryTimelineChart *m_timeline;
    StatusChart *m_status;
    QTableWidget *m_next;
    QTableWidget *m_jobs;
    QDateTime m_now; ///< when the snapshot shown was computed
};

} // namespace certdesk::ui
