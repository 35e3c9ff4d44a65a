// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "connectors/discovery/network/ipaddress.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace certdesk::discovery {

/// What resolving one host name gave: its addresses, or why there are none.
struct ResolvedHost
{
    QList<IpAddress> addresses; ///< in the resolver's order, each once, at most MaxAddressesPerHost
    QString error;              ///< set when there are no addresses
};

/// More addresses of one name than this are not probed (round-robin names can have dozens).
inline constexpr int MaxAddressesPerHost = 16;

/// Resolves every name with getaddrinfo (IPv4 and IPv6), several names at a time on short-lived
/// threads, since getaddrinfo blocks. Names not yet started when `cancel` turns true are left
/// with an empty result. The result has one entry per name, in order.
QList<ResolvedHost> resolveHosts(const QStringList &names, const std::atomic<bool> *cancel);

} // namespace certdesk::discovery
