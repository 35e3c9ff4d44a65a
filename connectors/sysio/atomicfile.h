// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

namespace certdesk::sysio {

/// Who may read a written file.
enum class FileMode {
    Public,    ///< 0644: certificates and chains
    OwnerOnly, ///< 0600: anything that holds a private key; never readable by others, not even briefly
};

/// Writes `bytes` to `path` through a temporary file in the same folder that is created with the
/// final mode, flushed to disk and renamed over the target, so readers see the old file or the new
/// one and never half of one.
///
/// A file that is replaced keeps its owner and group, and an OwnerOnly file that was shared with its
/// group only stays 0640 (a key a service reads through its group, as Debian's ssl-cert group; a
/// world-readable one becomes 0600). When the owner or group cannot be kept (a non-root user replacing
/// another user's file), nothing is written and the error says whose the file is.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, FileMode mode);

} // namespace certdesk::sysio
