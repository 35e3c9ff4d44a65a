// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/sealedentries.h"
#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/deployment.h"
#include "models/domain/result.h"
#include "models/store/targetrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace certdesk::core {

/// A deployment target as stored: its settings without the secrets (only their names).
using TargetRecord = domain::DeploymentTarget;

/// Keeps the deployment targets: list and find (from SealedEntries), add (after the type checks the
/// settings), update, remove, test (a dry run through the connector's validate(), before or after
/// saving, or of a saved target's changed settings), and which targets a certificate is bound to
/// (deployed to automatically after each renewal). Secret fields are sealed in the secret store as
/// `target/<name>/<field>`; config_json never holds them. Every change is audited. Blocking: call
/// from worker threads.
class TargetService final : public SealedEntries<target::TargetType, TargetRecord, store::TargetRepository,
                                                 std::unique_ptr<target::Connector>>
{
public:
    TargetService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets);

    /// Checks the settings with the type and saves them; fails when the name is taken.
    Result<qint64> add(const QString &name, const QString &type, const target::TargetSettings &settings);
    /// Replaces the settings; a secret field absent from `settings.secrets` keeps its sealed value.
    Status update(const QString &name, const target::TargetSettings &settings);
    /// Deletes the target, its sealed secrets, its bindings and its deployment history.
    Status remove(const QString &name);
    Status setEnabled(const QString &name, bool enabled);

    /// A dry run of unsaved settings (the wizard's test step).
    Result<target::ValidationReport> test(const QString &type, const target::TargetSettings &settings) const;
    /// A dry run of a saved target.
    Result<target::ValidationReport> test(const QString &name) const;
    /// A dry run of the saved target `name` with changed settings (the wizard's test step when
    /// editing): a secret absent from `settings.secrets` is the sealed one, as update() keeps it.
    Result<target::ValidationReport> testChanged(const QString &name,
                                                 const target::TargetSettings &settings) const;
    /// The saved target's settings with its secrets unsealed, and its connector.
    Result<std::unique_ptr<target::Connector>> connector(const QString &name) const;

    Status bind(qint64 certificateId, const QString &targetName);
    Status unbind(qint64 certificateId, const QString &targetName);
    Result<QList<TargetRecord>> boundTargets(qint64 certificateId) const;

private:
    /// The dry run of `connector`, audited as a test of `name` by `describe(summary)`.
    Result<target::ValidationReport> dryRun(const QString &name,
                                            const Result<std::unique_ptr<target::Connector>> &connector,
                                            const std::function<QString(const QString &)> &describe) const;
};

} // namespace certdesk::core
