// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/certificaterepository.h"

#include "models/store/database.h"
#include "models/store/preparedquery.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>

namespace certdesk::store {

using namespace detail;

namespace {

/// The certificate_versions columns that make a domain::CertificateVersion, in readVersion() order.
const QString VersionColumns = QStringLiteral(
    "v.id, v.certificate_id, v.version_no, v.der, v.chain_pem, v.x509_version, v.serial_hex, v.sha256, "
    "v.sha1, "
    "v.subject, v.common_name, v.issuer_dn, v.issuer_cn, v.sans, v.not_before, v.not_after, v.key_type, "
    "v.key_bits, v.curve, v.signature_algorithm, v.key_usage, v.extended_key_usage, v.has_basic_constraints, "
    "v.is_ca, v.path_length, v.subject_key_id, v.authority_key_id, v.crl_distribution_points, v.ocsp_urls, "
    "v.ca_issuer_urls, v.self_issued, v.private_key_id, v.created_at");

domain::CertificateVersion readVersion(const QSqlQuery &q, int first)
{
    int i = first;
    auto next = [&]() { return q.value(i++); };
    domain::CertificateVersion v;
    v.id = next().toLongLong();
    v.certificateId = next().toLongLong();
    v.versionNo = next().toInt();
    auto &d = v.details;
    d.der = next().toByteArray();
    v.chainPem = next().toString().toUtf8();
    d.version = next().toInt();
    d.serialHex = next().toString();
    d.sha256 = next().toString();
    d.sha1 = next().toString();
    d.subject = next().toString();
    d.commonName = next().toString();
    d.issuer = next().toString();
    d.issuerCommonName = next().toString();
    d.sans = domain::SubjectAltNames::fromTagged(fromLines(next()));
    d.notBefore = fromDbTime(next());
    d.notAfter = fromDbTime(next());
    d.keyType = next().toString();
    d.keyBits = next().toInt();
    d.curve = next().toString();
    d.signatureAlgorithm = next().toString();
    d.keyUsage = fromLines(next());
    d.extendedKeyUsage = fromLines(next());
    d.hasBasicConstraints = next().toInt() != 0;
    d.isCa = next().toInt() != 0;
    d.pathLength = next().toInt();
    d.subjectKeyId = next().toString();
    d.authorityKeyId = next().toString();
    d.crlDistributionPoints = fromLines(next());
    d.ocspUrls = fromLines(next());
    d.caIssuerUrls = fromLines(next());
    d.selfIssued = next().toInt() != 0;
    v.privateKeyId = toOptionalId(next());
    v.createdAt = fromDbTime(next());
    return v;
}

/// The name an inventory row shows: the CN, else the first SAN, else the subject.
QString displayName(const domain::CertificateDetails &details)
{
    if (!details.commonName.isEmpty())
        return details.commonName;
    if (const auto sans = details.sans.values(); !sans.isEmpty())
        return sans.first();
    return details.subject;
}

QString joinTags(const QStringList &tags)
{
    return domain::parseTags(tags.join(u',')).join(u',');
}

Error duplicateError(const QString &sha256, const QString &detail = {})
{
    return Error{
        QCoreApplication::translate("certdesk", "This certificate (SHA-256 %1) is already in the inventory")
            .arg(sha256),
        detail};
}

Error notFound(qint64 id)
{
    return Error{QCoreApplication::translate(
                     "certdesk", "Certificate %1 is not in the inventory; it may have been deleted.")
                     .arg(id),
                 {},
                 ErrorCode::NotFound};
}

Result<qint64> insertVersion(QSqlDatabase db, qint64 certificateId, int versionNo,
                             const domain::CertificateDetails &d, const QByteArray &chainPem,
                             std::optional<qint64> privateKeyId, qint64 now)
{
    const QString what = QCoreApplication::translate("certdesk", "save the certificate");
    auto q =
        execPrepared(db,
                     QStringLiteral("INSERT INTO certificate_versions (certificate_id, version_no, der, "
                                    "chain_pem, x509_version, serial_hex, "
                                    "sha256, sha1, subject, common_name, issuer_dn, issuer_cn, sans, "
                                    "not_before, not_after, key_type, "
                                    "key_bits, curve, signature_algorithm, key_usage, extended_key_usage, "
                                    "has_basic_constraints, is_ca, "
                                    "path_length, subject_key_id, authority_key_id, "
                                    "crl_distribution_points, ocsp_urls, ca_issuer_urls, "
                                    "self_issued, private_key_id, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "RETURNING id"),
                     {qlonglong(certificateId),
                      versionNo,
                      blob(d.der),
                      text(QString::fromUtf8(chainPem)),
                      d.version,
                      text(d.serialHex),
                      text(d.sha256.toLower()),
                      text(d.sha1.toLower()),
                      text(d.subject),
                      text(d.commonName),
                      text(d.issuer),
                      text(d.issuerCommonName),
                      lines(d.sans.tagged()),
                      toDbTime(d.notBefore),
                      toDbTime(d.notAfter),
                      text(d.keyType),
                      d.keyBits,
                      text(d.curve),
                      text(d.signatureAlgorithm),
                      lines(d.keyUsage),
                      lines(d.extendedKeyUsage),
                      flag(d.hasBasicConstraints),
                      flag(d.isCa),
                      d.pathLength,
                      text(d.subjectKeyId),
                      text(d.authorityKeyId),
                      lines(d.crlDistributionPoints),
                      lines(d.ocspUrls),
                      lines(d.caIssuerUrls),
                      flag(d.selfIssued),
                      optionalId(privateKeyId),
                      qlonglong(now)},
                     what);
    if (!q) {
        if (isUniqueViolation(q.error().detail) && q.error().detail.contains(QLatin1String("sha256")))
            return duplicateError(d.sha256, q.error().detail);
        return q.error();
    }
    if (!q->hasRow)
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                     QStringLiteral("INSERT returned no id")};
    return q->value(0).toLongLong();
}

/// The error for a certificate that cannot be stored because it has no fingerprint, if so.
std::optional<Error> missingFingerprint(const domain::CertificateDetails &details)
{
    if (!details.sha256.isEmpty())
        return std::nullopt;
    return Error{QCoreApplication::translate("certdesk", "Cannot save a certificate without its SHA-256 fingerprint"),
                 {}};
}

} // namespace

Result<qint64> CertificateRepository::create(const NewManagedCertificate &certificate)
{
    const auto &details = certificate.details;
    if (auto missing = missingFingerprint(details))
        return *missing;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // No lookup first: the UNIQUE index on sha256 refuses a duplicate, and the savepoint above
    // takes the half-written certificate row back with it (imports call this thousands of times).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto &meta = certificate.metadata;
    auto inserted =
        execPrepared(m_db,
                     QStringLiteral("INSERT INTO certificates (common_name, owner, tags, notes, revoked, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?) RETURNING id"),
                     {text(displayName(details)), text(meta.owner), text(joinTags(meta.tags)),
                      text(meta.notes), qlonglong(now), qlonglong(now)},
                     QCoreApplication::translate("certdesk", "save the certificate"));
    if (!inserted)
        return inserted.error();
    if (!inserted->hasRow)
        return Error{QCoreApplication::translate("certdesk", "Could not save the certificate."),
                     QStringLiteral("INSERT returned no id")};
    const qint64 id = inserted->value(0).toLongLong();

    auto version = insertVersion(m_db, id, 1, details, certificate.chainPem, certificate.privateKeyId, now);
    if (!version)
        return detail::isUniqueViolation(version.error().detail) ? duplicateError(details.sha256) : version.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> CertificateRepository::addVersion(qint64 certificateId,
                                                 const domain::CertificateDetails &details,
                                                 const QByteArray &chainPem,
                                                 std::optional<qint64> privateKeyId)
{
    if (auto missing = missingFingerprint(details))
        return *missing;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString what = QCoreApplication::translate("certdesk", "save the new certificate version");
    // Updating the row first locks it (PostgreSQL), so two renewals of one certificate number their
    // versions one after the other; SQLite's BEGIN IMMEDIATE already serialises writers.
    QString name = displayName(details);
    auto touched =
        runQuery(m_db, QStringLiteral("UPDATE certificates SET updated_at = ?, common_name = ? WHERE id = ?"),
                 {qlonglong(now), text(name), qlonglong(certificateId)}, what);
    if (!touched)
        return touched.error();
    if (touched.value().numRowsAffected() == 0)
        return notFound(certificateId);
    auto existing = findBySha256(details.sha256);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return duplicateError(details.sha256);
    auto last = runQuery(
        m_db, QStringLiteral("SELECT MAX(version_no) FROM certificate_versions WHERE certificate_id = ?"),
        {qlonglong(certificateId)}, what);
    if (!last)
        return last.error();
    const int versionNo = (last.value().next() ? last.value().value(0).toInt() : 0) + 1;
    last.value().finish();
    auto version = insertVersion(m_db, certificateId, versionNo, details, chainPem, privateKeyId, now);
    if (!version)
        return version.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *version;
}

Result<std::optional<qint64>> CertificateRepository::findBySha256(const QString &sha256)
{
    auto q = runQuery(
        m_db, QStringLiteral("SELECT certificate_id FROM certificate_versions WHERE sha256 = ?"),
        {text(sha256.toLower())}, QCoreApplication::translate("certdesk", "look up the certificate"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<domain::ManagedCertificate> CertificateRepository::find(qint64 id)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, c.common_name, c.owner, c.tags, c.notes, c.revoked, c.created_at, "
                       "c.updated_at, ") +
            VersionColumns +
            QStringLiteral(" FROM certificates c LEFT JOIN certificate_versions v ON v.certificate_id = "
                           "c.id WHERE c.id = ? ORDER BY v.version_no DESC LIMIT 1"),
        {qlonglong(id)}, QCoreApplication::translate("certdesk", "read the certificate"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(id);
    domain::ManagedCertificate c;
    c.id = q.value().value(0).toLongLong();
    c.commonName = q.value().value(1).toString();
    c.owner = q.value().value(2).toString();
    c.tags = domain::parseTags(q.value().value(3).toString());
    c.notes = q.value().value(4).toString();
    c.revoked = q.value().value(5).toInt() != 0;
    c.createdAt = fromDbTime(q.value().value(6));
    c.updatedAt = fromDbTime(q.value().value(7));
    c.current = readVersion(*q, 8);
    return c;
}

Result<QList<domain::CertificateVersion>> CertificateRepository::versions(qint64 certificateId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT ") + VersionColumns +
                          QStringLiteral(" FROM certificate_versions v WHERE v.certificate_id = ? "
                                         "ORDER BY v.version_no DESC"),
                      {qlonglong(certificateId)},
                      QCoreApplication::translate("certdesk", "read the certificate's versions"));
    if (!q)
        return q.error();
    QList<domain::CertificateVersion> out;
    while (q.value().next())
        out << readVersion(*q, 0);
    return out;
}

Result<QList<domain::CertificateSummary>> CertificateRepository::summaries()
{
    // The current version is the one with the highest version_no: the version for which no newer
    // one exists. As an anti-join this is one pass over the versions on PostgreSQL (faster there
    // than a correlated MAX() or a GROUP BY) and one index probe per version on SQLite.
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.common_name, v.sans, v.issuer_cn, v.issuer_dn, v.serial_hex, v.not_before, "
            "v.not_after, v.sha256, c.owner, c.tags, c.revoked, v.private_key_id "
            "FROM certificates c JOIN certificate_versions v ON v.certificate_id = c.id "
            "WHERE NOT EXISTS (SELECT 1 FROM certificate_versions n "
            "WHERE n.certificate_id = v.certificate_id AND n.version_no > v.version_no) "
            "ORDER BY c.id"),
        {}, QCoreApplication::translate("certdesk", "read the inventory"));
    if (!q)
        return q.error();
    QList<domain::CertificateSummary> out;
    while (q.value().next()) {
        domain::CertificateSummary s;
        s.id = q.value().value(0).toLongLong();
        s.commonName = q.value().value(1).toString();
        s.sans = domain::SubjectAltNames::fromTagged(fromLines(q.value().value(2))).values();
        s.issuer = q.value().value(3).toString();
        if (s.issuer.isEmpty())
            s.issuer = q.value().value(4).toString();
        s.serialHex = q.value().value(5).toString();
        s.notBefore = fromDbTime(q.value().value(6));
        s.notAfter = fromDbTime(q.value().value(7));
        s.sha256 = q.value().value(8).toString();
        s.owner = q.value().value(9).toString();
        s.tags = domain::parseTags(q.value().value(10).toString());
        s.revoked = q.value().value(11).toInt() != 0;
        s.hasPrivateKey = !q.value().value(12).isNull();
        out << std::move(s);
    }
    return out;
}

Result<qint64> CertificateRepository::count()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT count(*) FROM certificates"), {},
                      QCoreApplication::translate("certdesk", "count the certificates"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Status CertificateRepository::updateMetadata(qint64 id, const domain::CertificateMetadata &metadata)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE certificates SET owner = ?, tags = ?, notes = ?, updated_at = ? "
                                "WHERE id = ?"),
                 {text(metadata.owner), text(joinTags(metadata.tags)), text(metadata.notes),
                  qlonglong(QDateTime::currentSecsSinceEpoch()), qlonglong(id)},
                 QCoreApplication::translate("certdesk", "save the certificate's owner, tags and notes"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return notFound(id);
    return {};
}

Status CertificateRepository::attachPrivateKey(qint64 versionId, qint64 privateKeyId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const QString what = QCoreApplication::translate("certdesk", "link the private key to the certificate");
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE certificate_versions SET private_key_id = ? "
                                     "WHERE id = ? AND private_key_id IS NULL"),
                      {qlonglong(privateKeyId), qlonglong(versionId)}, what);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0) {
        auto exists =
            runQuery(m_db, QStringLiteral("SELECT certificate_id FROM certificate_versions WHERE id = ?"),
                     {qlonglong(versionId)}, what);
        if (!exists)
            return exists.error();
        if (!exists.value().next()) {
            return Error{QCoreApplication::translate(
                             "certdesk", "Certificate version %1 is not in the inventory; it may have been "
                                         "deleted.")
                             .arg(versionId),
                         {},
                         ErrorCode::NotFound};
        }
        return Error{
            QCoreApplication::translate(
                "certdesk", "This certificate version already has a private key: it was not replaced"),
            {}};
    }
    auto touched = runQuery(m_db,
                            QStringLiteral("UPDATE certificates SET updated_at = ? WHERE id = "
                                           "(SELECT certificate_id FROM certificate_versions WHERE id = ?)"),
                            {qlonglong(QDateTime::currentSecsSinceEpoch()), qlonglong(versionId)}, what);
    if (!touched)
        return touched.error();
    return transaction.commit();
}

