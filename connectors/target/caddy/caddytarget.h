// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// The "caddy" target type (Caddy): API mode loads the certificate into the running Caddy through
/// its admin API; file mode writes the certificate and key files and reloads Caddy.
TargetType caddyTargetType();

} // namespace certdesk::target
