// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace certdesk::item {

/// Custom item roles shared by the item models; all from Qt::UserRole up.
enum Role {
    RawValueRole = Qt::UserRole + 1, ///< the unformatted value a column sorts on
    IdRole,                          ///< the row's database id (qint64)
    StatusRole,                      ///< domain::CertificateStatus as int
    ProgressPercentRole,             ///< a job's progress, 0-100, or -1 when unknown
};

} // namespace certdesk::item
