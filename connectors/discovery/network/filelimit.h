// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

namespace certdesk::discovery {

/// Makes room for `sockets` more open descriptors: raises the process's RLIMIT_NOFILE soft limit
/// (up to the hard limit) when the descriptors in use plus `sockets` would not fit. Returns how
/// many sockets fit now (at least 1), which may be fewer than asked for.
int makeRoomForSockets(int sockets);

} // namespace certdesk::discovery
