// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "connectors/discovery/network/ipaddress.h"
#include "connectors/discovery/network/starttls.h"

#include <QString>

namespace certdesk::discovery {

/// One connection attempt the scan makes.
struct ProbeJob
{
    qint64 order = 0;  ///< place of the address:port in target, address and port order
    int sniIndex = -1; ///< which configured SNI name this probe tries; -1 for the first probe
    QString host;      ///< host name of a host-name target, else the address
    IpAddress ip;
    quint16 port = 0;
    QString sni; ///< empty: no SNI
    StartTlsProtocol startTls = StartTlsProtocol::None;
    bool trySniNames = false; ///< a first probe of an IP target while SNI names are configured

    bool isFirstProbe() const { return sniIndex < 0; }
};

} // namespace certdesk::discovery
