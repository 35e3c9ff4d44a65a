// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/auditlog.h"

#include "app/core/actor.h"
#include "models/store/auditrepository.h"

namespace certdesk::core {

Status recordAudit(QSqlDatabase db, const char *action, const QString &objectType, const QString &objectId,
                   const QString &details)
{
    domain::AuditEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.actor = Actor::current().user;
    event.host = Actor::current().host;
    event.action = QString::fromLatin1(action);
    event.objectType = objectType;
    event.objectId = objectId;
    event.details = details;
    auto id = store::AuditRepository(std::move(db)).append(event);
    if (!id)
        return id.error();
    return {};
}

} // namespace certdesk::core
