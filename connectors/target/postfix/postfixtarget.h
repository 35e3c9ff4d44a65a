// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// The "postfix" target type (Postfix/Dovecot).
TargetType postfixTargetType();

} // namespace certdesk::target
