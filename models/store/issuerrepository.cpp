// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/issuerrepository.h"

#include "models/store/database.h"
#include "models/store/preparedquery.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk::store {

namespace {
QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the issuers");
}

/// An issuer from a row of IssuerColumns: a QSqlQuery positioned on it, or a PreparedResult.
template <typename Row> StoredIssuer readIssuer(const Row &q)
{
    StoredIssuer i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.type = q.value(2).toString();
    i.config = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    i.enabled = q.value(4).toInt() != 0;
    i.crlNumber = q.value(5).toLongLong();
    i.createdAt = fromDbTime(q.value(6));
    return i;
}

const QString IssuerColumns = QStringLiteral("id, name, type, config_json, enabled, crl_number, created_at");
} // namespace

Result<qint64> IssuerRepository::create(const QString &name, const QString &type, const QJsonObject &config)
{
    const auto now = toDbTime(QDateTime::currentDateTimeUtc());
    auto q = runQuery(
        m_db,
        QStringLiteral("INSERT INTO issuers (name, type, config_json, enabled, created_at, updated_at) "
                       "VALUES (?, ?, ?, 1, ?, ?) RETURNING id"),
        {name, type, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)), now, now},
        what());
    if (!q) {
        if (detail::isUniqueViolation(q.error().detail))
            return Error{QCoreApplication::translate("certdesk",
                                                     "An issuer named %1 exists already; choose another "
                                                     "name.")
                             .arg(name)};
        return q.error();
    }
    if (!q.value().next())
        return Error{QCoreApplication::translate("certdesk", "The issuer %1 could not be saved.").arg(name)};
    return q.value().value(0).toLongLong();
}

Result<StoredIssuer> IssuerRepository::find(qint64 id)
{
    static const QString select =
        QStringLiteral("SELECT ") + IssuerColumns + QStringLiteral(" FROM issuers WHERE id = ?");
    auto q = detail::execPrepared(m_db, select, {qlonglong(id)}, what());
    if (!q)
        return q.error();
    if (!q->hasRow)
        return Error{QCoreApplication::translate("certdesk", "Issuer %1 does not exist.").arg(id),
                     {},
                     ErrorCode::NotFound};
    return readIssuer(*q);
}

Result<StoredIssuer> IssuerRepository::findByName(const QString &name)
{
    static const QString select =
        QStringLiteral("SELECT ") + IssuerColumns + QStringLiteral(" FROM issuers WHERE name = ?");
    auto q = detail::execPrepared(m_db, select, {name}, what());
    if (!q)
        return q.error();
    if (!q->hasRow)
        return Error{
            QCoreApplication::translate("certdesk", "There is no issuer named %1; 'issuer list' shows them.")
                .arg(name),
            {},
            ErrorCode::NotFound};
    return readIssuer(*q);
}

Result<QList<StoredIssuer>> IssuerRepository::list()
{
    auto q = runQuery(
        m_db, QStringLiteral("SELECT ") + IssuerColumns + QStringLiteral(" FROM issuers ORDER BY name"), {},
        what());
    if (!q)
        return q.error();
    QList<StoredIssuer> out;
    while (q.value().next())
        out << readIssuer(q.value());
    return out;
}

Result<qint64> IssuerRepository::nextCrlNumber(qint64 issuerId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE issuers SET crl_number = crl_number + 1, updated_at = ? WHERE id = ? "
                                "RETURNING crl_number"),
                 {toDbTime(QDateTime::currentDateTimeUtc()), qlonglong(issuerId)}, what());
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{QCoreApplication::translate("certdesk", "Issuer %1 does not exist.").arg(issuerId),
                     {},
                     ErrorCode::NotFound};
    return q.value().value(0).toLongLong();
}

Status IssuerRepository::linkCertificate(qint64 certificateId, qint64 issuerId, const QString &profile)
{
    auto q = detail::execPrepared(
        m_db, QStringLiteral("UPDATE certificates SET issuer_id = ?, profile = ? WHERE id = ?"),
        {qlonglong(issuerId), detail::text(profile), qlonglong(certificateId)}, what());
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<std::pair<qint64, QString>>> IssuerRepository::issuerOf(qint64 certificateId)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT issuer_id, profile FROM certificates WHERE id = ?"),
                      {qlonglong(certificateId)}, what());
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<std::pair<qint64, QString>>{};
    return std::optional(std::pair(q.value().value(0).toLongLong(), q.value().value(1).toString()));
}

Result<std::optional<qint64>> IssuerRepository::findIssuedSerial(qint64 issuerId, const QString &serialHex)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT c.id FROM certificate_versions v JOIN certificates c "
                                     "ON c.id = v.certificate_id WHERE c.issuer_id = ? AND v.serial_hex = ?"),
                      {qlonglong(issuerId), serialHex}, what());
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>{};
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Status IssuerRepository::recordRevocation(qint64 issuerId, const StoredRevocation &r)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO revocations (issuer_id, serial_hex, certificate_id, reason, "
                                "revoked_at, ca_notified) VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (issuer_id, serial_hex) DO NOTHING"),
                 {qlonglong(issuerId), r.serialHex, detail::optionalId(r.certificateId), r.reason,
                  toDbTime(r.revokedAt), detail::flag(r.caNotified)},
                 what());
    if (!q)
        return q.error();
    return {};
}

Result<QList<RenewalCandidate>> IssuerRepository::renewalCandidates(const QDateTime &before)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT c.id, c.issuer_id, c.profile, v.not_before, v.not_after, "
                                "v.serial_hex, v.der FROM certificates c "
                                "JOIN certificate_versions v ON v.certificate_id = c.id "
                                "WHERE c.issuer_id IS NOT NULL AND c.revoked = 0 AND v.not_after < ? "
                                "AND NOT EXISTS (SELECT 1 FROM certificate_versions n "
                                "WHERE n.certificate_id = v.certificate_id AND n.version_no > v.version_no) "
                                "ORDER BY v.not_after"),
                 {toDbTime(before)}, what());
    if (!q)
        return q.error();
    QList<RenewalCandidate> out;
    while (q.value().next()) {
        const auto &r = q.value();
        out << RenewalCandidate{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                                fromDbTime(r.value(3)),  fromDbTime(r.value(4)),  r.value(5).toString(),
                                r.value(6).toByteArray()};
    }
    return out;
}

Result<QList<StoredRevocation>> IssuerRepository::revocations(qint64 issuerId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT serial_hex, certificate_id, reason, revoked_at, ca_notified "
                                     "FROM revocations WHERE issuer_id = ? ORDER BY revoked_at, serial_hex"),
                      {qlonglong(issuerId)}, what());
    if (!q)
        return q.error();
    QList<StoredRevocation> out;
    while (q.value().next()) {
        const auto &row = q.value();
        out << StoredRevocation{row.value(0).toString(), detail::toOptionalId(row.value(1)),
                                row.value(2).toInt(), fromDbTime(row.value(3)), row.value(4).toInt() != 0};
    }
    return out;
}

} // namespace certdesk::store
