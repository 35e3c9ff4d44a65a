// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/datakeysource.h"
#include "models/domain/result.h"
#include "models/store/connectionspec.h"

#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class SecretStore;
class ImportService;
class ExportService;
class InventoryService;
class IssuerService;
class LifecycleService;
class JobService;
class DiscoveryService;
class NetworkScanService;
class TargetService;
class DeploymentService;
class DashboardService;
class NotificationService;
class AlertService;
class DigestService;
class JobRunner;

/// The services of one open inventory, shared by the console and the CLI. Opening it opens and
/// migrates the database, which touches the disk or network: do it on a worker thread in the GUI.
class AppContext final
{
public:
    static Result<std::shared_ptr<AppContext>> open(const store::ConnectionSpec &spec,
                                                    std::unique_ptr<DataKeySource> keySource);
    ~AppContext();

    const std::shared_ptr<store::Database> &database() const { return m_db; }
    SecretStore &secrets() const { return *m_secrets; }
    ImportService &imports() const { return *m_imports; }
    ExportService &exports() const { return *m_exports; }
    InventoryService &inventory() const { return *m_inventory; }
    IssuerService &issuers() const { return *m_issuers; }
    /// The same service, shared with a component that outlives a call (the renewal scheduler).
    std::shared_ptr<IssuerService> sharedIssuers() const { return m_issuers; }
    LifecycleService &lifecycle() const { return *m_lifecycle; }
    JobService &jobs() const { return *m_jobs; }
    DiscoveryService &discovery() const { return *m_discovery; }
    NetworkScanService &networkScans() const { return *m_networkScans; }
    TargetService &targets() const { return *m_targets; }
    /// The same services, for a component that outlives a call (a deploy job handler).
    std::shared_ptr<TargetService> sharedTargets() const { return m_targets; }
    std::shared_ptr<SecretStore> sharedSecrets() const { return m_secrets; }
    DeploymentService &deployments() const { return *m_deployments; }
    /// Totals, expiry timeline and recent results for the dashboard and the tray (read-only).
    DashboardService &dashboard() const { return *m_dashboard; }
    /// Alert channels (add, test, remove) and their delivery history.
    NotificationService &notifications() const { return *m_notifications; }
    /// The alert rules: evaluate, warning windows, the alerts raised.
    AlertService &alerts() const { return *m_alerts; }
    /// The digest: preview, send now, schedule.
    DigestService &digest() const { return *m_digest; }

    /// Registers every job handler with a runner: issuance and renewal (registerLifecycleHandlers),
    /// deployment and alert delivery. Whoever works the queue (the console, the CLI, the daemon)
    /// calls this.
    void registerJobHandlers(JobRunner &runner) const;

private:
    AppContext() = default;

    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<SecretStore> m_secrets;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<ExportService> m_exports;
    std::unique_ptr<InventoryService> m_inventory;
    std::shared_ptr<IssuerService> m_issuers;
    std::unique_ptr<LifecycleService> m_lifecycle;
    std::unique_ptr<JobService> m_jobs;
    std::unique_ptr<DiscoveryService> m_discovery;
    std::unique_ptr<NetworkScanService> m_networkScans;
    std::shared_ptr<TargetService> m_targets;
    std::shared_ptr<DeploymentService> m_deployments;
    std::unique_ptr<DashboardService> m_dashboard;
    std::shared_ptr<NotificationService> m_notifications;
    std::unique_ptr<AlertService> m_alerts;
    std::unique_ptr<DigestService> m_digest;
};

} // namespace certdesk::core
