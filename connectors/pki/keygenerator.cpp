// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/keygenerator.h"

#include "connectors/pki/handleaccess.h"
#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/evp.h>

#include <QCoreApplication>

namespace certdesk::pki {

namespace {

EvpPkeyPtr generate(KeyAlgorithm algorithm)
{
    // EVP_PKEY_Q_keygen is variadic: RSA takes a size_t bit count, EC a curve name, EdDSA nothing.
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)));
    case KeyAlgorithm::Rsa3072:
        return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(3072)));
    case KeyAlgorithm::Rsa4096:
        return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(4096)));
    case KeyAlgorithm::EcP256:
        return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case KeyAlgorithm::EcP384:
        return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    case KeyAlgorithm::Ed25519:
        return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    }
    return {};
}

} // namespace

KeyPair::KeyPair() = default;

KeyPair::KeyPair(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}

SecureBytes KeyPair::toPkcs8() const
{
    return m_impl ? privateKeyToPkcs8(m_impl->key.get()) : SecureBytes();
}

QByteArray KeyPair::publicKeyDer() const
{
    return m_impl ? publicKeyToDer(m_impl->key.get()) : QByteArray();
}

QString KeyPair::keyType() const
{
    return m_impl ? keyTypeName(m_impl->key.get()) : QString();
}

Result<KeyPair> KeyPair::fromPkcs8(const SecureBytes &pkcs8Der)
{
    const ErrorQueueScope errorScope;
    EvpPkeyPtr key = privateKeyFromPkcs8(pkcs8Der);
    if (!key)
        return openSslError(
            QCoreApplication::translate("certdesk", "The private key is not a valid PKCS#8 private key."));
    return KeyPairAccess::wrap(std::move(key));
}

Result<KeyPair> generateKeyPair(KeyAlgorithm algorithm)
{
    const ErrorQueueScope errorScope;
    EvpPkeyPtr key = generate(algorithm);
    if (!key)
        return openSslError(QCoreApplication::translate("certdesk", "The %1 key could not be generated.")
                                .arg(keyAlgorithmName(algorithm)));
    return KeyPairAccess::wrap(std::move(key));
}

Result<GeneratedKey> generateKey(KeyAlgorithm algorithm)
{
    auto pair = generateKeyPair(algorithm);
    if (!pair)
        return pair.error();
    GeneratedKey out;
    out.algorithm = algorithm;
    out.pkcs8Der = pair->toPkcs8();
    out.publicKeyDer = pair->publicKeyDer();
    if (out.pkcs8Der.isEmpty() || out.publicKeyDer.isEmpty())
        return openSslError(
            QCoreApplication::translate("certdesk", "The generated %1 key could not be encoded.")
                .arg(keyAlgorithmName(algorithm)));
    return out;
}

QString keyAlgorithmName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return QStringLiteral("RSA 2048");
    case KeyAlgorithm::Rsa3072:
        return QStringLiteral("RSA 3072");
    case KeyAlgorithm::Rsa4096:
        return QStringLiteral("RSA 4096");
    case KeyAlgorithm::EcP256:
        return QStringLiteral("EC P-256");
    case KeyAlgorithm::EcP384:
        return QStringLiteral("EC P-384");
    case KeyAlgorithm::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return {};
}

} // namespace certdesk::pki
