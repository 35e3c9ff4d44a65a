// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// The "envoy" target type (Envoy).
TargetType envoyTargetType();

} // namespace certdesk::target
