// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// The "ssh" target type: agentless deployment to a Linux/Unix server over SSH/SFTP (libssh),
/// with the host key verified against known_hosts (see ssh/sshhostkey.h for trusting a new one).
TargetType sshTargetType();

} // namespace certdesk::target
