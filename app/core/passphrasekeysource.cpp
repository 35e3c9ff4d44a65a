// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/datakeysource.h"

#include "app/core/keyringcache.h"

#include "connectors/pki/symmetriccrypto.h"
#include "models/store/settingsrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace certdesk::core {

namespace {
constexpr int MinimumIterations = 1000;
constexpr qint64 MaximumPassphraseFileSize = 4096;
} // namespace

PassphraseKeySource::PassphraseKeySource(QString passphraseFile, int iterationsForNewInventory)
    : m_file(std::move(passphraseFile)), m_iterations(std::max(iterationsForNewInventory, MinimumIterations))
{}

QString PassphraseKeySource::description() const
{
    return QCoreApplication::translate("certdesk", "master passphrase from %1").arg(m_file);
}

QString PassphraseKeySource::wrongKeyMessage() const
{
    return QCoreApplication::translate("certdesk",
                                       "The master passphrase in %1 does not open this inventory's secrets. "
                                       "Put the passphrase the inventory was set up with in that file.")
        .arg(m_file);
}

Result<pki::SecureBytes> PassphraseKeySource::obtain(const DataKeyContext &context)
{
    QFile file(m_file);
    if (QFileInfo(m_file).isDir() || !file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate(
                         "certdesk", "CERTDESK_MASTER_KEY_FILE names %1, which cannot be read. "
                                     "Point it at a readable file that holds the master passphrase.")
                         .arg(m_file),
                     file.errorString()};
    }
    if (file.size() > MaximumPassphraseFileSize)
        return Error{QCoreApplication::translate("certdesk",
                                                 "The master passphrase file %1 is larger than 4 KiB; "
                                                 "it should hold one line with the passphrase.")
                         .arg(m_file)};
    pki::SecureBytes passphrase(file.readAll());
    QByteArray trimmed = passphrase.bytes();
    while (!trimmed.isEmpty() && (trimmed.endsWith('\n') || trimmed.endsWith('\r')))
        trimmed.chop(1);
    passphrase = pki::SecureBytes(trimmed);
    trimmed.fill('\0');
    if (passphrase.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "The master passphrase file %1 is empty. "
                                                             "Write the passphrase into it.")
                         .arg(m_file)};

    const auto salt = context.settings->insertIfAbsent(
        QStringLiteral("secrets.kdf_salt"), QString::fromLatin1(pki::randomBytes(16).bytes().toBase64()));
    if (!salt)
        return salt.error();
    const auto iterations = context.settings->insertIfAbsent(QStringLiteral("secrets.kdf_iterations"),
                                                             QString::number(m_iterations));
    if (!iterations)
        return iterations.error();
    bool numeric = false;
    const int count = iterations->toInt(&numeric);
    if (!numeric || count < MinimumIterations)
        return Error{QCoreApplication::translate(
            "certdesk", "The inventory's key-derivation settings are damaged "
                        "(secrets.kdf_iterations). Restore the database from a backup.")};
    return deriveOrRecall(passphrase, context.databaseId, *salt, count);
}

// The derived key is kept in the user's kernel keyring for a few minutes (KeyringCache), filed under
// the inventory and its KDF parameters, together with a check of the passphrase it came from: a
// changed passphrase file misses the cache and is derived (and then refused) as usual. The check
// reveals nothing the cached key does not already give away.
Result<pki::SecureBytes> PassphraseKeySource::deriveOrRecall(const pki::SecureBytes &passphrase,
                                                             const QString &databaseId, const QString &salt,
                                                             int iterations) const
{
    const KeyringCache cache(KeyringCache::secondsFromEnvironment());
    const QString entry =
        QStringLiteral("certdesk:datakey:v1:%1:%2:%3").arg(databaseId, salt).arg(iterations);
    const QByteArray check = pki::sha256Hex(QByteArray("certdesk-keyring-check-v1") + '\0' + salt.toLatin1() +
                                            '\0' + passphrase.bytes())
                                 .toLatin1();
    if (auto cached = cache.lookup(entry); cached && cached->size() > check.size() &&
                                           pki::constantTimeEquals(cached->bytes().left(check.size()), check))
        return pki::SecureBytes(QByteArray(cached->data() + check.size(), cached->size() - check.size()));
    auto key = pki::deriveKeyPbkdf2(passphrase, QByteArray::fromBase64(salt.toLatin1()), iterations);
    if (key && cache.enabled())
        cache.store(entry, pki::SecureBytes(check + key->bytes()));
    return key;
}

} // namespace certdesk::core
