// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ports on 127.0.0.1 for the challenge solver tests: the free ports come from the pebble fixture's
// freeLoopbackPort(), which hands each out once per process.

#include "tests/acme/pebble/freeport.h"

#include <QtGlobal>

namespace certdesk::testsupport {

/// A TCP port on 127.0.0.1 that nothing listens on; aborts the test when none is found.
quint16 freeTcpPort();

/// A port on 127.0.0.1 that is free for both UDP and TCP (for a DNS server).
quint16 freeUdpTcpPort();

/// A UDP socket bound to 127.0.0.1 that never answers (a DNS server that does not respond); the
/// caller closes `*fd`.
quint16 silentUdpPort(int *fd);

} // namespace certdesk::testsupport
