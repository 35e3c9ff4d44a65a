// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/auditedchange.h"

#include "app/core/auditlog.h"
#include "models/store/database.h"

namespace certdesk::core {

Status commitAudited(QSqlDatabase db, const AuditedChange &change)
{
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto note = change();
    if (!note)
        return note.error();
    if (!note->has_value())
        return {};
    const AuditNote &n = **note;
    if (auto s = recordAudit(db, n.action, n.objectType, n.objectId, n.details); !s)
        return s;
    return transaction.commit();
}

} // namespace certdesk::core
