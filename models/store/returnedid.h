// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/store: reading the id of an `INSERT ... RETURNING id`.

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace certdesk::store::detail {

/// The id the statement returned, or an Error ("Could not <what>.") when it failed or gave no row.
inline Result<qint64> returnedId(Result<QSqlQuery> &&query, const QString &what)
{
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                     QStringLiteral("INSERT returned no id")};
    return query.value().value(0).toLongLong();
}

} // namespace certdesk::store::detail
