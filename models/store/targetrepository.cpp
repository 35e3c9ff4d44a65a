// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/targetrepository.h"

#include "models/store/database.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>

namespace certdesk::store {

using domain::DeploymentTarget;

namespace {

/// What a select reads after the shared columns, in the order readOwn() expects them: the time and
/// status of the target's newest deployment.
const QString OwnColumns = QStringLiteral(
    "(SELECT COALESCE(d.finished_at, d.started_at) FROM deployments d WHERE d.target_id = e.id "
    "ORDER BY d.id DESC LIMIT 1), "
    "(SELECT d.status FROM deployments d WHERE d.target_id = e.id ORDER BY d.id DESC LIMIT 1)");

void readOwn(const QSqlQuery &q, DeploymentTarget &t, int i)
{
    t.lastDeployedAt = fromDbTime(q.value(i++));
    t.lastStatus = q.value(i).toString();
}

} // namespace

TargetRepository::TargetRepository(QSqlDatabase db)
    : EntryTable(std::move(db), QStringLiteral("deployment_targets"), OwnColumns,
                 {QT_TRANSLATE_NOOP("certdesk", "read or write the deployment targets"),
                  QT_TRANSLATE_NOOP("certdesk", "The deployment target no longer exists."),
                  QT_TRANSLATE_NOOP("certdesk",
                                    "There is no deployment target named \"%1\"; 'target list' shows them."),
                  QT_TRANSLATE_NOOP("certdesk",
                                    "A deployment target named \"%1\" already exists; choose another name.")},
                 readOwn)
{}

Status TargetRepository::setEnabled(qint64 id, bool enabled, const QDateTime &now)
{
    return set(id, {{QStringLiteral("enabled"), detail::flag(enabled)}}, now);
}

Result<bool> TargetRepository::bind(qint64 certificateId, qint64 targetId)
{
    // A plain INSERT that fails on the primary key would abort a PostgreSQL transaction: look first.
    auto existing = runQuery(
        database(),
        QStringLiteral("SELECT 1 FROM certificate_targets WHERE certificate_id = ? AND target_id = ?"),
        {certificateId, targetId}, what());
    if (!existing)
        return existing.error();
    if (existing.value().next())
        return false;
    auto q =
        runQuery(database(),
                 QStringLiteral("INSERT INTO certificate_targets (certificate_id, target_id) VALUES (?, ?)"),
                 {certificateId, targetId}, what());
    if (!q)
        return q.error();
    return true;
}

Result<bool> TargetRepository::unbind(qint64 certificateId, qint64 targetId)
{
    auto q =
        runQuery(database(),
                 QStringLiteral("DELETE FROM certificate_targets WHERE certificate_id = ? AND target_id = ?"),
                 {certificateId, targetId}, what());
    if (!q)
        return q.error();
    return q.value().numRowsAffected() > 0;
}

Result<QList<DeploymentTarget>> TargetRepository::boundTargets(qint64 certificateId)
{
    return list(QStringLiteral("JOIN certificate_targets b ON b.target_id = e.id WHERE b.certificate_id = ? "
                               "ORDER BY e.name"),
                {certificateId});
}

} // namespace certdesk::store
