// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/deploymentservice.h"

#include "app/core/deployjob.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/deploymentrepository.h"
#include "models/store/jobrepository.h"
#include "models/store/targetrepository.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

/// Queues the deployment of the certificate's current version (`versionId`) to `target` on the
/// caller's connection. The dedupe key names the version, so a renewal queues a new deployment
/// even while one of the previous version runs.
Result<qint64> enqueueOne(QSqlDatabase db, qint64 certificateId, qint64 versionId,
                          const domain::DeploymentTarget &target)
{
    store::NewJob job;
    job.kind = QString::fromLatin1(JobKind::Deploy);
    job.payload = deployJobPayload(certificateId, target);
    job.dedupeKey = QStringLiteral("deploy:%1:%2:%3").arg(certificateId).arg(target.id).arg(versionId);
    return store::JobRepository(std::move(db)).enqueue(job);
}

} // namespace

DeploymentService::DeploymentService(std::shared_ptr<store::Database> db,
                                     std::shared_ptr<TargetService> targets)
    : m_db(std::move(db)), m_targets(std::move(targets))
{}

Result<QList<qint64>> DeploymentService::enqueueDeploy(qint64 certificateId, const QStringList &targetNames)
{
    if (targetNames.isEmpty())
        return Error{tr("Name at least one target to deploy to."), {}, ErrorCode::InvalidInput};
    auto db = m_db->connection();
    auto certificate = store::CertificateRepository(db).find(certificateId);
    if (!certificate)
        return certificate.error();
    if (auto usable = checkDeployable(*certificate); !usable)
        return usable.error();
    store::TargetRepository targets(db);
    QList<domain::DeploymentTarget> chosen;
    for (const auto &name : targetNames) {
        auto target = targets.findByName(name);
        if (!target)
            return target.error();
        if (!target->enabled)
            return Error{tr("Target %1 is disabled; enable it before deploying to it.").arg(name),
                         {},
                         ErrorCode::InvalidInput};
        chosen << *target;
    }
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QList<qint64> ids;
    for (const auto &target : std::as_const(chosen)) {
        auto id = enqueueOne(db, certificateId, certificate->current.id, target);
        if (!id)
            return id.error();
        ids << *id;
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return ids;
}

Result<QList<DeploymentRecord>> DeploymentService::history(const DeploymentFilter &filter) const
{
    return store::DeploymentRepository(m_db->connection()).list(filter);
}

Result<std::optional<DeploymentRecord>> DeploymentService::deploymentOfJob(qint64 jobId) const
{
    return store::DeploymentRepository(m_db->connection()).findByJob(jobId);
}

Status DeploymentService::enqueueAfterRenewal(QSqlDatabase db, qint64 certificateId, qint64 versionId)
{
    auto bound = store::TargetRepository(db).boundTargets(certificateId);
    if (!bound)
        return bound.error();
    for (const auto &target : std::as_const(*bound)) {
        if (!target.enabled)
            continue;
        if (auto id = enqueueOne(db, certificateId, versionId, target); !id)
            return id.error();
    }
    return {};
}

} // namespace certdesk::core
