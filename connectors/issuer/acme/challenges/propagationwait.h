// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges: the wait after DNS records were created, shared by
// the DNS-01 and DNS-PERSIST-01 solvers.

#include "connectors/issuer/acme/challenges/dnsserver.h"
#include "connectors/issuer/acme/challenges/solverconfig.h"
#include "connectors/issuer/acme/challengesolver.h"

#include <QList>
#include <QString>

#include <optional>

namespace certdesk::issuer::acme {

/// A TXT record the CA is going to look for.
struct ExpectedRecord
{
    QString fqdn;
    QString value;
};

/// `config.resolver` parsed: nullopt when none is configured, an Error when it is not an address.
Result<std::optional<DnsServer>> configuredResolver(const DnsPropagationConfig &config);

/// Waits up to `config.waitSeconds`. With a resolver, asks it for the records every
/// `config.pollIntervalMs` and returns as soon as each shows its value; when some never do, the wait
/// still ends on time and succeeds (the CA may see what this resolver does not). ErrorCode::Cancelled
/// when `cancelled` turns true; it is asked at least every 100 ms.
Status waitForPropagation(const QList<ExpectedRecord> &records, const DnsPropagationConfig &config,
                          const std::optional<DnsServer> &resolver, const CancelCheck &cancelled);

} // namespace certdesk::issuer::acme
