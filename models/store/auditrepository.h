// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/auditevent.h"
#include "models/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace certdesk::store {

/// The append-only audit log (table `audit_events`): there is no update and no delete.
class AuditRepository final
{
public:
    /// Works on `db`, joining its current transaction.
    explicit AuditRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Records one event (an invalid `at` means now; `action` is required); returns its id.
    Result<qint64> append(const domain::AuditEvent &event);
    /// Newest first, at most `limit` (all when limit <= 0); with an object type (and id), only that
    /// object's events.
    Result<QList<domain::AuditEvent>> recent(int limit, const QString &objectType = {},
                                             const QString &objectId = {});

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
