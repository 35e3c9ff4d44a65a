// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// The "nginx" target type (nginx).
TargetType nginxTargetType();

} // namespace certdesk::target
