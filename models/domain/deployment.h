// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::domain {

/// How a deployment stands or ended (`deployments.status`).
namespace DeploymentStatus {
inline constexpr auto Pending = "pending";
inline constexpr auto Running = "running";
inline constexpr auto Succeeded = "succeeded";
inline constexpr auto Unchanged = "unchanged"; ///< the target already had this certificate: nothing changed
inline constexpr auto Failed = "failed";
} // namespace DeploymentStatus

/// A deployment target as stored (`deployment_targets`): its settings without the secrets (only
/// their names), and how its last deployment went.
struct DeploymentTarget
{
    qint64 id = 0;
    QString name;
    QString type;           ///< a target::TargetType name
    QJsonObject config;     ///< the plain settings
    QStringList secretKeys; ///< which secret fields are set (their values stay sealed)
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastDeployedAt; ///< null when never deployed
    QString lastStatus;       ///< of the last deployment: "succeeded", "failed", ... or empty
};

/// One attempt to install one certificate version on one target (a row of `deployments`).
struct DeploymentRecord
{
    qint64 id = 0;
    qint64 certificateId = 0;
    QString certificateName; ///< the certificate's common name
    qint64 targetId = 0;
    QString targetName;
    QString targetType;   ///< the target's type when it ran
    qint64 versionId = 0; ///< the certificate version deployed, 0 when that version is gone
    QString sha256;
    QString status; ///< "pending", "running", "succeeded", "unchanged", "failed"
    QString output; ///< steps, config check and reload output, verification; never a secret
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 jobId = 0; ///< the job that ran it, 0 when none
};

/// Which deployments to list, newest first.
struct DeploymentFilter
{
    std::optional<qint64> certificateId;
    std::optional<QString> targetName;
    int limit = 500;
};

} // namespace certdesk::domain
