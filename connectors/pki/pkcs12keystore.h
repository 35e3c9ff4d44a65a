// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace certdesk::pki {

/// One named entry of a PKCS#12 keystore, as Java's keytool lists it: a private key with its
/// certificate, or a trusted certificate alone.
struct Pkcs12KeystoreEntry
{
    QString alias;             ///< the entry's friendlyName
    bool hasKey = false;       ///< a PrivateKeyEntry; false: a trustedCertEntry
    QByteArray certificateDer; ///< the entry's own certificate (not its chain)
};

/// The named entries of a PKCS#12 keystore. A password that does not open it (MAC or decryption)
/// fails with ErrorCode::WrongPassword; bytes that are not a PKCS#12 with ErrorCode::InvalidInput.
Result<QList<Pkcs12KeystoreEntry>> readPkcs12Keystore(const QByteArray &keystore, const QString &password);

/// `keystore` (empty: a new one) with the private-key entry `alias` set to the certificate, its
/// chain and the key (unencrypted PKCS#8 DER, which must belong to the certificate). Every other
/// entry is kept as it was stored (its bags are not re-encrypted; its attributes, such as Java's
/// trusted-certificate mark, stay); the old entry of that alias (matched case-insensitively, as
/// Java does) and the chain certificates only it used are dropped. Written as OpenSSL 3 and Java 17
/// write PKCS#12 by default: certificates in a PBES2/PBKDF2/AES-256-CBC encrypted safe, keys as
/// PBES2/AES-256-CBC shrouded key bags, an HMAC-SHA-256 MAC, 2048 iterations. The password must
/// open `keystore` (ErrorCode::WrongPassword otherwise) and may not be empty.
Result<QByteArray> putPkcs12KeystoreEntry(const QByteArray &keystore, const QString &password,
                                          const QString &alias, const QByteArray &certificateDer,
                                          const QList<QByteArray> &chainDer, const SecureBytes &pkcs8Der);

} // namespace certdesk::pki
