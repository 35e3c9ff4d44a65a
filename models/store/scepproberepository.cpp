// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/scepproberepository.h"

#include "models/store/database.h"
#include "models/store/returnedid.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk::store {

namespace {
QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the SCEP probe history");
}
} // namespace

Result<qint64> ScepProbeRepository::insert(const domain::ScepProbeRecord &probe)
{
    const QVariant result =
        probe.ok
            ? QVariant(QString::fromUtf8(QJsonDocument(probe.resultJson()).toJson(QJsonDocument::Compact)))
            : QVariant(QMetaType::fromType<QString>());
    return detail::returnedId(
        runQuery(
            m_db,
            QStringLiteral("INSERT INTO scep_probes (url, probed_at, ok, result_json, error) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {probe.url, toDbTime(probe.probedAt), detail::flag(probe.ok), result, detail::text(probe.error)},
            what()),
        what());
}

Result<QList<domain::ScepProbeRecord>> ScepProbeRepository::recent(int limit)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, url, probed_at, ok, result_json, error FROM scep_probes "
                                     "ORDER BY probed_at DESC, id DESC LIMIT ?"),
                      {limit}, what());
    if (!q)
        return q.error();
    QList<domain::ScepProbeRecord> out;
    while (q.value().next()) {
        const auto &r = q.value();
        domain::ScepProbeRecord p;
        p.id = r.value(0).toLongLong();
        p.url = r.value(1).toString();
        p.probedAt = fromDbTime(r.value(2));
        p.ok = r.value(3).toInt() != 0;
        p.readResultJson(QJsonDocument::fromJson(r.value(4).toByteArray()).object());
        p.error = r.value(5).toString();
        out.append(p);
    }
    return out;
}

} // namespace certdesk::store