Status CertificateRepository::setRevoked(qint64 id, bool revoked)
{
    auto q =
        runQuery(m_db, QStringLiteral("UPDATE certificates SET revoked = ?, updated_at = ? WHERE id = ?"),
                 {flag(revoked), qlonglong(QDateTime::currentSecsSinceEpoch()), qlonglong(id)},
                 QCoreApplication::translate("certdesk", "mark the certificate as revoked"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return notFound(id);
    return {};
}

Status CertificateRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const QString what = QCoreApplication::translate("certdesk", "delete the certificate");
    auto keys = runQuery(m_db,
                         QStringLiteral("SELECT DISTINCT private_key_id FROM certificate_versions "
                                        "WHERE certificate_id = ? AND private_key_id IS NOT NULL"),
                         {qlonglong(id)}, what);
    if (!keys)
        return keys.error();
    QList<qint64> keyIds;
    while (keys.value().next())
        keyIds << keys.value().value(0).toLongLong();
    keys.value().finish();

    // ON DELETE CASCADE would do, but this does not depend on SQLite's foreign_keys pragma.
    if (auto versions =
            runQuery(m_db, QStringLiteral("DELETE FROM certificate_versions WHERE certificate_id = ?"),
                     {qlonglong(id)}, what);
        !versions)
        return versions.error();
    auto deleted =
        runQuery(m_db, QStringLiteral("DELETE FROM certificates WHERE id = ?"), {qlonglong(id)}, what);
    if (!deleted)
        return deleted.error();
    if (deleted.value().numRowsAffected() == 0)
        return notFound(id);
    for (const qint64 keyId : std::as_const(keyIds)) {
        auto gone = runQuery(m_db,
                             QStringLiteral("DELETE FROM private_keys WHERE id = ? AND NOT EXISTS "
                                            "(SELECT 1 FROM certificate_versions WHERE private_key_id = ?)"),
                             {qlonglong(keyId), qlonglong(keyId)}, what);
        if (!gone)
            return gone.error();
    }
    return transaction.commit();
}

} // namespace certdesk::store
