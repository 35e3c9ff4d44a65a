// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace certdesk::pki {

/// The key algorithms CertDesk generates.
enum class KeyAlgorithm { Rsa2048, Rsa3072, Rsa4096, EcP256, EcP384, Ed25519 };

/// A key pair kept as an OpenSSL key (opaque here: OpenSSL stays out of public headers), so that a
/// CSR is made with it without decoding PKCS#8 first, and nothing is encoded that is not asked for
/// (OpenSSL 3.0 sets up an encoder or decoder for every key conversion, which costs more than the
/// signature itself). Copies share the key, which is never modified: using one from several
/// threads is safe. The key material is wiped by OpenSSL when the last copy goes.
class KeyPair final
{
public:
    /// A null key pair (isNull()).
    KeyPair();
    bool isNull() const { return !m_impl; }
    /// The private key as unencrypted PKCS#8 DER, encoded now into wiped memory; empty on failure.
    SecureBytes toPkcs8() const;
    /// The SubjectPublicKeyInfo DER, encoded now; empty on failure.
    QByteArray publicKeyDer() const;
    /// "RSA", "EC", "Ed25519", ...; empty for a null key pair.
    QString keyType() const;
    /// Decodes an unencrypted PKCS#8 private key (a stored key used again).
    static Result<KeyPair> fromPkcs8(const SecureBytes &pkcs8Der);

private:
    friend struct KeyPairAccess; // the pki library's own code reaches the OpenSSL key (private header)
    struct Impl;
    explicit KeyPair(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

/// A freshly generated key pair: the private key as unencrypted PKCS#8 DER (wiped on destruction)
/// and the public key as SubjectPublicKeyInfo DER.
struct GeneratedKey
{
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    SecureBytes pkcs8Der;
    QByteArray publicKeyDer;
};

/// Generates a key pair with OpenSSL's EVP API, and encodes both halves.
Result<GeneratedKey> generateKey(KeyAlgorithm algorithm);

/// Generates a key pair and keeps it as a key: nothing is encoded until asked for (issuance encodes
/// the private key once, to seal it, and takes the public key from the CSR).
Result<KeyPair> generateKeyPair(KeyAlgorithm algorithm);

/// "RSA 2048", "EC P-256", "Ed25519".
QString keyAlgorithmName(KeyAlgorithm algorithm);

} // namespace certdesk::pki
