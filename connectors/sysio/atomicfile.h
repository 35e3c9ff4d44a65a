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
Status writeFileAtomically(const QString &path, const QByteArray &bytes, FileMode mode);

} // namespace certdesk::sysio
