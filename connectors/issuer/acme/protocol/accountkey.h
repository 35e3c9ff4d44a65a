// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace certdesk::issuer::acme {

/// The key pair of an ACME account (RFC 8555 section 6.2): it signs every request as a JWS, and its
/// JWK thumbprint goes into each challenge's key authorization. EC P-256 (ES256, the default),
/// EC P-384 (ES384) or RSA of 2048 bits or more (RS256). The key is kept decoded (OpenSSL stays out
/// of this header); copies share it, and it is never modified, so one key may sign on several
/// threads at once. The private key leaves only through toPem(), for the secret store; it never
/// appears in an Error.
class AccountKey final
{
public:
    enum class Algorithm { EcP256, EcP384, Rsa2048, Rsa3072, Rsa4096 };

    /// A null key (isNull()).
    AccountKey();
    bool isNull() const { return !m_impl; }

    /// Generates a new key.
    static Result<AccountKey> generate(Algorithm algorithm = Algorithm::EcP256);
    /// Reads an unencrypted PEM private key: "PRIVATE KEY" (PKCS#8), "EC PRIVATE KEY" or
    /// "RSA PRIVATE KEY". A key of another type, curve or size is refused with a clear Error.
    static Result<AccountKey> fromPem(const pki::SecureBytes &pem);
    /// Reads an unencrypted PKCS#8 DER private key (as connectors/pki hands them out).
    static Result<AccountKey> fromPkcs8(const pki::SecureBytes &pkcs8Der);

    /// The private key as unencrypted PKCS#8 PEM ("PRIVATE KEY"), in wiped memory; empty for a
    /// null key.
    pki::SecureBytes toPem() const;

    /// The JWS "alg": "ES256", "ES384" or "RS256".
    QString jwsAlgorithm() const;
    /// The public key as a JWK (RFC 7517) with its required members only.
    QJsonObject jwk() const;
    /// The base64url SHA-256 JWK thumbprint (RFC 7638).
    QByteArray thumbprint() const;
    /// The key authorization for a challenge token: token "." thumbprint (RFC 8555 section 8.1).
    QString keyAuthorization(const QString &token) const;
    /// The JWS signature over `signingInput` (protected "." payload): R || S of fixed length for
    /// ECDSA (RFC 7518 section 3.4), PKCS#1 v1.5 for RSA.
    Result<QByteArray> sign(const QByteArray &signingInput) const;

    /// True when both hold the same public key.
    bool operator==(const AccountKey &other) const;

private:
    struct Impl;
    explicit AccountKey(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

} // namespace certdesk::issuer::acme
