// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "models/domain/result.h"

namespace certdesk::discovery {

/// An Error about what the user typed (retrying cannot help).
inline Error inputError(const QString &message)
{
    return Error{message, {}, ErrorCode::InvalidInput};
}

} // namespace certdesk::discovery
