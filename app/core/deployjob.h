// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/jobrunner.h"
#include "models/domain/certificate.h"
#include "models/domain/deployment.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <chrono>
#include <memory>

namespace certdesk::core {

class SecretStore;
class TargetService;

namespace JobKind {
inline constexpr auto Deploy = "certificate.deploy";
} // namespace JobKind

/// The payload of a "certificate.deploy" job: {"certificate_id": N, "target_id": N, "target": name}.
QJsonObject deployJobPayload(qint64 certificateId, const domain::DeploymentTarget &target);

/// Whether a certificate can be deployed at all: not revoked, and its key is in the inventory.
/// An InvalidInput Error that says what to do otherwise.
Status checkDeployable(const domain::ManagedCertificate &certificate);

/// Runs "certificate.deploy" jobs: loads the certificate's current version and the target, unseals
/// the private key and the target's secrets (only here, in the job), runs the target's connector in
/// a Sandbox with the connector's own grant, and, when the target names an endpoint, checks by TLS
/// handshakes (in a Sandbox that may dial only that endpoint) that the endpoint presents the new
/// certificate, retrying for a bounded time since servers reload asynchronously. The deployment row
/// (one per job: running, then succeeded, unchanged or failed, with the output) and an audit event
/// are written with the job's end. Deployments to one target run one at a time in this process.
/// Bad input (an unknown target, no key, bad settings, a sandbox denial) fails at once.
class DeployJobHandler final : public JobHandler
{
public:
    struct Options
    {
        std::chrono::milliseconds verifyFor{20000};   ///< how long the endpoint may take to present it
        std::chrono::milliseconds retryEvery{500};    ///< between handshakes
        std::chrono::milliseconds probeTimeout{5000}; ///< one connect and handshake
    };

    DeployJobHandler(std::shared_ptr<SecretStore> secrets, std::shared_ptr<TargetService> targets,
                     Options options);
    DeployJobHandler(std::shared_ptr<SecretStore> secrets, std::shared_ptr<TargetService> targets);

    Status run(JobContext &context) override;
    bool isRetryable(const Error &error) const override;

private:
    /// The lock that keeps two deployments to one target apart.
    std::shared_ptr<QMutex> targetLock(qint64 targetId);

    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<TargetService> m_targets;
    Options m_options;
    QMutex m_locksMutex;
    QHash<qint64, std::shared_ptr<QMutex>> m_targetLocks;
};

} // namespace certdesk::core
