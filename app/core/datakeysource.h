// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QString>

#include <memory>

namespace certdesk::store {
class SettingsRepository;
}

namespace certdesk::core {

/// What a key source is told about the inventory it unlocks.
struct DataKeyContext
{
    QString databaseId;    ///< random id of this inventory (setting "database.id")
    bool firstUse = false; ///< the inventory has no data key yet: the source may create one
    store::SettingsRepository *settings = nullptr; ///< for non-secret parameters such as a KDF salt
};

/// Supplies the 32-byte data key under which every secret of one inventory is sealed. Sources may
/// block (key derivation, keychain round trips): call them on a worker thread, never the GUI thread.
class DataKeySource
{
public:
    virtual ~DataKeySource() = default;
    /// Stable name stored with the inventory ("passphrase", "keychain").
    virtual QString kind() const = 0;
    /// Where the key comes from, for the status bar and messages; never the key itself.
    virtual QString description() const = 0;
    /// Returns the key. On first use it may create one; otherwise it must never silently make a new key.
    virtual Result<pki::SecureBytes> obtain(const DataKeyContext &context) = 0;
    /// The sentence shown when the key obtained does not open the inventory's secrets.
    virtual QString wrongKeyMessage() const = 0;
};

/// Derives the data key with PBKDF2-HMAC-SHA256 from the passphrase in a file (CERTDESK_MASTER_KEY_FILE),
/// for headless servers and CI. The salt and iteration count are kept in the inventory's settings. The
/// derived key is remembered for CERTDESK_KEY_CACHE_SECONDS (default 300, 0: never) in the user's
/// kernel keyring, so that a script's many `certdeskctl` runs derive it once.
class PassphraseKeySource final : public DataKeySource
{
public:
    /// `iterationsForNewInventory` applies only when the inventory has no KDF parameters yet.
    explicit PassphraseKeySource(QString passphraseFile, int iterationsForNewInventory = 600000);
    QString kind() const override { return QStringLiteral("passphrase"); }
    QString description() const override;
    Result<pki::SecureBytes> obtain(const DataKeyContext &context) override;
    QString wrongKeyMessage() const override;

private:
    Result<pki::SecureBytes> deriveOrRecall(const pki::SecureBytes &passphrase, const QString &databaseId,
                                            const QString &salt, int iterations) const;

    QString m_file;
    int m_iterations;
};

/// Keeps a random data key in the operating system's keychain (Secret Service, KWallet, macOS
/// Keychain, Windows Credential Manager) through QtKeychain, one entry per inventory.
class KeychainKeySource final : public DataKeySource
{
public:
    explicit KeychainKeySource(QString service = QStringLiteral("CertDesk"));
    QString kind() const override { return QStringLiteral("keychain"); }
    QString description() const override;
    Result<pki::SecureBytes> obtain(const DataKeyContext &context) override;
    QString wrongKeyMessage() const override;

private:
    QString m_service;
};

/// The source the environment asks for: the passphrase file named by CERTDESK_MASTER_KEY_FILE when
/// set, the OS keychain otherwise.
std::unique_ptr<DataKeySource> dataKeySourceFromEnvironment();

} // namespace certdesk::core
