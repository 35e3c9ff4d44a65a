// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/datakeysource.h"
#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QMutex>

#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// Seals and opens secrets (private keys, connector credentials) with AES-256-GCM under the
/// inventory's data key. The key is obtained from its DataKeySource on first need and checked
/// against a sealed check value stored in the inventory, so a wrong passphrase or a foreign keychain
/// entry is a clear error and never a silently new key. Thread-safe; may block on first use, so call
/// it from worker threads only.
class SecretStore final
{
public:
    SecretStore(std::shared_ptr<store::Database> db, std::unique_ptr<DataKeySource> source);
    ~SecretStore();

    /// Obtains and verifies the data key. Call outside any open transaction: on first use it records
    /// the key check value in the inventory's settings.
    Status unlock();
    bool isUnlocked() const;
    /// Where the data key comes from, for the UI.
    QString sourceDescription() const;

    /// Seals `plaintext`; `aad` binds the result to its purpose (e.g. "private_key"), so a sealed
    /// value cannot be moved to another use. Unlocks first when needed.
    Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &aad);
    /// The inverse of seal().
    Result<pki::SecureBytes> open(const QByteArray &sealed, const QByteArray &aad);

private:
    std::shared_ptr<store::Database> m_db;
    std::unique_ptr<DataKeySource> m_source;
    mutable QMutex m_mutex;
    std::optional<pki::SecureBytes> m_key;
};

} // namespace certdesk::core
