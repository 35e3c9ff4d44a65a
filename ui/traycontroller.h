// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dashboard.h"

#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace certdesk::ui {

class DashboardController;

/// One desktop notification the tray decided on.
struct TrayNotification
{
    enum class Kind { Certificates, Jobs };
    Kind kind = Kind::Certificates;
    QString title;
    QString message;
    bool critical = false; ///< something expired, expires within 7 days, or failed
};

/// The console in the system tray: an icon whose badge and tooltip count what needs attention
/// (certificates shown as "Expiring", expired ones, jobs failed in the last 7 days), native
/// notifications when certificates enter a warning window or jobs fail, and "minimise to tray"
/// (closing the window hides it; the job runner and the renewal scheduler go on; the tray menu shows
/// it again or quits).
///
/// Notifications come from the DashboardController's snapshots, which list what happened since the
/// previous one, for the inventory's warning windows: the alert rules' (30, 14, 7 and 0 days unless
/// set on the Alerts page), so the tray, the alert channels and every console on a shared inventory
/// warn at the same times. Where each inventory's notifications stopped is kept in the settings
/// (UiSettings::notifiedUntil), so a restart repeats none and reports what happened meanwhile. The
/// decisions are plain functions of a snapshot (notificationsFor, toolTipFor, badgeIcon); without a
/// system tray (isAvailable() false, e.g. offscreen) they are made all the same and announced
/// through notified() only.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    /// Watches `dashboard`; `window` is the one shown and hidden from the tray.
    TrayController(DashboardController *dashboard, QWidget *window, QObject *parent = nullptr);
    ~TrayController() override;

    /// Whether this desktop has a system tray.
    static bool isAvailable();
    /// Watches the inventory named `inventory` (its file or server): notifications go on from where
    /// they stopped for it, or start now the first time. Call before the dashboard gets its context.
    void watchInventory(const QString &inventory);
    /// Closing the window hides it in the tray, when `on` and there is a tray.
    void setMinimiseToTray(bool on);
    bool hidesOnClose() const;
    /// Hides the window into the tray (saying so the first time).
    void hideWindow();

    qint64 attention() const { return m_attention; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    /// The tray icon; null without a system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    static QString toolTipFor(const domain::DashboardSnapshot &snapshot);
    /// What a snapshot's alert lists call for: one notification for the certificates that entered a
    /// warning window, one for the failed jobs (none when the lists are empty).
    static QList<TrayNotification> notificationsFor(const domain::DashboardSnapshot &snapshot);
    /// `base` (or a plain certificate icon when null) with a badge holding `count` (none for 0).
    static QIcon badgeIcon(const QIcon &base, qint64 count, int size = 64);

Q_SIGNALS:
    /// A notification was decided (and shown, when there is a tray).
    void notified(const certdesk::ui::TrayNotification &notification);
    /// The user asked for the dashboard (from the tray menu or a notification).
    void dashboardRequested();
    void quitRequested();

private:
    void onSnapshot(const domain::DashboardSnapshot &snapshot);
    void showWindow();

    DashboardController *m_dashboard;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QString m_inventory;
    bool m_minimiseToTray = false;
    bool m_hintShown = false;
    qint64 m_attention = -1;
    QString m_toolTip;
    QIcon m_icon;
};

} // namespace certdesk::ui
