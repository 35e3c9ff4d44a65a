// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// The "traefik" target type (Traefik).
TargetType traefikTargetType();

} // namespace certdesk::target
