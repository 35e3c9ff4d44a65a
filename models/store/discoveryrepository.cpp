// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/discoveryrepository.h"

#include "models/store/database.h"
#include "models/store/sqlitestatement.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

namespace certdesk::store {

using domain::DiscoveredCertificate;
using domain::TriageStatus;

namespace {

QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the discovered certificates");
}

/// The columns list() and find() read, in the order readSummary() expects them.
const QString summaryColumns = QStringLiteral(
    "id, sha256, subject, issuer_dn, common_name, issuer_common_name, serial_hex, not_before, not_after, "
    "key_type, key_bits, curve, signature_algorithm, status, dismiss_reason, claimed_certificate_id, "
    "first_seen, last_seen");

DiscoveredCertificate readSummary(const QSqlQuery &q)
{
    DiscoveredCertificate d;
    d.id = q.value(0).toLongLong();
    auto &c = d.certificate;
    c.sha256 = q.value(1).toString();
    c.subject = q.value(2).toString();
    c.issuer = q.value(3).toString();
    c.commonName = q.value(4).toString();
    c.issuerCommonName = q.value(5).toString();
    c.serialHex = q.value(6).toString();
    c.notBefore = fromDbTime(q.value(7));
    c.notAfter = fromDbTime(q.value(8));
    c.keyType = q.value(9).toString();
    c.keyBits = q.value(10).toInt();
    c.curve = q.value(11).toString();
    c.signatureAlgorithm = q.value(12).toString();
    c.selfIssued = c.subject == c.issuer;
    d.status = domain::triageStatusFromName(q.value(13).toString()).value_or(TriageStatus::New);
    d.dismissReason = q.value(14).toString();
    d.claimedCertificateId = detail::toOptionalId(q.value(15));
    d.firstSeen = fromDbTime(q.value(16));
    d.lastSeen = fromDbTime(q.value(17));
    return d;
}

QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

} // namespace

DiscoveryRepository::DiscoveryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

DiscoveryRepository::~DiscoveryRepository() = default;

Result<QList<QVariantList>> DiscoveryRepository::exec(const QString &sql, const QVariantList &bindings)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto statement = detail::SqliteStatement::prepare(m_db, sql);
        if (!statement)
            return statement.error();
        it = m_prepared.emplace(sql, std::move(*statement)).first;
    }
    if (it->second)
        return it->second->run(bindings);
    // PostgreSQL: runQuery, which inlines the values.
    auto q = runQuery(m_db, sql, bindings, what());
    if (!q)
        return q.error();
    QList<QVariantList> rows;
    const int columns = q.value().record().count();
    while (q.value().next()) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row << q.value().value(c);
        rows << row;
    }
    return rows;
}

Result<QHash<QString, KnownDiscovery>> DiscoveryRepository::known(const QStringList &sha256s)
{
    QHash<QString, KnownDiscovery> out;
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < sha256s.size(); start += chunk) {
        const auto part = sha256s.mid(start, chunk);
        QVariantList bindings;
        bindings.reserve(part.size());
        for (const auto &s : part)
            bindings << s;
        auto rows = exec(QStringLiteral("SELECT sha256, id, status, subject, issuer_dn, not_after "
                                        "FROM discovered_certificates WHERE sha256 IN (") +
                             placeholders(part.size()) + u')',
                         bindings);
        if (!rows)
            return rows.error();
        for (const auto &row : std::as_const(*rows)) {
            KnownDiscovery k;
            k.id = row.value(1).toLongLong();
            k.status = domain::triageStatusFromName(row.value(2).toString()).value_or(TriageStatus::New);
            k.subject = row.value(3).toString();
            k.issuer = row.value(4).toString();
            k.notAfter = fromDbTime(row.value(5));
            out.insert(row.value(0).toString(), k);
        }
    }
    return out;
}

