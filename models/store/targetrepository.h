// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/deployment.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace certdesk::store {

/// Deployment targets (table `deployment_targets`) and which certificates are bound to them
/// (`certificate_targets`: deployed to after each renewal). config_json holds the plain settings
/// only; the names of the secret fields are in `secret_keys`, their sealed values in `secrets`
/// (the app layer's business). Names are unique. Validation is the caller's (core::TargetService).
class TargetRepository final
{
public:
    explicit TargetRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Stores a new target and returns its id; an InvalidInput Error when the name is taken.
    Result<qint64> insert(const domain::DeploymentTarget &target, const QDateTime &now);
    /// Replaces the settings, secret names and `enabled` of the target with `target.id` (not its
    /// name or type). NotFound when there is none.
    Status update(const domain::DeploymentTarget &target, const QDateTime &now);
    Status setEnabled(qint64 id, bool enabled, const QDateTime &now);
    /// Deletes the target, its bindings and its deployment history; NotFound when there is none.
    Status remove(qint64 id);

    /// NotFound naming the target when there is none with this name (compared exactly).
    Result<domain::DeploymentTarget> findByName(const QString &name);
    Result<domain::DeploymentTarget> findById(qint64 id);
    /// Every target, by name, with its last deployment's time and status.
    Result<QList<domain::DeploymentTarget>> list();

    /// Binds a certificate to a target; false when it already was.
    Result<bool> bind(qint64 certificateId, qint64 targetId);
    /// False when it was not bound.
    Result<bool> unbind(qint64 certificateId, qint64 targetId);
    /// The targets the certificate is bound to, by name.
    Result<QList<domain::DeploymentTarget>> boundTargets(qint64 certificateId);

private:
    Result<QList<domain::DeploymentTarget>> select(const QString &where, const QVariantList &bindings);

    QSqlDatabase m_db;
};

} // namespace certdesk::store
