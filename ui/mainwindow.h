// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connectionspec.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace certdesk::core {
class AppContext;
class DataKeySource;
} // namespace certdesk::core

namespace certdesk::ui {

class AlertController;
class AlertsPage;
class AuditPage;
class DashboardController;
class DashboardPage;
class DiscoveryController;
class NetworkScanController;
class ScanTargetsPage;
class ScepPage;
class ScepProbeController;
class TriagePage;
class InventoryController;
class IssuersPage;
class JobsPage;
class LifecycleController;
class InventoryPage;
class Prompter;
class SettingsPage;
class TargetController;
class TargetsPage;
class TaskProgress;
class TrayController;

/// The console's navigation shell: a side bar with the pages that exist, the menus, the status bar
/// with the running task, and drag and drop of certificate files and PEM text onto the window.
/// It creates and wires pages; the work itself runs in the InventoryController.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using KeySourceFactory = std::function<std::unique_ptr<core::DataKeySource>()>;

    MainWindow(std::unique_ptr<Prompter> prompter, KeySourceFactory keySources, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (and migrates) a database on a worker thread; the window stays usable meanwhile.
    /// On failure the current inventory, if any, stays open and the error is shown; on success
    /// `onOpened` runs on the GUI thread.
    void openDatabase(const store::ConnectionSpec &spec, std::function<void()> onOpened = {});

    InventoryPage *inventoryPage() const { return m_inventory; }
    AuditPage *auditPage() const { return m_audit; }
    SettingsPage *settingsPage() const { return m_settings; }
    InventoryController *controller() const { return m_controller; }
    LifecycleController *lifecycle() const { return m_lifecycle; }
    IssuersPage *issuersPage() const { return m_issuers; }
    JobsPage *jobsPage() const { return m_jobs; }
    TriagePage *triagePage() const { return m_triage; }
    ScanTargetsPage *scanTargetsPage() const { return m_scanTargets; }
    NetworkScanController *networkScans() const { return m_networkScans; }
    ScepPage *scepPage() const { return m_scep; }
    ScepProbeController *scepProbes() const { return m_scepProbes; }
    DiscoveryController *discovery() const { return m_discovery; }
    TargetsPage *targetsPage() const { return m_targets; }
    TargetController *targets() const { return m_targetController; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    DashboardController *dashboard() const { return m_dashboardController; }
    TrayController *tray() const { return m_tray; }
    AlertsPage *alertsPage() const { return m_alertsPage; }
    AlertController *alerts() const { return m_alertController; }
    /// Ends the console, also when closing the window would only hide it in the tray.
    void quit();
    /// The navigation index of a page (for showPage()).
    int pageIndex(QWidget *page) const;
    Prompter *prompter() const { return m_prompter.get(); }
    /// Shows one of the pages by its position in the side bar.
    void showPage(int index);

Q_SIGNALS:
    /// A database was opened (or failed to open; then `ok` is false).
    void databaseOpened(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    /// Connects the dashboard and the tray to the controllers whose changes they show.
    void wireDashboard();
    /// Adds a page to the side bar; View menu's Ctrl+`shortcutDigit` shows it.
    void addPage(QWidget *page, const QString &title, const QString &icon, int shortcutDigit);
    /// The same with another shortcut, once the digits are taken.
    void addPage(QWidget *page, const QString &title, const QString &icon, const QKeySequence &shortcut);

    std::unique_ptr<Prompter> m_prompter;
    KeySourceFactory m_keySources;
    InventoryController *m_controller;
    LifecycleController *m_lifecycle;
    DiscoveryController *m_discovery;
    NetworkScanController *m_networkScans;
    ScepProbeController *m_scepProbes;
    TargetController *m_targetController;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    InventoryPage *m_inventory;
    TriagePage *m_triage;
    ScanTargetsPage *m_scanTargets;
    ScepPage *m_scep;
    IssuersPage *m_issuers;
    TargetsPage *m_targets;
    JobsPage *m_jobs;
    AuditPage *m_audit;
    SettingsPage *m_settings;
    TaskProgress *m_progress;
    DashboardController *m_dashboardController;
    DashboardPage *m_dashboard;
    TrayController *m_tray;
    AlertController *m_alertController;
    AlertsPage *m_alertsPage;
    bool m_openOnDashboard = false; ///< until the first snapshot after opening an inventory
    bool m_quitting = false;
    bool m_fittedAfterShow = false; ///< the first show fits the window again, its frame now known
    QLabel *m_databaseLabel;
};

} // namespace certdesk::ui
