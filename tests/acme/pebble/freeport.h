// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace certdesk::testsupport {

/// A port on 127.0.0.1 that nothing listens on at the moment of the call (TCP, and UDP as well
/// when `udpToo`), for a server the test starts next. Never the same port twice in one process.
/// 0 when none was found. A port can still be taken before the server binds it: callers retry.
int freeLoopbackPort(bool udpToo = false);

} // namespace certdesk::testsupport
