// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/appcontext.h"

#include "app/core/discoveryservice.h"
#include "app/core/exportservice.h"
#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "app/core/issuerservice.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "app/core/networkscanservice.h"
#include "app/core/secretstore.h"
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
    context->m_lifecycle = std::make_unique<LifecycleService>(context->m_db, context->m_secrets, context->m_issuers);
    context->m_jobs = std::make_unique<JobService>(context->m_db);
    context->m_discovery =
        std::make_unique<DiscoveryService>(context->m_db, *context->m_imports, *context->m_inventory);
    context->m_networkScans = std::make_unique<NetworkScanService>(context->m_db);
    return context;
}

AppContext::~AppContext() = default;

} // namespace certdesk::core
