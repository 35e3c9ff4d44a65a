// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "app/core/appcontext.h"
#include "app/core/secretstore.h"
#include "models/item/jobtablemodel.h"
#include "models/store/database.h"
#include "ui/alertcontroller.h"
#include "ui/backgroundtask.h"
#include "ui/dashboardcontroller.h"
#include "ui/discoverycontroller.h"
#include "ui/inventorycontroller.h"
#include "ui/lifecyclecontroller.h"
#include "ui/networkscancontroller.h"
#include "ui/pages/alertspage.h"
#include "ui/pages/auditpage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/issuerspage.h"
#include "ui/pages/jobspage.h"
#include "ui/pages/scantargetspage.h"
#include "ui/pages/sceppage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/targetspage.h"
#include "ui/pages/triagepage.h"
#include "ui/prompter.h"
#include "ui/scepprobecontroller.h"
#include "ui/targetcontroller.h"
#include "ui/traycontroller.h"
#include "ui/uisettings.h"
#include "ui/widgets/taskprogress.h"
#include "ui/windowgeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUrl>

namespace certdesk::ui {

namespace {
constexpr int StatusMessageMs = 8000;

QString keyLabel(const std::shared_ptr<core::AppContext> &context)
{
    return context ? context->secrets().sourceDescription() : QString();
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Prompter> prompter, KeySourceFactory keySources, QWidget *parent)
    : QMainWindow(parent), m_prompter(std::move(prompter)), m_keySources(std::move(keySources)),
      m_controller(new InventoryController(this)), m_lifecycle(new LifecycleController(this)),
      m_discovery(new DiscoveryController(this)), m_networkScans(new NetworkScanController(this)),
      m_scepProbes(new ScepProbeController(this)), m_targetController(new TargetController(this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_inventory(new InventoryPage(m_controller, m_lifecycle, m_prompter.get(), this)),
      m_triage(new TriagePage(m_discovery, m_controller, m_prompter.get(), this)),
      m_scanTargets(new ScanTargetsPage(m_networkScans, m_prompter.get(), this)),
      m_scep(new ScepPage(m_scepProbes, this)),
      m_issuers(new IssuersPage(m_lifecycle, m_prompter.get(), this)),
      m_targets(new TargetsPage(m_targetController, m_prompter.get(), this)),
      m_jobs(new JobsPage(m_lifecycle, this)), m_audit(new AuditPage(m_controller, this)),
      m_settings(new SettingsPage(this)), m_progress(new TaskProgress(this)),
      m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertDesk"));
    setAcceptDrops(true);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // A page keeps its shortcut when another is added before it; new pages take the next digit.
    m_dashboardController = new DashboardController(this);
    m_dashboard = new DashboardPage(m_dashboardController, this);
    m_tray = new TrayController(m_dashboardController, this, this);
    addPage(m_dashboard, tr("Dashboard"), QStringLiteral("view-statistics"), 0);
    addPage(m_inventory, tr("Inventory"), QStringLiteral("security-high"), 1);
    addPage(m_triage, tr("Discovery"), QStringLiteral("edit-find"), 2);
    addPage(m_scanTargets, tr("Scan targets"), QStringLiteral("network-wired"), 3);
    addPage(m_scep, tr("SCEP servers"), QStringLiteral("network-server"), 8);
    addPage(m_issuers, tr("Issuers"), QStringLiteral("view-certificate"), 4);
    addPage(m_targets, tr("Targets"), QStringLiteral("document-send"), 9);
    addPage(m_jobs, tr("Jobs"), QStringLiteral("system-run"), 5);
    addPage(m_audit, tr("Audit log"), QStringLiteral("view-history"), 6);
    // Alert channels, rules and the digest: Settings would be crowded; its Alerts button leads here.
    m_alertController = new AlertController(this);
    m_alertsPage = new AlertsPage(m_alertController, m_prompter.get(), this);
    addPage(m_alertsPage, tr("Alerts"), QStringLiteral("mail-send"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addPage(m_settings, tr("Settings"), QStringLiteral("preferences-system"), 7);
    // The inventory first; the dashboard once an inventory with certificates is open (wireDashboard).
    m_navigation->setCurrentRow(pageIndex(m_inventory));
    m_pages->setCurrentWidget(m_inventory);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_databaseLabel->setText(tr("Opening the inventory..."));
    m_inventory->setTargetController(m_targetController);
    createMenus();
    wireDashboard();

    connect(m_inventory, &InventoryPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_controller, &InventoryController::taskStarted, m_progress, &TaskProgress::track);
    connect(m_discovery, &DiscoveryController::taskStarted, m_progress, &TaskProgress::track);
    connect(m_networkScans, &NetworkScanController::taskStarted, m_progress, &TaskProgress::track);
    connect(m_networkScans, &NetworkScanController::operationFailed, this,
            [this](const QString &title, const Error &error) { m_prompter->showError(this, title, error); });
    connect(m_networkScans, &NetworkScanController::discoveriesChanged, m_discovery,
            &DiscoveryController::reload);
    connect(m_scanTargets, &ScanTargetsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_scepProbes, &ScepProbeController::operationFailed, this,
            [this](const QString &title, const Error &error) { m_prompter->showError(this, title, error); });
    connect(m_scep, &ScepPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_discovery, &DiscoveryController::operationFailed, this,
            [this](const QString &title, const Error &error) { m_prompter->showError(this, title, error); });
    connect(m_triage, &TriagePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_triage, &TriagePage::importRequested, this, [this](const QStringList &paths) {
        showPage(pageIndex(m_inventory));
        m_inventory->importFiles(paths);
    });
    connect(m_inventory, &InventoryPage::scanComputerRequested, this, [this] {
        showPage(pageIndex(m_triage));
        m_triage->scanThisComputer();
    });
    connect(m_controller, &InventoryController::operationFailed, this,
            [this](const QString &title, const Error &error) { m_prompter->showError(this, title, error); });
    connect(m_lifecycle, &LifecycleController::operationFailed, this,
            [this](const QString &title, const Error &error) { m_prompter->showError(this, title, error); });
    connect(m_lifecycle, &LifecycleController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_lifecycle, &LifecycleController::jobQueued, this, [this](qint64 id, const QString &what) {
        statusBar()->showMessage(tr("%1 (job %2)").arg(what).arg(id), StatusMessageMs);
    });
    connect(m_targetController, &TargetController::operationFailed, this,
            [this](const QString &title, const Error &error) { m_prompter->showError(this, title, error); });
    connect(m_targetController, &TargetController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_targets, &TargetsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_lifecycle, &LifecycleController::jobFinished, m_targetController,
            &TargetController::onJobFinished);
    connect(m_lifecycle, &LifecycleController::jobFinished, m_alertController,
            &AlertController::onJobFinished);
    connect(m_alertController, &AlertController::operationFailed, this,
            [this](const QString &title, const Error &error) { m_prompter->showError(this, title, error); });
    connect(m_alertController, &AlertController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_alertsPage, &AlertsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_settings, &SettingsPage::alertsRequested, this, [this] { showPage(pageIndex(m_alertsPage)); });
    connect(m_settings, &SettingsPage::expiringDaysChanged, m_inventory, &InventoryPage::setExpiringDays);
    connect(m_settings, &SettingsPage::expiringDaysChanged, m_scep, &ScepPage::setExpiringDays);
    connect(m_settings, &SettingsPage::databaseRequested, this,
            [this](const QString &sqlitePath, const QString &postgresUrl) {
                if (sqlitePath.isEmpty() && postgresUrl.isEmpty()) {
                    m_prompter->showError(this, tr("Open database"),
                                          Error{tr("Enter a PostgreSQL URL such as "
                                                   "postgresql://user@host:5432/certdesk.")});
                    m_settings->databaseOpenFinished();
                    return;
                }
                auto spec = postgresUrl.isEmpty()
                                ? Result<store::ConnectionSpec>(store::ConnectionSpec::sqlite(sqlitePath))
                                : store::ConnectionSpec::fromPostgresUrl(postgresUrl);
                if (!spec) {
                    m_prompter->showError(this, tr("Open database"), spec.error());
                    m_settings->databaseOpenFinished();
                    return;
                }
                openDatabase(*spec, [sqlitePath, postgresUrl] {
                    // Remember the choice, but never a password typed into the URL.
                    QUrl url(postgresUrl);
                    url.setPassword(QString());
                    UiSettings::setDatabase(sqlitePath, postgresUrl.isEmpty() ? QString() : url.toString());
                });
            });

    resize(1200, 760);
    if (const auto geometry = UiSettings::windowState(QStringLiteral("mainGeometry")); !geometry.isEmpty())
        restoreGeometry(geometry);
    fitIntoAvailableScreen(this);
    if (const auto state = UiSettings::windowState(QStringLiteral("mainState")); !state.isEmpty())
        restoreState(state);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title, const QString &icon, int shortcutDigit)
{
    addPage(page, title, icon, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcutDigit)));
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &icon,
                         const QKeySequence &shortcut)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(QIcon::fromTheme(icon), title, m_navigation);
    item->setSizeHint(QSize(0, 34));
    item->setData(Qt::UserRole, QVariant::fromValue(shortcut));
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::pageIndex(QWidget *page) const
{
    return m_pages->indexOf(page);
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addActions(m_inventory->fileActions());
    file->addSeparator();
    auto *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                 &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_inventory->editActions());

    auto *certificate = menuBar()->addMenu(tr("&Certificate"));
    certificate->addActions(m_inventory->lifecycleActions());

    auto *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        auto *action = view->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(i); });
        action->setShortcut(m_navigation->item(i)->data(Qt::UserRole).value<QKeySequence>());
    }

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CertDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About CertDesk"),
            tr("<h3>CertDesk %1</h3><p>A desktop console for the administrators who look after an "
               "organisation's X.509 certificates.</p><p>Licensed under the GNU GPL v3 or later.</p>")
                .arg(QStringLiteral(CERTDESK_VERSION)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openDatabase(const store::ConnectionSpec &spec, std::function<void()> onOpened)
{
    m_databaseLabel->setText(tr("Opening %1...").arg(spec.displayName()));
    runInBackground(
        this, [spec, keySources = m_keySources] { return core::AppContext::open(spec, keySources()); },
        [this, spec, onOpened](const Result<std::shared_ptr<core::AppContext>> &opened) {
            m_settings->databaseOpenFinished();
            if (!opened) {
                m_databaseLabel->setText(m_controller->hasContext()
                                             ? m_controller->context()->database()->spec().displayName()
                                             : tr("No inventory open"));
                m_prompter->showError(this, tr("Opening the inventory failed"), opened.error());
                Q_EMIT databaseOpened(false);
                return;
            }
            m_controller->setContext(*opened);
            m_lifecycle->setContext(*opened);
            m_discovery->setContext(*opened);
            m_networkScans->setContext(*opened);
            m_scepProbes->setContext(*opened);
            m_targetController->setContext(*opened);
            m_alertController->setContext(*opened);
            m_tray->watchInventory(spec.displayName());
            m_dashboardController->setContext(*opened);
            m_openOnDashboard = true;
            if (onOpened)
                onOpened();
            m_databaseLabel->setText(spec.displayName());
            m_databaseLabel->setToolTip(tr("Inventory database: %1").arg(spec.displayName()));
            m_settings->setCurrentDatabase(spec.displayName(), keyLabel(*opened));
            setWindowTitle(tr("CertDesk - %1").arg(spec.displayName()));
            statusBar()->showMessage(tr("Opened %1").arg(spec.displayName()), StatusMessageMs);
            Q_EMIT databaseOpened(true);
        });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fittedAfterShow)
        return;
    m_fittedAfterShow = true;
    QTimer::singleShot(0, this, [this] { fitIntoAvailableScreen(this); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_tray->hidesOnClose()) {
        m_tray->hideWindow();
        event->ignore();
        return;
    }
    UiSettings::setWindowState(QStringLiteral("mainGeometry"), saveGeometry());
    UiSettings::setWindowState(QStringLiteral("mainState"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto *mime = event->mimeData();
    if (mime->hasUrls() || (mime->hasText() && mime->text().contains(QLatin1String("-----BEGIN"))))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto *mime = event->mimeData();
    QStringList files;
    QStringList folders;
    for (const auto &url : mime->urls()) {
        if (url.isLocalFile())
            (QFileInfo(url.toLocalFile()).isDir() ? folders : files) << url.toLocalFile();
    }
    if (!folders.isEmpty()) {
        // A dropped folder is scanned for certificates; its files then wait in triage.
        showPage(pageIndex(m_triage));
        m_triage->scanFolders(folders);
        event->acceptProposedAction();
    }
    if (!files.isEmpty()) {
        showPage(pageIndex(m_inventory));
        m_inventory->importFiles(files);
        event->acceptProposedAction();
    } else if (folders.isEmpty() && mime->hasText()) {
        showPage(pageIndex(m_inventory));
        m_inventory->importText(mime->text(), tr("dropped text"));
        event->acceptProposedAction();
    }
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    // With minimise to tray, the application does not end with its last window.
    if (!QApplication::quitOnLastWindowClosed())
        QCoreApplication::quit();
}

void MainWindow::wireDashboard()
{
    auto *dashboard = m_dashboardController;
    const auto refresh = [dashboard] { dashboard->refreshSoon(); };
    connect(m_controller, &InventoryController::inventoryChanged, dashboard, refresh);
    connect(m_lifecycle, &LifecycleController::inventoryChanged, dashboard, refresh);
    connect(m_discovery, &DiscoveryController::inventoryChanged, dashboard, refresh);
    connect(m_discovery, &DiscoveryController::triaged, dashboard, refresh);
    connect(m_discovery, &DiscoveryController::scanFinished, dashboard, refresh);
    connect(m_networkScans, &NetworkScanController::discoveriesChanged, dashboard, refresh);
    connect(m_settings, &SettingsPage::expiringDaysChanged, dashboard, &DashboardController::setExpiringDays);
    // The tray warns at the alert rules' windows, which each snapshot reads: new ones apply at once.
    connect(m_alertController, &AlertController::windowsSaved, dashboard, &DashboardController::refresh);
    connect(m_settings, &SettingsPage::minimiseToTrayChanged, m_tray, &TrayController::setMinimiseToTray);

    connect(m_dashboard, &DashboardPage::subsetRequested, this, [this](const InventorySubset &subset) {
        showPage(pageIndex(m_inventory));
        m_inventory->showSubset(subset);
    });
    connect(m_dashboard, &DashboardPage::certificateRequested, this, [this](qint64 id) {
        showPage(pageIndex(m_inventory));
        m_inventory->showCertificate(id);
    });
    connect(m_dashboard, &DashboardPage::triageRequested, this, [this] { showPage(pageIndex(m_triage)); });
    connect(m_dashboard, &DashboardPage::jobsRequested, this, [this](qint64 id) {
        showPage(pageIndex(m_jobs));
        if (const int row = id ? m_jobs->model()->rowOfId(id) : -1; row >= 0)
            m_jobs->table()->selectRow(row);
    });
    connect(m_tray, &TrayController::dashboardRequested, this, [this] { showPage(pageIndex(m_dashboard)); });
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    connect(m_tray, &TrayController::notified, this, [this](const TrayNotification &notification) {
        if (!m_tray->trayIcon()) // no tray to show it: the status bar says it
            statusBar()->showMessage(notification.title + QStringLiteral(": ") +
                                         notification.message.section(u'\n', 0, 0),
                                     StatusMessageMs);
    });

    // The console opens on the dashboard once the inventory is not empty: at the first snapshot after
    // opening, unless the user went elsewhere or an import started meanwhile.
    connect(m_controller, &InventoryController::taskStarted, this, [this] { m_openOnDashboard = false; });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this] { m_openOnDashboard = false; });
    connect(dashboard, &DashboardController::snapshotReady, this,
            [this](const domain::DashboardSnapshot &snapshot) {
                if (std::exchange(m_openOnDashboard, false) && snapshot.totals.managed > 0 &&
                    m_pages->currentWidget() == m_inventory)
                    showPage(pageIndex(m_dashboard));
            });
}

} // namespace certdesk::ui
