// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/store: the row of a lookup by a unique key.

#include "models/domain/result.h"

#include <QList>

namespace certdesk::store::detail {

/// The first of `rows` (read by a unique key), or `missing` when there is none, or the query's error.
template <typename T> Result<T> firstOr(Result<QList<T>> &&rows, Error missing)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return missing;
    return std::move(rows->first());
}

} // namespace certdesk::store::detail