Result<QHash<QString, qint64>>
DiscoveryRepository::insert(const QList<domain::CertificateDetails> &certificates, const QString &source,
                            const QDateTime &now)
{
    constexpr qsizetype rowsPerStatement = 64;
    const auto when = toDbTime(now);
    QHash<QString, qint64> ids;
    for (qsizetype start = 0; start < certificates.size(); start += rowsPerStatement) {
        const qsizetype n = std::min(rowsPerStatement, certificates.size() - start);
        QString sql =
            QStringLiteral("INSERT INTO discovered_certificates (sha256, der, subject, issuer_dn, "
                           "common_name, issuer_common_name, serial_hex, not_before, not_after, key_type, "
                           "key_bits, curve, signature_algorithm, source, status, first_seen, last_seen) "
                           "VALUES ");
        QVariantList bindings;
        bindings.reserve(n * 16);
        for (qsizetype i = 0; i < n; ++i) {
            const auto &c = certificates.at(start + i);
            sql += i ? QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)")
                     : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)");
            bindings << c.sha256 << detail::blob(c.der) << detail::text(c.subject) << detail::text(c.issuer)
                     << detail::text(c.commonName) << detail::text(c.issuerCommonName)
                     << detail::text(c.serialHex) << toDbTime(c.notBefore) << toDbTime(c.notAfter)
                     << detail::text(c.keyType) << c.keyBits << detail::text(c.curve)
                     << detail::text(c.signatureAlgorithm) << source << when << when;
        }
        sql += QStringLiteral(" RETURNING sha256, id");
        auto rows = exec(sql, bindings);
        if (!rows)
            return rows.error();
        for (const auto &row : std::as_const(*rows))
            ids.insert(row.value(0).toString(), row.value(1).toLongLong());
    }
    return ids;
}

Status
DiscoveryRepository::recordLocations(const QList<std::pair<qint64, domain::DiscoveryLocation>> &locations)
{
    constexpr qsizetype rowsPerStatement = 128;
    for (qsizetype start = 0; start < locations.size(); start += rowsPerStatement) {
        const qsizetype n = std::min(rowsPerStatement, locations.size() - start);
        QString sql = QStringLiteral("INSERT INTO discovery_locations (discovered_id, location, kind, size, "
                                     "modified_at, first_seen, last_seen) VALUES ");
        QVariantList bindings;
        bindings.reserve(n * 7);
        for (qsizetype i = 0; i < n; ++i) {
            const auto &[id, l] = locations.at(start + i);
            sql += i ? QStringLiteral(", (?, ?, ?, ?, ?, ?, ?)") : QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
            bindings << qlonglong(id) << l.location << l.kind
                     << (l.size >= 0 ? QVariant(qlonglong(l.size))
                                     : QVariant(QMetaType::fromType<qlonglong>()))
                     << toDbTime(l.modifiedAt) << toDbTime(l.firstSeen.isValid() ? l.firstSeen : l.lastSeen)
                     << toDbTime(l.lastSeen);
        }
        // One location may appear twice in a batch (a file naming a certificate twice is deduplicated
        // by the reader, but a TLS endpoint probed with two SNI names is not): DO UPDATE handles the
        // stored row, and the batch is deduplicated by the caller.
        sql += QStringLiteral(" ON CONFLICT (discovered_id, location) DO UPDATE SET kind = excluded.kind, "
                              "size = excluded.size, modified_at = excluded.modified_at, "
                              "last_seen = excluded.last_seen");
        if (auto rows = exec(sql, bindings); !rows)
            return rows.error();
    }
    return {};
}

Status DiscoveryRepository::touch(const QList<qint64> &ids, const QDateTime &now)
{
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const auto part = ids.mid(start, chunk);
        QVariantList bindings{toDbTime(now)};
        for (auto id : part)
            bindings << qlonglong(id);
        if (auto rows =
                exec(QStringLiteral("UPDATE discovered_certificates SET last_seen = ? WHERE id IN (") +
                         placeholders(part.size()) + u')',
                     bindings);
            !rows)
            return rows.error();
    }
    return {};
}

