// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/alertrepository.h"

#include "models/store/database.h"
#include "models/store/returnedid.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace certdesk::store {

namespace {

QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the alerts");
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant secs(const QDateTime &t)
{
    return QVariant(qlonglong(t.toSecsSinceEpoch()));
}

/// "?, ?, ?" for an IN list of `count` values.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

QVariantList variants(const QList<qint64> &ids)
{
    QVariantList out;
    out.reserve(ids.size());
    for (const qint64 id : ids)
        out << QVariant(qlonglong(id));
    return out;
}

QVariantList variants(const QStringList &values)
{
    QVariantList out;
    out.reserve(values.size());
    for (const auto &value : values)
        out << detail::text(value);
    return out;
}

/// An IN list stays well below the bound-parameter limits of both databases.
constexpr qsizetype InListChunk = 500;

/// The current version of a certificate `c` (the highest version_no), as an anti-join.
const QString IsCurrentVersion =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM certificate_versions n "
                   "WHERE n.certificate_id = v.certificate_id AND n.version_no > v.version_no)");

const QString AlertColumns = QStringLiteral(
    "a.id, a.kind, a.severity, a.object_type, a.object_id, a.message, a.dedupe_key, a.occurrence, "
    "a.certificate_id, a.not_after, a.window_days, a.message_json, a.first_at, a.notified_at, a.resolved_at, "
    "(SELECT count(*) FROM alert_deliveries d WHERE d.alert_id = a.id AND d.status = 'sent'), "
    "(SELECT count(*) FROM alert_deliveries d WHERE d.alert_id = a.id AND d.status = 'failed'), "
    "(SELECT count(*) FROM alert_deliveries d WHERE d.alert_id = a.id AND d.status = 'queued') "
    "FROM alerts a");

AlertRecord readAlert(const QSqlQuery &q)
{
    int i = 0;
    const auto next = [&] { return q.value(i++); };
    AlertRecord a;
    a.id = next().toLongLong();
    a.kind = next().toString();
    a.severity = next().toString();
    a.objectType = next().toString();
    a.objectId = next().toString();
    a.subject = next().toString();
    a.dedupKey = next().toString();
    a.occurrence = next().toString();
    a.certificateId = detail::toOptionalId(next());
    a.notAfter = fromDbTime(next());
    const QVariant window = next();
    a.windowDays = window.isNull() ? -1 : window.toInt();
    a.message = QJsonDocument::fromJson(next().toString().toUtf8()).object();
    a.raisedAt = fromDbTime(next());
    a.notifiedAt = fromDbTime(next());
    a.resolvedAt = fromDbTime(next());
    a.sent = next().toInt();
    a.failed = next().toInt();
    a.queued = next().toInt();
    return a;
}

const QString DeliveryColumns = QStringLiteral("d.id, d.alert_id, d.channel_id, c.name, c.type, d.job_id, "
                                               "d.status, d.attempts, d.response, d.reference, "
                                               "d.error, d.created_at, d.updated_at, d.sent_at, j.status "
                                               "FROM alert_deliveries d JOIN alert_channels c ON c.id = "
                                               "d.channel_id LEFT JOIN jobs j ON j.id = d.job_id");

AlertDelivery readDelivery(const QSqlQuery &q)
{
    int i = 0;
    const auto next = [&] { return q.value(i++); };
    AlertDelivery d;
    d.id = next().toLongLong();
    d.alertId = next().toLongLong();
    d.channelId = next().toLongLong();
    d.channelName = next().toString();
    d.channelType = next().toString();
    d.jobId = detail::toOptionalId(next());
    d.status = next().toString();
    d.attempts = next().toInt();
    d.response = next().toString();
    d.reference = next().toString();
    d.error = next().toString();
    d.createdAt = fromDbTime(next());
    d.updatedAt = fromDbTime(next());
    d.sentAt = fromDbTime(next());
    d.jobStatus = next().toString();
    return d;
}

} // namespace

