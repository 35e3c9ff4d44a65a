// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace certdesk::store {

/// A private key as stored: only ever the sealed (encrypted) PKCS#8 bytes.
struct StoredPrivateKey
{
    qint64 id = 0;
    QString algorithm;
    QString publicKeySha256;
    QByteArray sealedPkcs8; ///< AES-256-GCM under the data key, see app/core SecretStore
};

/// Encrypted private keys (table `private_keys`). The store never sees a key in plain text.
class PrivateKeyRepository final
{
public:
    /// Works on `db`, joining its current transaction.
    explicit PrivateKeyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Stores a sealed key (not empty); returns its id. The fingerprint is stored in lowercase.
    Result<qint64> insert(const QString &algorithm, const QString &publicKeySha256,
                          const QByteArray &sealedPkcs8);
    /// ErrorCode::NotFound when absent.
    Result<StoredPrivateKey> find(qint64 id);
    /// The oldest stored key with this public-key SHA-256 (any case), if any.
    Result<std::optional<qint64>> findByPublicKey(const QString &publicKeySha256);

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
