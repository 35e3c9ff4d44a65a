// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/deployment.h"
#include "models/domain/result.h"
#include "models/store/entrytable.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace certdesk::store {

/// Deployment targets (table `deployment_targets`) and which certificates are bound to them
/// (`certificate_targets`: deployed to after each renewal). insert, update (settings, secret names
/// and `enabled`), remove (with the bindings and the deployment history), findByName, findById and
/// list (with each target's last deployment's time and status) come from EntryTable. config_json
/// holds the plain settings only; the names of the secret fields are in `secret_keys`, their
/// sealed values in `secrets` (the app layer's business). Names are unique. Validation is the
/// caller's (core::TargetService).
class TargetRepository final : public EntryTable<domain::DeploymentTarget>
{
public:
    explicit TargetRepository(QSqlDatabase db);

    Status setEnabled(qint64 id, bool enabled, const QDateTime &now);

    /// Binds a certificate to a target; false when it already was.
    Result<bool> bind(qint64 certificateId, qint64 targetId);
    /// False when it was not bound.
    Result<bool> unbind(qint64 certificateId, qint64 targetId);
    /// The targets the certificate is bound to, by name.
    Result<QList<domain::DeploymentTarget>> boundTargets(qint64 certificateId);
};

} // namespace certdesk::store
