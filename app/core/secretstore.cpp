// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/secretstore.h"

#include "connectors/pki/symmetriccrypto.h"
#include "models/store/database.h"
#include "models/store/settingsrepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace certdesk::core {

namespace {
const QByteArray KeyCheckPlaintext = QByteArrayLiteral("certdesk data key check v1");

QString settingKey(const char *name)
{
    return QString::fromLatin1(name);
}

Error wrongSourceError(const QString &storedKind)
{
    if (storedKind == QLatin1String("passphrase"))
        return Error{QCoreApplication::translate("certdesk",
                                                 "This inventory's secrets are protected by a master passphrase. "
                                                 "Set CERTDESK_MASTER_KEY_FILE to the file that holds it."),
                     {},
                     ErrorCode::PasswordRequired};
    return Error{QCoreApplication::translate("certdesk",
                                             "This inventory's secrets are protected by a data key in the OS "
                                             "keychain, not by a passphrase. Unset CERTDESK_MASTER_KEY_FILE and "
                                             "open it where its keychain is available.")};
}
} // namespace

SecretStore::SecretStore(std::shared_ptr<store::Database> db, std::unique_ptr<DataKeySource> source)
    : m_db(std::move(db)), m_source(std::move(source))
{
}

SecretStore::~SecretStore() = default;

bool SecretStore::isUnlocked() const
{
    QMutexLocker lock(&m_mutex);
    return m_key.has_value();
}

QString SecretStore::sourceDescription() const
{
    return m_source->description();
}

Status SecretStore::unlock()
{
    QMutexLocker lock(&m_mutex);
    if (m_key)
        return {};
    store::SettingsRepository settings(m_db->connection());
    const auto databaseId = settings.insertIfAbsent(settingKey("database.id"),
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!databaseId)
        return databaseId.error();
    const auto storedKind = settings.value(settingKey("secrets.key_source"));
    if (!storedKind)
        return storedKind.error();
    if (storedKind->has_value() && **storedKind != m_source->kind())
        return wrongSourceError(**storedKind);
    auto check = settings.value(settingKey("secrets.key_check"));
    if (!check)
        return check.error();

    const bool firstUse = !check->has_value();
    auto key = m_source->obtain(DataKeyContext{*databaseId, firstUse, &settings});
    if (!key)
        return key.error();
    const QByteArray aad = databaseId->toUtf8();

    QString storedCheck;
    if (firstUse) {
        auto sealed = pki::aeadSeal(*key, KeyCheckPlaintext, aad);
        if (!sealed)
            return sealed.error();
        // Two consoles may set up one shared inventory at once: whichever check value lands first
        // wins, and the loser verifies its key against it below.
        auto landed = settings.insertIfAbsent(settingKey("secrets.key_check"), QString::fromLatin1(sealed->toBase64()));
        if (!landed)
            return landed.error();
        if (auto kind = settings.insertIfAbsent(settingKey("secrets.key_source"), m_source->kind()); !kind)
            return kind.error();
        storedCheck = *landed;
    } else {
        storedCheck = **check;
    }
    auto opened = pki::aeadOpen(*key, QByteArray::fromBase64(storedCheck.toLatin1()), aad);
    if (!opened || opened->bytes() != KeyCheckPlaintext)
        return Error{m_source->wrongKeyMessage(), {}, ErrorCode::WrongPassword};
    m_key = std::move(key).value();
    return {};
}

Result<QByteArray> SecretStore::seal(const QByteArray &plaintext, const QByteArray &aad)
{
    if (auto status = unlock(); !status)
        return status.error();
    QMutexLocker lock(&m_mutex);
    return pki::aeadSeal(*m_key, plaintext, aad);
}

Result<pki::SecureBytes> SecretStore::open(const QByteArray &sealed, const QByteArray &aad)
{
    if (auto status = unlock(); !status)
        return status.error();
    QMutexLocker lock(&m_mutex);
    auto opened = pki::aeadOpen(*m_key, sealed, aad);
    if (!opened)
        return Error{QCoreApplication::translate("certdesk", "A stored secret could not be decrypted: it is "
                                                             "damaged or was sealed under another data key."),
                     opened.error().detail};
    return opened;
}

} // namespace certdesk::core