Status DiscoveryRepository::recordLockedFile(const LockedFile &file)
{
    const auto seen = toDbTime(file.lastSeen);
    auto q =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO discovery_locked_files (path, size, modified_at, first_seen, "
                                "last_seen) VALUES (?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET "
                                "size = excluded.size, modified_at = excluded.modified_at, "
                                "last_seen = excluded.last_seen"),
                 {file.path, qlonglong(file.size), toDbTime(file.modifiedAt), seen, seen}, what());
    if (!q)
        return q.error();
    return {};
}

Result<QList<DiscoveredCertificate>> DiscoveryRepository::list(std::optional<TriageStatus> status)
{
    QString sql =
        QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM discovered_certificates");
    QVariantList bindings;
    if (status) {
        sql += QStringLiteral(" WHERE status = ?");
        bindings << domain::triageStatusName(*status);
    }
    sql += QStringLiteral(" ORDER BY id");
    auto q = runQuery(m_db, sql, bindings, what());
    if (!q)
        return q.error();
    QList<DiscoveredCertificate> out;
    QHash<qint64, qsizetype> rowOf;
    while (q.value().next()) {
        rowOf.insert(q.value().value(0).toLongLong(), out.size());
        out.append(readSummary(q.value()));
    }
    auto kinds = runQuery(m_db,
                          QStringLiteral("SELECT discovered_id, kind, COUNT(*) FROM discovery_locations "
                                         "GROUP BY discovered_id, kind"),
                          {}, what());
    if (!kinds)
        return kinds.error();
    while (kinds.value().next()) {
        const auto row = rowOf.find(kinds.value().value(0).toLongLong());
        if (row == rowOf.end())
            continue;
        auto &d = out[*row];
        d.sources |= domain::sourceOfLocationKind(kinds.value().value(1).toString());
        d.locationCount += kinds.value().value(2).toInt();
    }
    return out;
}

Result<DiscoveredCertificate> DiscoveryRepository::findWhere(const QString &column, const QVariant &value)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT ") + summaryColumns +
                          QStringLiteral(", der FROM discovered_certificates WHERE ") + column +
                          QStringLiteral(" = ?"),
                      {value}, what());
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{QCoreApplication::translate("certdesk", "Discovery has no such certificate (%1).")
                         .arg(value.toString()),
                     {},
                     ErrorCode::NotFound};
    auto d = readSummary(q.value());
    d.certificate.der = q.value().value(18).toByteArray();
    auto locations = this->locations(d.id);
    if (!locations)
        return locations.error();
    d.locationCount = int(locations->size());
    for (const auto &l : *locations)
        d.sources |= domain::sourceOfLocationKind(l.kind);
    return d;
}

Result<DiscoveredCertificate> DiscoveryRepository::find(qint64 id)
{
    return findWhere(QStringLiteral("id"), qlonglong(id));
}

Result<DiscoveredCertificate> DiscoveryRepository::findBySha256(const QString &sha256)
{
    return findWhere(QStringLiteral("sha256"), sha256.toLower());
}

Result<QList<domain::DiscoveryLocation>> DiscoveryRepository::locations(qint64 discoveredId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT location, kind, size, modified_at, first_seen, last_seen "
                                     "FROM discovery_locations WHERE discovered_id = ? ORDER BY location"),
                      {discoveredId}, what());
    if (!q)
        return q.error();
    QList<domain::DiscoveryLocation> out;
    while (q.value().next()) {
        domain::DiscoveryLocation l;
        l.location = q.value().value(0).toString();
        l.kind = q.value().value(1).toString();
        l.size = q.value().value(2).isNull() ? -1 : q.value().value(2).toLongLong();
        l.modifiedAt = fromDbTime(q.value().value(3));
        l.firstSeen = fromDbTime(q.value().value(4));
        l.lastSeen = fromDbTime(q.value().value(5));
        out.append(l);
    }
    return out;
}

Result<QList<LockedFile>> DiscoveryRepository::lockedFiles()
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT path, size, modified_at, first_seen, last_seen "
                                     "FROM discovery_locked_files ORDER BY path"),
                      {}, what());
    if (!q)
        return q.error();
    QList<LockedFile> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toLongLong(),
                    fromDbTime(q.value().value(2)), fromDbTime(q.value().value(3)),
                    fromDbTime(q.value().value(4))});
    }
    return out;
}

