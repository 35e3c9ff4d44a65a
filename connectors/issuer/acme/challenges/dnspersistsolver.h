// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/challenges/solverconfig.h"
#include "connectors/issuer/acme/challengesolver.h"

namespace certdesk::issuer::acme {

/// Answers dns-persist-01 challenges (draft-ietf-acme-dns-persist) with a standing TXT record at
/// `_validation-persist.<identifier>` holding "<issuer-domain>; accounturi=<account URI>", plus
/// "; policy=wildcard" when a wildcard of the name is ordered (that record covers the name itself
/// too). present() first asks DNS for the record and runs the present script only when no record
/// shows the value (a wildcard record also counts for the plain name), so renewals leave DNS alone;
/// when it ran a script, it then waits for propagation. cleanup() removes nothing: the record is
/// meant to stay. Safe to use from several threads.
class DnsPersistSolver final : public ChallengeSolver
{
public:
    explicit DnsPersistSolver(DnsPersistConfig config);

    QString type() const override;
    Status present(const QList<ChallengeTask> &tasks, const CancelCheck &cancelled) override;
    /// Does nothing: the record is permanent.
    Status cleanup(const QList<ChallengeTask> &tasks) override;

private:
    const DnsPersistConfig m_config;
};

} // namespace certdesk::issuer::acme
