// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QString>

namespace certdesk::pki {

/// The key algorithms CertDesk generates.
enum class KeyAlgorithm { Rsa2048, Rsa3072, Rsa4096, EcP256, EcP384, Ed25519 };

/// A freshly generated key pair: the private key as unencrypted PKCS#8 DER (wiped on destruction)
/// and the public key as SubjectPublicKeyInfo DER.
struct GeneratedKey
{
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    SecureBytes pkcs8Der;
    QByteArray publicKeyDer;
};

/// Generates a key pair with OpenSSL's EVP API.
Result<GeneratedKey> generateKey(KeyAlgorithm algorithm);

/// "RSA 2048", "EC P-256", "Ed25519".
QString keyAlgorithmName(KeyAlgorithm algorithm);

} // namespace certdesk::pki