Result<std::optional<qint64>> AlertRepository::insertOnce(const NewAlert &alert, const QDateTime &now)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO alerts (kind, severity, object_type, object_id, message, dedupe_key, first_at, "
            "last_at, occurrence, certificate_id, not_after, window_days, message_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (occurrence) DO NOTHING RETURNING "
            "id"),
        {detail::text(alert.kind), detail::text(alert.severity), detail::text(alert.objectType),
         detail::text(alert.objectId), detail::text(alert.subject), detail::text(alert.dedupKey), secs(now),
         secs(now), detail::text(alert.occurrence), detail::optionalId(alert.certificateId),
         toDbTime(alert.notAfter),
         alert.windowDays >= 0 ? QVariant(alert.windowDays) : QVariant(QMetaType::fromType<int>()),
         compactJson(alert.message)},
        what());
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<qint64> AlertRepository::addDelivery(qint64 alertId, qint64 channelId, qint64 jobId,
                                            const QDateTime &now)
{
    return detail::returnedId(
        runQuery(
            m_db,
            QStringLiteral("INSERT INTO alert_deliveries (alert_id, channel_id, job_id, status, created_at, "
                           "updated_at) VALUES (?, ?, ?, 'queued', ?, ?) RETURNING id"),
            {alertId, channelId, jobId, secs(now), secs(now)}, what()),
        what());
}

Status AlertRepository::recordAttempt(qint64 alertId, qint64 channelId, const DeliveryAttempt &attempt,
                                      const QDateTime &now)
{
    const bool sent = attempt.status == QLatin1String("sent");
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE alert_deliveries SET status = ?, attempts = ?, response = ?, reference = ?, "
                       "error = ?, updated_at = ?, sent_at = COALESCE(?, sent_at) "
                       "WHERE alert_id = ? AND channel_id = ?"),
        {detail::text(attempt.status), attempt.attempts, detail::text(attempt.response),
         detail::text(attempt.reference), detail::text(attempt.error), secs(now),
         sent ? secs(now) : QVariant(QMetaType::fromType<qlonglong>()), alertId, channelId},
        what());
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error{QCoreApplication::translate("certdesk", "The alert's delivery record no longer exists."),
                     {},
                     ErrorCode::NotFound};
    if (!sent)
        return {};
    auto alert = runQuery(
        m_db,
        QStringLiteral("UPDATE alerts SET notified_at = COALESCE(notified_at, ?), last_at = ? WHERE id = ?"),
        {secs(now), secs(now), alertId}, what());
    if (!alert)
        return alert.error();
    return {};
}

Status AlertRepository::resolve(const QList<qint64> &alertIds, const QDateTime &now)
{
    for (qsizetype at = 0; at < alertIds.size(); at += InListChunk) {
        const QList<qint64> chunk = alertIds.mid(at, InListChunk);
        QVariantList bindings{secs(now), secs(now)};
        bindings += variants(chunk);
        auto q = runQuery(
            m_db,
            QStringLiteral("UPDATE alerts SET resolved_at = ?, last_at = ? WHERE resolved_at IS NULL "
                           "AND id IN (%1)")
                .arg(placeholders(chunk.size())),
            bindings, what());
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<ExpiryCandidate>> AlertRepository::expiryCandidates(const QDateTime &from,
                                                                 const QDateTime &until)
{
    // Driven by idx_certificate_versions_not_after.
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, c.common_name, v.issuer_cn, v.issuer_dn, c.owner, v.sha256, v.not_after "
                       "FROM certificate_versions v JOIN certificates c ON c.id = v.certificate_id "
                       "WHERE v.not_after > ? AND v.not_after <= ? AND c.revoked = 0 AND ") +
            IsCurrentVersion + QStringLiteral(" ORDER BY v.not_after, v.id"),
        {secs(from), secs(until)}, what());
    if (!q)
        return q.error();
    QList<ExpiryCandidate> out;
    while (q.value().next()) {
        ExpiryCandidate c;
        c.certificateId = q.value().value(0).toLongLong();
        c.commonName = q.value().value(1).toString();
        c.issuer = q.value().value(2).toString();
        if (c.issuer.isEmpty())
            c.issuer = q.value().value(3).toString();
        c.owner = q.value().value(4).toString();
        c.sha256 = q.value().value(5).toString();
        c.notAfter = fromDbTime(q.value().value(6));
        out << c;
    }
    return out;
}

