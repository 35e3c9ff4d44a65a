// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/jobrunner.h"
#include "app/core/lifecycleservice.h"

#include <memory>

namespace certdesk::core {

/// Job kinds of the certificate lifecycle.
namespace JobKind {
inline constexpr auto Issue = "certificate.issue";
inline constexpr auto Renew = "certificate.renew";
} // namespace JobKind

/// Runs "certificate.issue" jobs: the payload is an IssueCertificateRequest; the result names the
/// new certificate ({"certificate_id": N}). The result, the final progress and the job's success are
/// written in the same transaction as the certificate (JobContext::succeedWithin), so a job re-run
/// after a crash finds its result and issues nothing twice, and a job costs one commit (the worker's
/// next job is claimed in it too).
class IssueJobHandler final : public JobHandler
{
public:
    explicit IssueJobHandler(LifecycleService &lifecycle) : m_lifecycle(lifecycle) {}
    Status run(JobContext &context) override;
    /// Bad input (a name, a profile, a key type) will not get better on a retry.
    bool isRetryable(const Error &error) const override;

private:
    LifecycleService &m_lifecycle;
};

/// Runs "certificate.renew" jobs: payload {"certificate_id": N, "reuse_key": bool}; the result
/// carries the new version ({"version_id": N}), written with the version itself, as is the job's end.
class RenewJobHandler final : public JobHandler
{
public:
    explicit RenewJobHandler(LifecycleService &lifecycle) : m_lifecycle(lifecycle) {}
    Status run(JobContext &context) override;
    bool isRetryable(const Error &error) const override;

private:
    LifecycleService &m_lifecycle;
};

/// Registers the lifecycle's handlers with a runner.
void registerLifecycleHandlers(JobRunner &runner, LifecycleService &lifecycle);

} // namespace certdesk::core
