// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/targetrepository.h"

#include "models/store/database.h"
#include "models/store/firstrow.h"
#include "models/store/returnedid.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk::store {

using domain::DeploymentTarget;

namespace {

QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the deployment targets");
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error nameTaken(const QString &name)
{
    return Error{QCoreApplication::translate(
                     "certdesk", "A deployment target named \"%1\" already exists; choose another name.")
                     .arg(name),
                 {},
                 ErrorCode::InvalidInput};
}

Error notFound()
{
    return Error{QCoreApplication::translate("certdesk", "The deployment target no longer exists."),
                 {},
                 ErrorCode::NotFound};
}

/// The columns select() reads, in the order readTarget() expects them: the target, then the time
/// and status of its newest deployment.
const QString targetColumns = QStringLiteral(
    "t.id, t.name, t.type, t.config_json, t.secret_keys, t.enabled, t.created_at, t.updated_at, "
    "(SELECT COALESCE(d.finished_at, d.started_at) FROM deployments d WHERE d.target_id = t.id "
    "ORDER BY d.id DESC LIMIT 1), "
    "(SELECT d.status FROM deployments d WHERE d.target_id = t.id ORDER BY d.id DESC LIMIT 1) "
    "FROM deployment_targets t");

DeploymentTarget readTarget(const QSqlQuery &q)
{
    DeploymentTarget t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.type = q.value(2).toString();
    t.config = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    t.secretKeys = detail::fromLines(q.value(4));
    t.enabled = q.value(5).toInt() != 0;
    t.createdAt = fromDbTime(q.value(6));
    t.updatedAt = fromDbTime(q.value(7));
    t.lastDeployedAt = fromDbTime(q.value(8));
    t.lastStatus = q.value(9).toString();
    return t;
}

/// A statement that must change one row: NotFound when it changed none.
Status changedOne(Result<QSqlQuery> &&q)
{
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return notFound();
    return {};
}

} // namespace

Result<qint64> TargetRepository::insert(const DeploymentTarget &target, const QDateTime &now)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO deployment_targets (name, type, config_json, secret_keys, "
                                "enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {target.name, target.type, compactJson(target.config), detail::lines(target.secretKeys),
                  detail::flag(target.enabled), toDbTime(now), toDbTime(now)},
                 what());
    if (!q && detail::isUniqueViolation(q.error().detail))
        return nameTaken(target.name);
    return detail::returnedId(std::move(q), what());
}

Status TargetRepository::update(const DeploymentTarget &target, const QDateTime &now)
{
    return changedOne(
        runQuery(m_db,
                 QStringLiteral("UPDATE deployment_targets SET config_json = ?, secret_keys = ?, "
                                "enabled = ?, updated_at = ? WHERE id = ?"),
                 {compactJson(target.config), detail::lines(target.secretKeys), detail::flag(target.enabled),
                  toDbTime(now), target.id},
                 what()));
}

Status TargetRepository::setEnabled(qint64 id, bool enabled, const QDateTime &now)
{
    return changedOne(runQuery(
        m_db, QStringLiteral("UPDATE deployment_targets SET enabled = ?, updated_at = ? WHERE id = ?"),
        {detail::flag(enabled), toDbTime(now), id}, what()));
}

Status TargetRepository::remove(qint64 id)
{
    return changedOne(
        runQuery(m_db, QStringLiteral("DELETE FROM deployment_targets WHERE id = ?"), {id}, what()));
}

Result<DeploymentTarget> TargetRepository::findByName(const QString &name)
{
    return detail::firstOr(
        select(QStringLiteral("WHERE t.name = ?"), {name}),
        Error{QCoreApplication::translate(
                  "certdesk", "There is no deployment target named \"%1\"; 'target list' shows them.")
                  .arg(name),
              {},
              ErrorCode::NotFound});
}

Result<DeploymentTarget> TargetRepository::findById(qint64 id)
{
    return detail::firstOr(select(QStringLiteral("WHERE t.id = ?"), {id}), notFound());
}

Result<QList<DeploymentTarget>> TargetRepository::list()
{
    return select(QStringLiteral("ORDER BY t.name"), {});
}

Result<bool> TargetRepository::bind(qint64 certificateId, qint64 targetId)
{
    // A plain INSERT that fails on the primary key would abort a PostgreSQL transaction: look first.
    auto existing = runQuery(
        m_db, QStringLiteral("SELECT 1 FROM certificate_targets WHERE certificate_id = ? AND target_id = ?"),
        {certificateId, targetId}, what());
    if (!existing)
        return existing.error();
    if (existing.value().next())
        return false;
    auto q = runQuery(
        m_db, QStringLiteral("INSERT INTO certificate_targets (certificate_id, target_id) VALUES (?, ?)"),
        {certificateId, targetId}, what());
    if (!q)
        return q.error();
    return true;
}

Result<bool> TargetRepository::unbind(qint64 certificateId, qint64 targetId)
{
    auto q = runQuery(
        m_db, QStringLiteral("DELETE FROM certificate_targets WHERE certificate_id = ? AND target_id = ?"),
        {certificateId, targetId}, what());
    if (!q)
        return q.error();
    return q.value().numRowsAffected() > 0;
}

Result<QList<DeploymentTarget>> TargetRepository::boundTargets(qint64 certificateId)
{
    return select(
        QStringLiteral("JOIN certificate_targets b ON b.target_id = t.id WHERE b.certificate_id = ? "
                       "ORDER BY t.name"),
        {certificateId});
}

Result<QList<DeploymentTarget>> TargetRepository::select(const QString &where, const QVariantList &bindings)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + targetColumns + u' ' + where, bindings, what());
    if (!q)
        return q.error();
    QList<DeploymentTarget> out;
    while (q.value().next())
        out.append(readTarget(q.value()));
    return out;
}

} // namespace certdesk::store
