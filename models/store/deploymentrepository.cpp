// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/deploymentrepository.h"

#include "models/store/database.h"
#include "models/store/returnedid.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>

namespace certdesk::store {

using domain::DeploymentRecord;

namespace {

QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the deployment history");
}

/// The columns select() reads, in the order readDeployment() expects them.
const QString deploymentColumns =
    QStringLiteral("d.id, d.certificate_id, c.common_name, d.target_id, t.name, d.target_type, d.version_id, "
                   "d.sha256, d.status, d.output, d.started_at, d.finished_at, d.job_id "
                   "FROM deployments d JOIN certificates c ON c.id = d.certificate_id "
                   "JOIN deployment_targets t ON t.id = d.target_id");

DeploymentRecord readDeployment(const QSqlQuery &q)
{
    DeploymentRecord d;
    d.id = q.value(0).toLongLong();
    d.certificateId = q.value(1).toLongLong();
    d.certificateName = q.value(2).toString();
    d.targetId = q.value(3).toLongLong();
    d.targetName = q.value(4).toString();
    d.targetType = q.value(5).toString();
    d.versionId = q.value(6).toLongLong();
    d.sha256 = q.value(7).toString();
    d.status = q.value(8).toString();
    d.output = q.value(9).toString();
    d.startedAt = fromDbTime(q.value(10));
    d.finishedAt = fromDbTime(q.value(11));
    d.jobId = q.value(12).toLongLong();
    return d;
}

/// NULL for 0, the id otherwise.
QVariant idOrNull(qint64 id)
{
    return detail::optionalId(id ? std::optional<qint64>(id) : std::nullopt);
}

} // namespace

Result<qint64> DeploymentRepository::start(const NewDeployment &deployment)
{
    const QVariant running = QString::fromLatin1(domain::DeploymentStatus::Running);
    if (deployment.jobId) {
        auto existing = runQuery(m_db, QStringLiteral("SELECT id FROM deployments WHERE job_id = ?"),
                                 {deployment.jobId}, what());
        if (!existing)
            return existing.error();
        if (existing.value().next()) {
            const qint64 id = existing.value().value(0).toLongLong();
            auto q = runQuery(
                m_db,
                QStringLiteral("UPDATE deployments SET certificate_id = ?, version_id = ?, "
                               "target_id = ?, target_type = ?, sha256 = ?, status = ?, output = '', "
                               "started_at = ?, finished_at = NULL WHERE id = ?"),
                {deployment.certificateId, idOrNull(deployment.versionId), deployment.targetId,
                 detail::text(deployment.targetType), detail::text(deployment.sha256), running,
                 toDbTime(deployment.startedAt), id},
                what());
            if (!q)
                return q.error();
            return id;
        }
    }
    return detail::returnedId(
        runQuery(m_db,
                 QStringLiteral(
                     "INSERT INTO deployments (certificate_id, version_id, target_id, target_type, "
                     "sha256, status, started_at, job_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {deployment.certificateId, idOrNull(deployment.versionId), deployment.targetId,
                  detail::text(deployment.targetType), detail::text(deployment.sha256), running,
                  toDbTime(deployment.startedAt), idOrNull(deployment.jobId)},
                 what()),
        what());
}

Status DeploymentRepository::finish(qint64 id, const QString &status, const QString &output,
                                    const QDateTime &finishedAt)
{
    auto q = runQuery(
        m_db, QStringLiteral("UPDATE deployments SET status = ?, output = ?, finished_at = ? WHERE id = ?"),
        {status, detail::text(output), toDbTime(finishedAt), id}, what());
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error{QCoreApplication::translate("certdesk", "The deployment record no longer exists."),
                     {},
                     ErrorCode::NotFound};
    return {};
}

Result<QList<DeploymentRecord>> DeploymentRepository::list(const domain::DeploymentFilter &filter)
{
    QStringList conditions;
    QVariantList bindings;
    if (filter.certificateId) {
        conditions << QStringLiteral("d.certificate_id = ?");
        bindings << *filter.certificateId;
    }
    if (filter.targetName) {
        conditions << QStringLiteral("t.name = ?");
        bindings << *filter.targetName;
    }
    QString where =
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND "));
    bindings << qMax(1, filter.limit);
    return select(where + QStringLiteral(" ORDER BY d.id DESC LIMIT ?"), bindings);
}

Result<std::optional<DeploymentRecord>> DeploymentRepository::findByJob(qint64 jobId)
{
    auto found = select(QStringLiteral("WHERE d.job_id = ?"), {jobId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<DeploymentRecord>();
    return std::optional<DeploymentRecord>(found->first());
}

Result<QList<DeploymentRecord>> DeploymentRepository::select(const QString &where,
                                                             const QVariantList &bindings)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + deploymentColumns + u' ' + where, bindings, what());
    if (!q)
        return q.error();
    QList<DeploymentRecord> out;
    while (q.value().next())
        out.append(readDeployment(q.value()));
    return out;
}

} // namespace certdesk::store
