// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// The "haproxy" target type (HAProxy).
TargetType haproxyTargetType();

} // namespace certdesk::target
