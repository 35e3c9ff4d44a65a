// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/scantargetrepository.h"

#include "models/store/database.h"
#include "models/store/returnedid.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk::store {

using domain::NetworkScanTarget;

namespace {

QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the network scan targets");
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error nameTaken(const QString &name)
{
    return Error{
        QCoreApplication::translate("certdesk", "A scan target named \"%1\" already exists.").arg(name),
        {},
        ErrorCode::InvalidInput};
}

Error notFound()
{
    return Error{QCoreApplication::translate("certdesk", "The scan target no longer exists."),
                 {},
                 ErrorCode::NotFound};
}

/// The columns select() reads, in the order readTarget() expects them.
const QString targetColumns = QStringLiteral("id, name, config_json, enabled, interval_hours, last_scan_at, "
                                             "last_result_json, created_at, updated_at FROM scan_targets");

NetworkScanTarget readTarget(const QSqlQuery &q)
{
    NetworkScanTarget t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.readConfigJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
    t.enabled = q.value(3).toInt() != 0;
    t.intervalHours = q.value(4).toInt();
    t.lastScanAt = fromDbTime(q.value(5));
    if (const auto result = q.value(6).toByteArray(); !result.isEmpty())
        t.lastResult = domain::NetworkScanSummary::fromJson(QJsonDocument::fromJson(result).object());
    t.createdAt = fromDbTime(q.value(7));
    t.updatedAt = fromDbTime(q.value(8));
    return t;
}

} // namespace

Result<qint64> ScanTargetRepository::insert(const NetworkScanTarget &target, const QDateTime &now)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO scan_targets (name, config_json, enabled, interval_hours, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      {target.name, compactJson(target.configJson()), detail::flag(target.enabled),
                       target.intervalHours, toDbTime(now), toDbTime(now)},
                      what());
    if (!q && detail::isUniqueViolation(q.error().detail))
        return nameTaken(target.name);
    return detail::returnedId(std::move(q), what());
}

Status ScanTargetRepository::update(const NetworkScanTarget &target, const QDateTime &now)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE scan_targets SET name = ?, config_json = ?, enabled = ?, "
                                     "interval_hours = ?, updated_at = ? WHERE id = ?"),
                      {target.name, compactJson(target.configJson()), detail::flag(target.enabled),
                       target.intervalHours, toDbTime(now), target.id},
                      what());
    if (!q)
        return detail::isUniqueViolation(q.error().detail) ? nameTaken(target.name) : q.error();
    if (q.value().numRowsAffected() == 0)
        return notFound();
    return {};
}

Status ScanTargetRepository::remove(qint64 id)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM scan_targets WHERE id = ?"), {id}, what());
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return notFound();
    return {};
}

Result<NetworkScanTarget> ScanTargetRepository::findByName(const QString &name)
{
    auto found = select(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{
            QCoreApplication::translate("certdesk", "There is no scan target named \"%1\".").arg(name),
            {},
            ErrorCode::NotFound};
    return found->first();
}

Result<QList<NetworkScanTarget>> ScanTargetRepository::list()
{
    return select(QStringLiteral("ORDER BY name"), {});
}

Result<QList<NetworkScanTarget>> ScanTargetRepository::due(const QDateTime &now)
{
    return select(QStringLiteral("WHERE enabled = 1 AND (last_scan_at IS NULL OR "
                                 "last_scan_at + interval_hours * 3600 <= ?) "
                                 "ORDER BY COALESCE(last_scan_at, 0), id"),
                  {toDbTime(now)});
}

Status ScanTargetRepository::recordRun(qint64 id, const domain::NetworkScanSummary &summary)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE scan_targets SET last_scan_at = ?, last_scan_id = ?, "
                                "last_result_json = ? WHERE id = ?"),
                 {toDbTime(summary.startedAt), summary.scanId, compactJson(summary.toJson()), id}, what());
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return notFound();
    return {};
}

Status ScanTargetRepository::linkScan(qint64 scanId, qint64 targetId)
{
    auto q = runQuery(m_db, QStringLiteral("UPDATE discovery_scans SET scan_target_id = ? WHERE id = ?"),
                      {targetId, scanId}, what());
    if (!q)
        return q.error();
    return {};
}

Result<QList<NetworkScanTarget>> ScanTargetRepository::select(const QString &where,
                                                              const QVariantList &bindings)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + targetColumns + u' ' + where, bindings, what());
    if (!q)
        return q.error();
    QList<NetworkScanTarget> out;
    while (q.value().next())
        out.append(readTarget(q.value()));
    return out;
}

} // namespace certdesk::store
