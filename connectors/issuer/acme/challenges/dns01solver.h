// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/challenges/solverconfig.h"
#include "connectors/issuer/acme/challengesolver.h"

namespace certdesk::issuer::acme {

/// Answers dns-01 challenges (RFC 8555 section 8.4) through the administrator's scripts. present()
/// runs the present script once for every record (`_acme-challenge.<identifier>` with
/// base64url(SHA-256(keyAuthorization))), one after another, then waits for the records to
/// propagate; cleanup() runs the cleanup script for every task, also after a failure. The scripts
/// run without a shell and must add a value without removing others (a wildcard and its base name
/// share one record name). Safe to use from several threads.
class Dns01Solver final : public ChallengeSolver
{
public:
    explicit Dns01Solver(Dns01Config config);

    QString type() const override;
    Status present(const QList<ChallengeTask> &tasks, const CancelCheck &cancelled) override;
    Status cleanup(const QList<ChallengeTask> &tasks) override;

private:
    const Dns01Config m_config;
};

} // namespace certdesk::issuer::acme