Result<domain::TriageCounts> DiscoveryRepository::counts()
{
    auto q =
        runQuery(m_db, QStringLiteral("SELECT status, COUNT(*) FROM discovered_certificates GROUP BY status"),
                 {}, what());
    if (!q)
        return q.error();
    domain::TriageCounts counts;
    while (q.value().next()) {
        const auto n = q.value().value(1).toLongLong();
        switch (domain::triageStatusFromName(q.value().value(0).toString()).value_or(TriageStatus::New)) {
        case TriageStatus::New:
            counts.newCount += n;
            break;
        case TriageStatus::Claimed:
            counts.claimed += n;
            break;
        case TriageStatus::Dismissed:
            counts.dismissed += n;
            break;
        }
    }
    return counts;
}

Status DiscoveryRepository::setTriage(qint64 id, TriageStatus status, const QString &dismissReason,
                                      std::optional<qint64> claimedCertificateId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE discovered_certificates SET status = ?, dismiss_reason = ?, "
                                "claimed_certificate_id = ?, triaged_at = ? WHERE id = ?"),
                 {domain::triageStatusName(status),
                  detail::text(status == TriageStatus::Dismissed ? dismissReason : QString()),
                  detail::optionalId(status == TriageStatus::Claimed ? claimedCertificateId : std::nullopt),
                  toDbTime(QDateTime::currentDateTimeUtc()), id},
                 what());
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error{
            QCoreApplication::translate("certdesk", "Discovery has no such certificate (%1).").arg(id),
            {},
            ErrorCode::NotFound};
    return {};
}

Result<qint64> DiscoveryRepository::startScan(const QString &kind, const QStringList &roots,
                                              const QDateTime &startedAt)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO discovery_scans (kind, roots, started_at) VALUES (?, ?, ?) "
                                     "RETURNING id"),
                      {kind, detail::lines(roots), toDbTime(startedAt)}, what());
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what()),
                     QStringLiteral("INSERT returned no id")};
    return q.value().value(0).toLongLong();
}

Status DiscoveryRepository::finishScan(const domain::DiscoveryScan &scan)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE discovery_scans SET finished_at = ?, files_read = ?, "
                       "certificates_found = ?, new_found = ?, errors_json = ?, duration_ms = ?, "
                       "cancelled = ? WHERE id = ?"),
        {toDbTime(scan.finishedAt), scan.filesRead, scan.certificatesFound, scan.newFound,
         QString::fromUtf8(QJsonDocument(domain::problemsToJson(scan.errors)).toJson(QJsonDocument::Compact)),
         scan.durationMs, detail::flag(scan.cancelled), scan.id},
        what());
    if (!q)
        return q.error();
    return {};
}

Result<QList<domain::DiscoveryScan>> DiscoveryRepository::scans(int limit)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, kind, roots, started_at, finished_at, files_read, "
                                     "certificates_found, new_found, errors_json, duration_ms, cancelled "
                                     "FROM discovery_scans ORDER BY started_at DESC, id DESC LIMIT ?"),
                      {limit}, what());
    if (!q)
        return q.error();
    QList<domain::DiscoveryScan> out;
    while (q.value().next()) {
        const auto &r = q.value();
        domain::DiscoveryScan s;
        s.id = r.value(0).toLongLong();
        s.kind = r.value(1).toString();
        s.roots = detail::fromLines(r.value(2));
        s.startedAt = fromDbTime(r.value(3));
        s.finishedAt = fromDbTime(r.value(4));
        s.filesRead = r.value(5).toLongLong();
        s.certificatesFound = r.value(6).toLongLong();
        s.newFound = r.value(7).toLongLong();
        s.errors = domain::problemsFromJson(QJsonDocument::fromJson(r.value(8).toByteArray()).array());
        s.durationMs = r.value(9).toLongLong();
        s.cancelled = r.value(10).toInt() != 0;
        out.append(s);
    }
    return out;
}

} // namespace certdesk::store