Result<QSet<QString>> AlertRepository::openOccurrences(const QStringList &kinds)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT occurrence FROM alerts WHERE resolved_at IS NULL AND kind IN (%1)")
                     .arg(placeholders(kinds.size())),
                 variants(kinds), what());
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString());
    return out;
}

Result<QList<OpenExpiryAlert>> AlertRepository::openCertificateAlerts(const QStringList &kinds)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT a.id, a.occurrence, a.dedupe_key, a.certificate_id, a.not_after, "
                       "(SELECT v.not_after FROM certificate_versions v WHERE v.certificate_id = c.id "
                       "ORDER BY v.version_no DESC LIMIT 1), c.revoked, COALESCE(c.common_name, a.message) "
                       "FROM alerts a LEFT JOIN certificates c ON c.id = a.certificate_id "
                       "WHERE a.resolved_at IS NULL AND a.object_type = 'certificate' AND a.kind IN (%1) "
                       "ORDER BY a.id")
            .arg(placeholders(kinds.size())),
        variants(kinds), what());
    if (!q)
        return q.error();
    QList<OpenExpiryAlert> out;
    while (q.value().next()) {
        OpenExpiryAlert a;
        a.alertId = q.value().value(0).toLongLong();
        a.occurrence = q.value().value(1).toString();
        a.dedupKey = q.value().value(2).toString();
        a.certificateId = detail::toOptionalId(q.value().value(3));
        a.alertNotAfter = fromDbTime(q.value().value(4));
        a.currentNotAfter = fromDbTime(q.value().value(5));
        a.revoked = q.value().value(6).toInt() != 0;
        a.commonName = q.value().value(7).toString();
        out << a;
    }
    return out;
}

Result<QList<qint64>> AlertRepository::deliveryChannels(const QList<qint64> &alertIds)
{
    QList<qint64> out;
    for (qsizetype at = 0; at < alertIds.size(); at += InListChunk) {
        const QList<qint64> chunk = alertIds.mid(at, InListChunk);
        auto q =
            runQuery(m_db,
                     QStringLiteral("SELECT DISTINCT channel_id FROM alert_deliveries WHERE alert_id IN (%1)")
                         .arg(placeholders(chunk.size())),
                     variants(chunk), what());
        if (!q)
            return q.error();
        while (q.value().next()) {
            const qint64 id = q.value().value(0).toLongLong();
            if (!out.contains(id))
                out << id;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<QList<FailedJob>> AlertRepository::failedJobs(const QDateTime &since, const QDateTime &until,
                                                     const QString &excludedKind)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT id, kind, error, attempts, updated_at, payload_json FROM jobs "
                       "WHERE status = 'failed' AND updated_at >= ? AND updated_at < ? AND kind <> ? "
                       "ORDER BY updated_at, id"),
        {secs(since), secs(until), detail::text(excludedKind)}, what());
    if (!q)
        return q.error();
    QList<FailedJob> out;
    while (q.value().next()) {
        FailedJob j;
        j.id = q.value().value(0).toLongLong();
        j.kind = q.value().value(1).toString();
        j.error = q.value().value(2).toString();
        j.attempts = q.value().value(3).toInt();
        j.failedAt = fromDbTime(q.value().value(4));
        j.payload = QJsonDocument::fromJson(q.value().value(5).toString().toUtf8()).object();
        out << j;
    }
    return out;
}

Result<DiscoveryBacklog> AlertRepository::discoveryBacklog(qint64 seenId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT count(*), COALESCE(sum(CASE WHEN id > ? THEN 1 ELSE 0 END), 0), "
                                "COALESCE(max(id), 0) FROM discovered_certificates WHERE status = 'new'"),
                 {seenId}, what());
    if (!q)
        return q.error();
    DiscoveryBacklog out;
    if (q.value().next()) {
        out.awaiting = q.value().value(0).toLongLong();
        out.newSince = q.value().value(1).toLongLong();
        out.newestId = q.value().value(2).toLongLong();
    }
    return out;
}

