// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges: the administrator's DNS scripts, shared by the
// DNS-01 and DNS-PERSIST-01 solvers.

#include "connectors/issuer/acme/challenges/solverconfig.h"
#include "connectors/issuer/acme/challengesolver.h"

#include <QString>

namespace certdesk::issuer::acme {

/// One TXT record a DNS script is asked to create or remove; it reaches the script as
/// CERTDESK_DNS_DOMAIN, CERTDESK_DNS_FQDN, CERTDESK_DNS_VALUE and CERTDESK_DNS_TOKEN.
struct DnsRecordRequest
{
    QString domain; ///< the identifier being validated
    QString fqdn;   ///< the record's name, without a trailing dot
    QString value;  ///< the TXT value
    QString token;  ///< the challenge's token; empty for dns-persist-01
};

/// Which of the administrator's scripts to run.
enum class DnsHookStep { Present, Cleanup };

/// Runs the present or cleanup script of `scripts` for `record`, without a shell, killing it (and
/// its children) after `scripts.timeoutSeconds`. An Error names the script, the identifier and what
/// went wrong (exit code or signal, with the last lines of its stderr as the detail);
/// ErrorCode::Cancelled when `cancelled` turned true while it ran.
Status runDnsHook(DnsHookStep step, const DnsScriptConfig &scripts, const DnsRecordRequest &record,
                  const CancelCheck &cancelled);

/// An Error when the script of `step` is not configured or could never run (not an absolute path);
/// checked before anything is changed.
Status checkDnsHook(DnsHookStep step, const DnsScriptConfig &scripts);

} // namespace certdesk::issuer::acme
