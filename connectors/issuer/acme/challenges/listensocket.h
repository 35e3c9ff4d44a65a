// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges.

#include "connectors/issuer/acme/challenges/socketaddress.h"
#include "connectors/issuer/acme/challenges/uniquefd.h"
#include "models/domain/result.h"

namespace certdesk::issuer::acme {

/// A non-blocking TCP socket listening on `address`. The Error says what to do when the port is
/// taken by another program, needs privileges this process lacks, or the address is not this
/// machine's.
Result<UniqueFd> openListeningSocket(const SocketAddress &address);

} // namespace certdesk::issuer::acme