Result<QList<JobTally>> AlertRepository::jobTallies(const QDateTime &since)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT kind, COALESCE(sum(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(sum(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END), 0) FROM jobs "
                       "WHERE status IN ('succeeded', 'failed', 'cancelled') AND updated_at >= ? "
                       "GROUP BY kind ORDER BY kind"),
        {secs(since)}, what());
    if (!q)
        return q.error();
    QList<JobTally> out;
    while (q.value().next()) {
        JobTally t;
        t.kind = q.value().value(0).toString();
        t.succeeded = q.value().value(1).toLongLong();
        t.failed = q.value().value(2).toLongLong();
        t.cancelled = q.value().value(3).toLongLong();
        out << t;
    }
    return out;
}

Result<QDateTime> AlertRepository::lastRaised(const QString &kind, const QString &occurrencePrefix)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT max(first_at) FROM alerts WHERE kind = ? AND substr(occurrence, 1, ?) = ?"),
        {detail::text(kind), int(occurrencePrefix.size()), detail::text(occurrencePrefix)}, what());
    if (!q)
        return q.error();
    if (!q.value().next())
        return QDateTime();
    return fromDbTime(q.value().value(0));
}

Result<AlertRecord> AlertRepository::find(qint64 id)
{
    auto found = selectAlerts(QStringLiteral("WHERE a.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{QCoreApplication::translate("certdesk", "Alert %1 no longer exists.").arg(id),
                     {},
                     ErrorCode::NotFound};
    return found->first();
}

Result<QList<AlertRecord>> AlertRepository::recent(int limit)
{
    return selectAlerts(QStringLiteral("ORDER BY a.id DESC LIMIT ?"), {limit});
}

Result<std::optional<AlertDelivery>> AlertRepository::delivery(qint64 alertId, qint64 channelId)
{
    auto found =
        selectDeliveries(QStringLiteral("WHERE d.alert_id = ? AND d.channel_id = ?"), {alertId, channelId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<AlertDelivery>();
    return std::optional<AlertDelivery>(found->first());
}

Result<QList<AlertDelivery>> AlertRepository::deliveries(qint64 alertId)
{
    return selectDeliveries(QStringLiteral("WHERE d.alert_id = ? ORDER BY c.name"), {alertId});
}

Result<QList<AlertDelivery>> AlertRepository::channelDeliveries(qint64 channelId, int limit)
{
    return selectDeliveries(QStringLiteral("WHERE d.channel_id = ? ORDER BY d.id DESC LIMIT ?"),
                            {channelId, limit});
}

Result<QList<AlertDelivery>> AlertRepository::deliveriesOfJobs(const QList<qint64> &jobIds)
{
    QHash<qint64, AlertDelivery> byJob;
    for (qsizetype at = 0; at < jobIds.size(); at += InListChunk) {
        const QList<qint64> chunk = jobIds.mid(at, InListChunk);
        auto found = selectDeliveries(
            QStringLiteral("WHERE d.job_id IN (%1)").arg(placeholders(chunk.size())), variants(chunk));
        if (!found)
            return found.error();
        for (const auto &d : std::as_const(*found))
            byJob.insert(d.jobId.value_or(0), d);
    }
    QList<AlertDelivery> out;
    for (const qint64 id : jobIds) {
        if (byJob.contains(id))
            out << byJob.value(id);
    }
    return out;
}

Result<QList<qint64>> AlertRepository::pendingDeliveryJobs(qint64 channelId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT j.id FROM alert_deliveries d JOIN jobs j ON j.id = d.job_id "
                                "WHERE d.channel_id = ? AND j.status IN ('queued', 'running') ORDER BY j.id"),
                 {channelId}, what());
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out << q.value().value(0).toLongLong();
    return out;
}

Result<QList<AlertRecord>> AlertRepository::selectAlerts(const QString &where, const QVariantList &bindings)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + AlertColumns + u' ' + where, bindings, what());
    if (!q)
        return q.error();
    QList<AlertRecord> out;
    while (q.value().next())
        out << readAlert(q.value());
    return out;
}

Result<QList<AlertDelivery>> AlertRepository::selectDeliveries(const QString &where,
                                                               const QVariantList &bindings)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + DeliveryColumns + u' ' + where, bindings, what());
    if (!q)
        return q.error();
    QList<AlertDelivery> out;
    while (q.value().next())
        out << readDelivery(q.value());
    return out;
}

} // namespace certdesk::store
