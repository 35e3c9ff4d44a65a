// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/deployment.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace certdesk::store {

/// What a deployment job is about to install, for DeploymentRepository::start.
struct NewDeployment
{
    qint64 certificateId = 0;
    qint64 versionId = 0;
    qint64 targetId = 0;
    QString targetType;
    QString sha256;
    qint64 jobId = 0; ///< 0: not run by a job
    QDateTime startedAt;
};

/// The deployment history (table `deployments`): one row per attempt to install a certificate
/// version on a target, or per job when a job ran it (a retried job updates its row).
class DeploymentRepository final
{
public:
    explicit DeploymentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Records a deployment as running and returns its id. With a job id, the job's row is reused
    /// when the job ran before (its earlier output and end are cleared).
    Result<qint64> start(const NewDeployment &deployment);
    /// Records how the deployment ended. NotFound when the row is gone.
    Status finish(qint64 id, const QString &status, const QString &output, const QDateTime &finishedAt);

    /// The deployments that match, newest first, with the certificate's and the target's names.
    Result<QList<domain::DeploymentRecord>> list(const domain::DeploymentFilter &filter);
    /// The deployment the job ran, if it got that far.
    Result<std::optional<domain::DeploymentRecord>> findByJob(qint64 jobId);

private:
    Result<QList<domain::DeploymentRecord>> select(const QString &where, const QVariantList &bindings);

    QSqlDatabase m_db;
};

} // namespace certdesk::store
