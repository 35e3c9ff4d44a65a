// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

namespace certdesk::issuer::acme {

/// A DNS server to send questions to: a numeric address and a port.
struct DnsServer
{
    QString address; ///< numeric IPv4 or IPv6 (a link-local IPv6 address may carry a %scope)
    quint16 port = 53;

    /// "192.0.2.1:53" or "[2001:db8::1]:53", for messages.
    QString toString() const;
    bool operator==(const DnsServer &) const = default;
};

/// Parses "192.0.2.1", "192.0.2.1:5353", "2001:db8::1" or "[2001:db8::1]:5353" (port 53 when none
/// is given). Host names are refused: the server that resolves names cannot itself be a name.
Result<DnsServer> parseDnsServer(const QString &text);

/// The first usable "nameserver" line of resolv.conf text, or 127.0.0.1 when there is none (as the C
/// library does).
Result<DnsServer> firstNameserver(const QByteArray &resolvConf);

/// The first nameserver of /etc/resolv.conf.
Result<DnsServer> systemDnsServer();

} // namespace certdesk::issuer::acme
