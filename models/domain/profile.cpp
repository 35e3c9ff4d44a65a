// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/profile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace certdesk::domain {

QStringList allKeyAlgorithmNames()
{
    return {QString::fromLatin1(KeyAlgorithmName::EcP256),  QString::fromLatin1(KeyAlgorithmName::EcP384),
            QString::fromLatin1(KeyAlgorithmName::Rsa2048), QString::fromLatin1(KeyAlgorithmName::Rsa3072),
            QString::fromLatin1(KeyAlgorithmName::Rsa4096), QString::fromLatin1(KeyAlgorithmName::Ed25519)};
}

QStringList knownExtendedKeyUsages()
{
    return {QStringLiteral("serverAuth"),      QStringLiteral("clientAuth"),   QStringLiteral("codeSigning"),
            QStringLiteral("emailProtection"), QStringLiteral("timeStamping"), QStringLiteral("OCSPSigning")};
}

qint64 CertificateProfile::cappedTtlSeconds(qint64 requestedSeconds) const
{
    return requestedSeconds <= 0 ? maxTtlSeconds : std::min(requestedSeconds, maxTtlSeconds);
}

Status CertificateProfile::checkKeyAlgorithm(const QString &algorithm) const
{
    if (!allKeyAlgorithmNames().contains(algorithm))
        return Error{QCoreApplication::translate("certdesk", "%1 is not a key type CertDesk knows; use one of %2.")
                         .arg(algorithm, allKeyAlgorithmNames().join(QStringLiteral(", ")))};
    if (!allowedKeyAlgorithms.contains(algorithm))
        return Error{QCoreApplication::translate("certdesk", "The profile %1 does not allow %2 keys; it allows %3.")
                         .arg(name, algorithm, allowedKeyAlgorithms.join(QStringLiteral(", ")))};
    return {};
}

QStringList CertificateProfile::keyUsageFor(const QString &keyType) const
{
    QStringList usage{QStringLiteral("digitalSignature")};
    if (extendedKeyUsage.contains(QLatin1String("emailProtection")))
        usage << QStringLiteral("contentCommitment");
    if (keyType == QLatin1String("RSA") &&
        (extendedKeyUsage.contains(QLatin1String("serverAuth")) || extendedKeyUsage.contains(QLatin1String("clientAuth")) ||
         extendedKeyUsage.contains(QLatin1String("emailProtection"))))
        usage << QStringLiteral("keyEncipherment");
    return usage;
}

QJsonObject CertificateProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("allowed_key_algorithms"), QJsonArray::fromStringList(allowedKeyAlgorithms)},
                       {QStringLiteral("max_ttl_seconds"), maxTtlSeconds},
                       {QStringLiteral("extended_key_usage"), QJsonArray::fromStringList(extendedKeyUsage)},
                       {QStringLiteral("renewal_threshold_days"), renewalThresholdDays}};
}

Result<CertificateProfile> CertificateProfile::fromJson(const QString &name, const QJsonObject &json)
{
    const auto tr = [](const char *t) { return QCoreApplication::translate("certdesk::domain", t); };
    CertificateProfile p;
    p.name = name;
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const auto &e : v.toArray())
            out << e.toString();
        return out;
    };
    if (json.contains(QStringLiteral("allowed_key_algorithms")))
        p.allowedKeyAlgorithms = strings(json.value(QStringLiteral("allowed_key_algorithms")));
    if (json.contains(QStringLiteral("max_ttl_seconds")))
        p.maxTtlSeconds = json.value(QStringLiteral("max_ttl_seconds")).toInteger();
    if (json.contains(QStringLiteral("extended_key_usage")))
        p.extendedKeyUsage = strings(json.value(QStringLiteral("extended_key_usage")));
    if (json.contains(QStringLiteral("renewal_threshold_days")))
        p.renewalThresholdDays = json.value(QStringLiteral("renewal_threshold_days")).toInt();
    for (const auto &k : std::as_const(p.allowedKeyAlgorithms)) {
        if (!allKeyAlgorithmNames().contains(k))
            return Error{tr("The profile %1 names an unknown key type %2.").arg(name, k)};
    }
    for (const auto &e : std::as_const(p.extendedKeyUsage)) {
        if (!knownExtendedKeyUsages().contains(e))
            return Error{tr("The profile %1 names an unknown extended key usage %2.").arg(name, e)};
    }
    if (p.allowedKeyAlgorithms.isEmpty())
        return Error{tr("The profile %1 allows no key type.").arg(name)};
    if (p.maxTtlSeconds <= 0)
        return Error{tr("The profile %1 needs a positive maximum lifetime.").arg(name)};
    if (p.renewalThresholdDays < 0)
        return Error{tr("The profile %1 has a negative renewal threshold.").arg(name)};
    return p;
}

} // namespace certdesk::domain
