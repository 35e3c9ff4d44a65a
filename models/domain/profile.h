// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace certdesk::domain {

/// Key algorithm names as profiles, the CLI and the UI spell them.
namespace KeyAlgorithmName {
inline constexpr auto Rsa2048 = "rsa2048";
inline constexpr auto Rsa3072 = "rsa3072";
inline constexpr auto Rsa4096 = "rsa4096";
inline constexpr auto EcP256 = "ec256";
inline constexpr auto EcP384 = "ec384";
inline constexpr auto Ed25519 = "ed25519";
} // namespace KeyAlgorithmName

/// Every key algorithm name CertDesk generates, strongest-compatible first ("ec256" is the default).
QStringList allKeyAlgorithmNames();

/// What a certificate issued under it may be: allowed key algorithms, the longest lifetime, the
/// extended key usages, and when renewal starts. A profile whose maximum lifetime is under an hour
/// is short-lived: its certificates get no CRL distribution point or OCSP URL (they expire before
/// revocation would matter).
struct CertificateProfile
{
    QString name = QStringLiteral("default");
    QStringList allowedKeyAlgorithms = allKeyAlgorithmNames();
    qint64 maxTtlSeconds = 398LL * 86400; ///< the CA/Browser Forum limit for TLS server certificates
    QStringList extendedKeyUsage{QStringLiteral("serverAuth"), QStringLiteral("clientAuth")};
    int renewalThresholdDays = 30;

    bool isShortLived() const { return maxTtlSeconds < 3600; }
    /// NotAfter is capped at min(requested validity, max TTL): the effective lifetime in seconds.
    qint64 cappedTtlSeconds(qint64 requestedSeconds) const;
    /// A clear error when the profile forbids the key algorithm.
    Status checkKeyAlgorithm(const QString &algorithm) const;
    /// Key usage for the profile's EKUs and a key type, as the seed describes: S/MIME
    /// (emailProtection) gets digitalSignature + contentCommitment; TLS gets digitalSignature, plus
    /// keyEncipherment for RSA.
    QStringList keyUsageFor(const QString &keyType) const;

    QJsonObject toJson() const;
    /// Reads a profile; unknown EKUs, key algorithms or a non-positive lifetime are an Error.
    static Result<CertificateProfile> fromJson(const QString &name, const QJsonObject &json);
};

/// The EKU names profiles accept ("serverAuth", "clientAuth", "codeSigning", "emailProtection",
/// "timeStamping", "OCSPSigning").
QStringList knownExtendedKeyUsages();

} // namespace certdesk::domain
