// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certdesk::issuer::acme {

/// Where the temporary HTTP-01 challenge server listens, and how long it waits for a client.
struct Http01Config
{
    QString address = QStringLiteral("0.0.0.0"); ///< a numeric IPv4 or IPv6 address of this machine
    quint16 port = 80;
    int readTimeoutMs = 10000; ///< a client must have sent its whole request within this time
};

/// The administrator's scripts that create and remove DNS TXT records. Each is executed directly
/// (no shell), with the record in its environment: CERTDESK_DNS_DOMAIN, CERTDESK_DNS_FQDN,
/// CERTDESK_DNS_VALUE and CERTDESK_DNS_TOKEN.
struct DnsScriptConfig
{
    QString presentScript;    ///< absolute path of the script that creates a record
    QString cleanupScript;    ///< absolute path of the script that removes it; empty: records are left
    int timeoutSeconds = 120; ///< a script still running after this is killed, with its children
};

/// How long the CA is kept waiting after records were created, so that every DNS server of the zone
/// has them.
struct DnsPropagationConfig
{
    int waitSeconds = 30; ///< the longest wait; 0 means none
    /// A DNS server ("host:port", "[v6]:port" or a bare address, port 53) to ask for the records
    /// during the wait: the wait ends as soon as it shows every one. Empty: wait the whole time.
    QString resolver;
    int pollIntervalMs = 2000;  ///< pause between two rounds of lookups
    int lookupTimeoutMs = 3000; ///< one DNS question, including its retransmissions
};

/// Configuration of the DNS-01 solver.
struct Dns01Config
{
    DnsScriptConfig scripts;
    DnsPropagationConfig propagation;
};

/// Configuration of the DNS-PERSIST-01 solver. The cleanup script is never run: the record stays.
/// Whether the record already exists is asked of `propagation.resolver`, or when that is empty, of
/// the first nameserver in /etc/resolv.conf.
struct DnsPersistConfig
{
    DnsScriptConfig scripts;
    DnsPropagationConfig propagation;
    /// The CA's issuer domain name to put in the record (e.g. "letsencrypt.org"); empty: the first
    /// of the names the challenge lists.
    QString issuerDomain;
};

} // namespace certdesk::issuer::acme
