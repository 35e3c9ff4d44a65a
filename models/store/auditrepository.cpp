// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/auditrepository.h"

#include "models/store/database.h"
#include "models/store/preparedquery.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>

namespace certdesk::store {

using namespace detail;

Result<qint64> AuditRepository::append(const domain::AuditEvent &event)
{
    if (event.action.isEmpty())
        return Error{
            QCoreApplication::translate("certdesk", "Cannot record an audit event without an action"), {}};
    const QDateTime at = event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc();
    const QString what = QCoreApplication::translate("certdesk", "record the action in the audit log");
    auto q = execPrepared(m_db,
                          QStringLiteral("INSERT INTO audit_events (at, actor, host, action, object_type, "
                                         "object_id, details) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          {toDbTime(at), text(event.actor), text(event.host), text(event.action),
                           text(event.objectType), text(event.objectId), text(event.details)},
                          what);
    if (!q)
        return q.error();
    if (!q->hasRow)
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                     QStringLiteral("INSERT returned no id")};
    return q->value(0).toLongLong();
}

Result<QList<domain::AuditEvent>> AuditRepository::recent(int limit, const QString &objectType,
                                                          const QString &objectId)
{
    QString sql = QStringLiteral("SELECT id, at, actor, host, action, object_type, object_id, details "
                                 "FROM audit_events");
    QVariantList bindings;
    if (!objectType.isEmpty()) {
        sql += QStringLiteral(" WHERE object_type = ?");
        bindings << objectType;
        if (!objectId.isEmpty()) {
            sql += QStringLiteral(" AND object_id = ?");
            bindings << objectId;
        }
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        bindings << limit;
    }
    auto q = runQuery(m_db, sql, bindings, QCoreApplication::translate("certdesk", "read the audit log"));
    if (!q)
        return q.error();
    QList<domain::AuditEvent> out;
    while (q.value().next()) {
        domain::AuditEvent e;
        e.id = q.value().value(0).toLongLong();
        e.at = fromDbTime(q.value().value(1));
        e.actor = q.value().value(2).toString();
        e.host = q.value().value(3).toString();
        e.action = q.value().value(4).toString();
        e.objectType = q.value().value(5).toString();
        e.objectId = q.value().value(6).toString();
        e.details = q.value().value(7).toString();
        out << std::move(e);
    }
    return out;
}

} // namespace certdesk::store
