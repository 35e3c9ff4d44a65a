// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/appcontext.h"

#include "app/core/alertdelivery.h"
#include "app/core/alertservice.h"
#include "app/core/dashboardservice.h"
#include "app/core/deployjob.h"
#include "app/core/deploymentservice.h"
#include "app/core/digestservice.h"
#include "app/core/discoveryservice.h"
#include "app/core/exportservice.h"
#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "app/core/issuancejobs.h"
#include "app/core/issuerservice.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "app/core/networkscanservice.h"
#include "app/core/notificationservice.h"
#include "app/core/secretstore.h"
#include "app/core/targetservice.h"
#include "models/store/database.h"

namespace certdesk::core {

Result<std::shared_ptr<AppContext>> AppContext::open(const store::ConnectionSpec &spec,
                                                     std::unique_ptr<DataKeySource> keySource)
{
    auto db = store::Database::open(spec);
    if (!db)
        return db.error();
    std::shared_ptr<AppContext> context(new AppContext);
    context->m_db = *db;
    context->m_secrets = std::make_shared<SecretStore>(context->m_db, std::move(keySource));
    context->m_imports = std::make_unique<ImportService>(context->m_db, context->m_secrets);
    context->m_exports = std::make_unique<ExportService>(context->m_db, context->m_secrets);
    context->m_inventory = std::make_unique<InventoryService>(context->m_db);
    context->m_issuers = std::make_shared<IssuerService>(context->m_db, context->m_secrets);
    context->m_lifecycle =
        std::make_unique<LifecycleService>(context->m_db, context->m_secrets, context->m_issuers);
    context->m_jobs = std::make_unique<JobService>(context->m_db);
    context->m_discovery =
        std::make_unique<DiscoveryService>(context->m_db, *context->m_imports, *context->m_inventory);
    context->m_networkScans = std::make_unique<NetworkScanService>(context->m_db);
    context->m_targets = std::make_shared<TargetService>(context->m_db, context->m_secrets);
    context->m_deployments = std::make_shared<DeploymentService>(context->m_db, context->m_targets);
    context->m_dashboard = std::make_unique<DashboardService>(context->m_db);
    context->m_notifications = std::make_shared<NotificationService>(context->m_db, context->m_secrets);
    context->m_alerts = std::make_unique<AlertService>(context->m_db);
    context->m_digest = std::make_unique<DigestService>(context->m_db);
    // Every renewal, whoever runs it, queues the deployments to the certificate's bound targets in
    // its own transaction.
    context->m_lifecycle->setRenewalHook(&DeploymentService::enqueueAfterRenewal);
    return context;
}

void AppContext::registerJobHandlers(JobRunner &runner) const
{
    registerLifecycleHandlers(runner, *m_lifecycle);
    runner.registerHandler(QString::fromLatin1(JobKind::Deploy),
                           std::make_shared<DeployJobHandler>(m_secrets, m_targets));
    runner.registerHandler(QString::fromLatin1(JobKind::Notify),
                           std::make_shared<AlertDeliveryHandler>(m_notifications));
}

AppContext::~AppContext() = default;

} // namespace certdesk::core
