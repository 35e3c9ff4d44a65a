// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace certdesk::pki {

/// A private key read from a file, as unencrypted PKCS#8 DER in wiped memory.
struct LoadedPrivateKey
{
    SecureBytes pkcs8Der;
    QString keyType;         ///< "RSA", "EC", "Ed25519", ...
    QByteArray publicKeyDer; ///< SubjectPublicKeyInfo DER
};

/// Reads a private key: PEM "PRIVATE KEY" (PKCS#8), "ENCRYPTED PRIVATE KEY" (PKCS#8, needs the
/// passphrase), "RSA PRIVATE KEY" / "EC PRIVATE KEY" (traditional, possibly with a DEK-Info
/// passphrase), or DER PKCS#8. An encrypted key without a passphrase fails with
/// ErrorCode::PasswordRequired, a wrong passphrase with ErrorCode::WrongPassword.
Result<LoadedPrivateKey> readPrivateKey(const QByteArray &pemOrDer,
                                        const std::optional<QString> &passphrase = {});

/// True when the private key belongs to the certificate's public key.
bool keyMatchesCertificate(const SecureBytes &keyPkcs8, const QByteArray &certificateDer);

/// The SubjectPublicKeyInfo DER of a private key.
Result<QByteArray> publicKeyOf(const SecureBytes &keyPkcs8);

} // namespace certdesk::pki
