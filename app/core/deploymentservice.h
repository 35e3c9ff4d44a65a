// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/deployment.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class TargetService;

/// One attempt to install one certificate version on one target (a row of `deployments`).
using DeploymentRecord = domain::DeploymentRecord;
/// Which deployments to list.
using DeploymentFilter = domain::DeploymentFilter;

/// Deploys certificates to targets. `enqueueDeploy` queues one "deploy" job per target (the
/// certificate's current version, its key unsealed only inside the job); the job's handler runs
/// the target's connector in a Sandbox with the connector's grant, verifies the endpoint by a TLS
/// handshake when the target has one, and records the deployment and its output. Re-deploying
/// the same version is a no-op that succeeds ("unchanged"). Blocking: call from worker threads.
class DeploymentService final
{
public:
    DeploymentService(std::shared_ptr<store::Database> db, std::shared_ptr<TargetService> targets);

    /// Queues one deploy job per target name, in one transaction; returns the job ids in the order
    /// of `targetNames`. Refuses (InvalidInput, NotFound) an unknown or disabled target, a revoked
    /// certificate and one without a private key. A deployment of the same version to the same
    /// target still queued or running is returned instead of a second one.
    Result<QList<qint64>> enqueueDeploy(qint64 certificateId, const QStringList &targetNames);
    Result<QList<DeploymentRecord>> history(const DeploymentFilter &filter) const;
    /// The deployment a deploy job ran (nullopt when it did not get that far).
    Result<std::optional<DeploymentRecord>> deploymentOfJob(qint64 jobId) const;

    /// Inside a renewal's transaction on `db`: queues a deploy job for each enabled target the
    /// certificate is bound to, so the new version and its deployments commit together.
    /// (AppContext makes this LifecycleService's renewal hook.)
    static Status enqueueAfterRenewal(QSqlDatabase db, qint64 certificateId, qint64 versionId);

private:
    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<TargetService> m_targets;
};

} // namespace certdesk::core
