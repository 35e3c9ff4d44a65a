// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/deployment.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class SecretStore;

/// A deployment target as stored: its settings without the secrets (only their names).
using TargetRecord = domain::DeploymentTarget;

/// Keeps the deployment targets: add (after the type checks the settings), update, remove, test
/// (a dry run through the connector's validate(), before or after saving), and which targets a
/// certificate is bound to (deployed to automatically after each renewal). Secret fields are
/// sealed in the secret store as `target/<name>/<field>`; config_json never holds them. Every
/// change is audited. Blocking: call from worker threads.
class TargetService final
{
public:
    TargetService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets);

    Result<QList<TargetRecord>> list() const;
    Result<TargetRecord> find(const QString &name) const;
    /// Checks the settings with the type and saves them; fails when the name is taken.
    Result<qint64> add(const QString &name, const QString &type, const target::TargetSettings &settings);
    /// Replaces the settings; a secret field absent from `settings.secrets` keeps its sealed value.
    Status update(const QString &name, const target::TargetSettings &settings);
    Status remove(const QString &name);
    Status setEnabled(const QString &name, bool enabled);

    /// A dry run of unsaved settings (the wizard's test step).
    Result<target::ValidationReport> test(const QString &type, const target::TargetSettings &settings) const;
    /// A dry run of a saved target.
    Result<target::ValidationReport> test(const QString &name) const;
    /// The saved target's settings with its secrets unsealed, and its connector.
    Result<std::unique_ptr<target::Connector>> connector(const QString &name) const;

    Status bind(qint64 certificateId, const QString &targetName);
    Status unbind(qint64 certificateId, const QString &targetName);
    Result<QList<TargetRecord>> boundTargets(qint64 certificateId) const;

private:
    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace certdesk::core
