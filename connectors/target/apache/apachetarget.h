// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// The "apache" target type (Apache httpd).
TargetType apacheTargetType();

} // namespace certdesk::target
