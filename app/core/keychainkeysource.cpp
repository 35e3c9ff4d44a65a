// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/datakeysource.h"

#include "connectors/pki/symmetriccrypto.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace certdesk::core {

namespace {
constexpr int KeychainTimeoutMs = 60'000;

QString entryName(const QString &databaseId)
{
    return QStringLiteral("data-key-") + databaseId;
}

/// Runs a QtKeychain job to completion on the calling (worker) thread with a local event loop.
/// Returns false when the keychain did not answer in time.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    timeout.start(KeychainTimeoutMs);
    loop.exec();
    return timeout.isActive();
}

Error unavailable(const QString &detail)
{
    return Error{QCoreApplication::translate("certdesk",
                                             "No OS keychain is available to hold the inventory's data key. "
                                             "Unlock or install a keychain (Secret Service, KWallet), or set "
                                             "CERTDESK_MASTER_KEY_FILE to a file that holds a master passphrase."),
                 detail};
}
} // namespace

KeychainKeySource::KeychainKeySource(QString service) : m_service(std::move(service)) {}

QString KeychainKeySource::description() const
{
    return QCoreApplication::translate("certdesk", "data key in the OS keychain");
}

QString KeychainKeySource::wrongKeyMessage() const
{
    return QCoreApplication::translate("certdesk",
                                       "The data key in the OS keychain does not open this inventory's secrets. "
                                       "It belongs to another inventory; restore the right keychain entry.");
}

Result<pki::SecureBytes> KeychainKeySource::obtain(const DataKeyContext &context)
{
    QKeychain::ReadPasswordJob read(m_service);
    read.setKey(entryName(context.databaseId));
    if (!runJob(read))
        return unavailable(QStringLiteral("the keychain did not answer within 60 s"));
    if (read.error() == QKeychain::NoError) {
        pki::SecureBytes key(read.binaryData());
        if (key.size() != pki::AeadKeyLength)
            return Error{QCoreApplication::translate("certdesk", "The keychain entry for this inventory's data key "
                                                                 "is damaged. Restore it from a keychain backup.")};
        return key;
    }
    if (read.error() != QKeychain::EntryNotFound)
        return unavailable(read.errorString());
    if (!context.firstUse) {
        return Error{QCoreApplication::translate("certdesk",
                                                 "The OS keychain holds no data key for this inventory; it was set "
                                                 "up on another machine or user account. Restore that keychain "
                                                 "entry, or open the inventory where it was created.")};
    }
    auto key = pki::randomBytes(pki::AeadKeyLength);
    QKeychain::WritePasswordJob write(m_service);
    write.setKey(entryName(context.databaseId));
    write.setBinaryData(key.bytes());
    if (!runJob(write))
        return unavailable(QStringLiteral("the keychain did not answer within 60 s"));
    if (write.error() != QKeychain::NoError)
        return unavailable(write.errorString());
    return key;
}

std::unique_ptr<DataKeySource> dataKeySourceFromEnvironment()
{
    const auto file = qEnvironmentVariable("CERTDESK_MASTER_KEY_FILE");
    if (!file.isEmpty())
        return std::make_unique<PassphraseKeySource>(file);
    return std::make_unique<KeychainKeySource>();
}

} // namespace certdesk::core
