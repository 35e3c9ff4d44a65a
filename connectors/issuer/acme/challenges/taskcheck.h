// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges.

#include "connectors/issuer/acme/challenges/dnsserver.h"
#include "connectors/issuer/acme/challenges/solverconfig.h"
#include "connectors/issuer/acme/challengesolver.h"

#include <optional>

namespace certdesk::issuer::acme {

/// An Error (InvalidInput) when `task` is not of `type` or its identifier is empty or has control
/// characters; the identifier is otherwise passed on as it is (it never meets a shell).
Status checkTask(const ChallengeTask &task, const QString &type);

/// An Error (InvalidInput) when `task` has no key authorization, or one that does not start with
/// its token and a dot.
Status checkKeyAuthorization(const ChallengeTask &task);

/// What a DNS solver's present() checks before it runs a script: the present script is usable, the
/// resolver (if any) parses, and every task is of `type` (and has a key authorization when
/// `needsKeyAuthorization`). Returns the configured resolver.
Result<std::optional<DnsServer>> checkDnsPresent(const DnsScriptConfig &scripts,
                                                 const DnsPropagationConfig &propagation,
                                                 const QList<ChallengeTask> &tasks, const QString &type,
                                                 bool needsKeyAuthorization);

} // namespace certdesk::issuer::acme
