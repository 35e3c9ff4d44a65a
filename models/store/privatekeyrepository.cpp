// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/privatekeyrepository.h"

#include "models/store/database.h"
#include "models/store/preparedquery.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>

namespace certdesk::store {

using namespace detail;

Result<qint64> PrivateKeyRepository::insert(const QString &algorithm, const QString &publicKeySha256,
                                            const QByteArray &sealedPkcs8)
{
    if (sealedPkcs8.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "Cannot save an empty private key"), {}};
    const QString what = QCoreApplication::translate("certdesk", "save the private key");
    auto q = execPrepared(
        m_db,
        QStringLiteral("INSERT INTO private_keys (algorithm, public_key_sha256, sealed_pkcs8, created_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {text(algorithm), text(publicKeySha256.toLower()), sealedPkcs8,
         qlonglong(QDateTime::currentSecsSinceEpoch())},
        what);
    if (!q)
        return q.error();
    if (!q->hasRow)
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                     QStringLiteral("INSERT returned no id")};
    return q->value(0).toLongLong();
}

Result<StoredPrivateKey> PrivateKeyRepository::find(qint64 id)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT id, algorithm, public_key_sha256, sealed_pkcs8 FROM private_keys "
                                "WHERE id = ?"),
                 {qlonglong(id)}, QCoreApplication::translate("certdesk", "read the private key"));
    if (!q)
        return q.error();
    if (!q.value().next()) {
        return Error{QCoreApplication::translate(
                         "certdesk", "Private key %1 is not in the inventory (it may have been deleted)")
                         .arg(id),
                     {},
                     ErrorCode::NotFound};
    }
    StoredPrivateKey key;
    key.id = q.value().value(0).toLongLong();
    key.algorithm = q.value().value(1).toString();
    key.publicKeySha256 = q.value().value(2).toString();
    key.sealedPkcs8 = q.value().value(3).toByteArray();
    return key;
}

Result<std::optional<qint64>> PrivateKeyRepository::findByPublicKey(const QString &publicKeySha256)
{
    auto q = runQuery(
        m_db, QStringLiteral("SELECT id FROM private_keys WHERE public_key_sha256 = ? ORDER BY id LIMIT 1"),
        {text(publicKeySha256.toLower())},
        QCoreApplication::translate("certdesk", "look up the private key"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

} // namespace certdesk::store
