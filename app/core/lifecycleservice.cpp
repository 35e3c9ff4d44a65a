// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/lifecycleservice.h"

#include "app/core/auditlog.h"
#include "app/core/issuerservice.h"
#include "app/core/secretstore.h"
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/csr.h"
#include "connectors/pki/keygenerator.h"
#include "connectors/pki/symmetriccrypto.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/issuerrepository.h"
#include "models/store/privatekeyrepository.h"
#include "models/store/profilerepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace certdesk::core {

namespace {
const QByteArray PrivateKeyAad = QByteArrayLiteral("private_key");
constexpr int MaxCommonNameLength = 64;

QString serialHexOf(const QByteArray &serial)
{
    QByteArray hex = serial.toHex().toUpper();
    while (hex.size() > 2 && hex.startsWith("00"))
        hex.remove(0, 2);
    return QString::fromLatin1(hex);
}

QByteArray pemChain(const QList<QByteArray> &ders)
{
    QByteArray out;
    for (const auto &der : ders) {
        domain::CertificateDetails d;
        d.der = der;
        out += d.toPem();
    }
    return out;
}

/// The key-algorithm name of an existing certificate's key, to renew with the same kind of key.
QString keyAlgorithmNameOf(const domain::CertificateDetails &d)
{
    if (d.keyType == QLatin1String("RSA"))
        return QStringLiteral("rsa%1").arg(d.keyBits);
    if (d.keyType == QLatin1String("EC"))
        return d.curve == QLatin1String("P-384") ? QStringLiteral("ec384") : QStringLiteral("ec256");
    return d.keyType.toLower();
}

/// A key ready to go into a certificate: generated now or opened from the inventory.
struct KeyForCertificate
{
    pki::KeyPair key;
    std::optional<qint64> existingKeyId;
};

/// Everything issuance needs that does not depend on the key: checked before a key is made.
struct IssuancePlan
{
    store::StoredIssuer issuer;
    std::shared_ptr<issuer::Issuer> connector;
    domain::CertificateProfile profile;
    QString commonName;
    QStringList sans;
    QString keyAlgorithm;
    qint64 validitySeconds = 0;
    QByteArray replacesCertificateDer; ///< a renewal: the certificate it replaces
    std::function<bool()> cancelled;
};

/// What the CA returned, with the public key as the request carried it (SubjectPublicKeyInfo DER).
struct RequestedCertificate
{
    issuer::IssuedCertificate issued;
    QByteArray requestPublicKeyDer;
};

/// Asks the CA for a certificate for `key`, with the plan's names. The request goes to the
/// connector decoded as well as in DER: a local CA signs it without decoding it again.
Result<RequestedCertificate> requestCertificate(const IssuancePlan &plan, const pki::KeyPair &key,
                                                const QString &keyType)
{
    QString subject = plan.commonName;
    subject.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'/', QStringLiteral("\\/"))
        .replace(u'+', QStringLiteral("\\+"));
    auto csr = pki::createRequest(QStringLiteral("/CN=") + subject, plan.sans, key);
    if (!csr)
        return Error{csr.error().message, csr.error().detail, ErrorCode::InvalidInput};
    issuer::IssueRequest request;
    request.csrDer = csr->der();
    request.csr = *csr;
    request.validitySeconds = plan.validitySeconds;
    request.keyUsage = plan.profile.keyUsageFor(keyType);
    request.extendedKeyUsage = plan.profile.extendedKeyUsage;
    request.shortLived = plan.profile.isShortLived();
    request.replacesCertificateDer = plan.replacesCertificateDer;
    request.cancelled = plan.cancelled;
    auto issued = plan.connector->issue(request);
    if (!issued)
        return Error{QCoreApplication::translate("certdesk", "The issuer %1 refused the request: %2")
                         .arg(plan.issuer.name, issued.error().message),
                     issued.error().detail};
    return RequestedCertificate{std::move(issued).value(), csr->publicKeyDer()};
}

/// The SHA-256 of the certificate's public key, for its key row: of the request's encoded key when
/// the certificate carries exactly that encoding (a local CA copies it), which spares decoding the
/// certificate's key and encoding it again; else of the certificate's key.
QString publicKeyHashOf(const domain::CertificateDetails &certificate, const QByteArray &requestPublicKeyDer)
{
    if (!requestPublicKeyDer.isEmpty() && certificate.der.contains(requestPublicKeyDer))
        return pki::sha256Hex(requestPublicKeyDer);
    return pki::publicKeySha256(certificate);
}

/// Reads what the CA returned (once).
Result<domain::CertificateDetails> readIssued(const IssuancePlan &plan,
                                              const issuer::IssuedCertificate &issued)
{
    auto details = pki::parseCertificateDer(issued.certificateDer);
    if (!details)
        return Error{QCoreApplication::translate("certdesk",
                                                 "The issuer %1 returned a certificate that cannot be read.")
                         .arg(plan.issuer.name),
                     details.error().fullText()};
    return details;
}
} // namespace

QJsonObject IssueCertificateRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("issuer"), issuerName},
                       {QStringLiteral("common_name"), commonName},
                       {QStringLiteral("sans"), QJsonArray::fromStringList(sans)},
                       {QStringLiteral("key"), keyAlgorithm},
                       {QStringLiteral("validity_days"), validityDays},
                       {QStringLiteral("profile"), profileName}};
}

IssueCertificateRequest IssueCertificateRequest::fromJson(const QJsonObject &json)
{
    IssueCertificateRequest r;
    r.issuerName = json.value(QStringLiteral("issuer")).toString();
    r.commonName = json.value(QStringLiteral("common_name")).toString();
    for (const auto &v : json.value(QStringLiteral("sans")).toArray())
        r.sans << v.toString();
    r.keyAlgorithm = json.value(QStringLiteral("key")).toString(QStringLiteral("ec256"));
    r.validityDays = json.value(QStringLiteral("validity_days")).toInt();
    r.profileName = json.value(QStringLiteral("profile")).toString(QStringLiteral("default"));
    return r;
}

namespace {
/// IPv4 dotted quads and IPv6 (hex groups with colons); the CSR builder validates them fully.
bool looksLikeIpAddress(const QString &text)
{
    static const QRegularExpression v4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    return v4.match(text).hasMatch() || (text.contains(u':') && v6.match(text).hasMatch());
}
} // namespace

QStringList taggedSans(const QStringList &sans)
{
    static const QStringList kinds{QStringLiteral("DNS:"), QStringLiteral("IP:"), QStringLiteral("email:"),
                                   QStringLiteral("URI:")};
    QStringList out;
    for (const auto &raw : sans) {
        const QString san = raw.trimmed();
        if (san.isEmpty())
            continue;
        QString tagged;
        for (const auto &kind : kinds) {
            if (san.startsWith(kind, Qt::CaseInsensitive))
                tagged = kind + san.mid(kind.size());
        }
        if (tagged.isEmpty()) {
            if (looksLikeIpAddress(san))
                tagged = QStringLiteral("IP:") + san;
            else if (san.contains(QLatin1String("://")))
                tagged = QStringLiteral("URI:") + san;
            else if (san.contains(u'@'))
                tagged = QStringLiteral("email:") + san;
            else
                tagged = QStringLiteral("DNS:") + san;
        }
        if (!out.contains(tagged))
            out << tagged;
    }
    return out;
}

LifecycleService::LifecycleService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets,
                                   std::shared_ptr<IssuerService> issuers)
    : m_db(std::move(db)), m_secrets(std::move(secrets)), m_issuers(std::move(issuers))
{}

Result<qint64> LifecycleService::issue(const IssueCertificateRequest &request, const CommitHook &onCommit,
                                       const CancelCheck &cancelled)
{
    IssuancePlan plan;
    plan.cancelled = cancelled;
    plan.commonName = request.commonName.trimmed();
    if (plan.commonName.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "Give the certificate a common name."),
                     {},
                     ErrorCode::InvalidInput};
    if (plan.commonName.size() > MaxCommonNameLength)
        return Error{
            QCoreApplication::translate(
                "certdesk",
                "The common name is %1 characters long; X.509 allows at most 64. Put long names in the "
                "subject alternative names.")
                .arg(plan.commonName.size()),
            {},
            ErrorCode::InvalidInput};
    plan.sans = taggedSans(request.sans);
    if (plan.sans.isEmpty() && !plan.commonName.contains(u' '))
        plan.sans << taggedSans({plan.commonName});

    auto db = m_db->connection();
    auto issuerRow = store::IssuerRepository(db).findByName(request.issuerName);
    if (!issuerRow)
        return issuerRow.error();
    plan.issuer = *issuerRow;
    auto profile = store::ProfileRepository(db).find(request.profileName);
    if (!profile)
        return profile.error();
    plan.profile = *profile;
    if (auto s = plan.profile.checkKeyAlgorithm(request.keyAlgorithm); !s)
        return Error{s.error().message, {}, ErrorCode::InvalidInput};
    plan.keyAlgorithm = request.keyAlgorithm;
    const qint64 maxTtl = plan.profile.maxTtlSeconds;
    if (request.validityDays > 0 && qint64(request.validityDays) * 86400 > maxTtl)
        return Error{
            QCoreApplication::translate("certdesk", "%1 days is longer than the profile %2 allows (%3 days).")
                .arg(request.validityDays)
                .arg(plan.profile.name)
                .arg(maxTtl / 86400),
            {},
            ErrorCode::InvalidInput};
    const int defaultDays = plan.issuer.config.value(QStringLiteral("default_validity_days")).toInt(90);
    plan.validitySeconds = plan.profile.cappedTtlSeconds(
        qint64(request.validityDays > 0 ? request.validityDays : defaultDays) * 86400);
    auto connector = m_issuers->connector(plan.issuer.id);
    if (!connector)
        return connector.error();
    plan.connector = *connector;

    // The key stays an OpenSSL key from generation to the CSR; its private half is encoded once,
    // to be sealed.
    auto key = pki::generateKeyPair(*keyAlgorithmFromName(plan.keyAlgorithm));
    if (!key)
        return key.error();
    const QString keyType = plan.keyAlgorithm.startsWith(QLatin1String("rsa"))  ? QStringLiteral("RSA")
                            : plan.keyAlgorithm.startsWith(QLatin1String("ec")) ? QStringLiteral("EC")
                                                                                : QStringLiteral("Ed25519");
    auto requested = requestCertificate(plan, *key, keyType);
    if (!requested)
        return requested.error();
    auto details = readIssued(plan, requested->issued);
    if (!details)
        return details.error();
    const pki::SecureBytes pkcs8 = key->toPkcs8();
    if (pkcs8.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "The new private key could not be encoded."),
                     {}};
    auto sealed = m_secrets->seal(pkcs8.bytes(), PrivateKeyAad);
    if (!sealed)
        return sealed.error();

    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto keyId = store::PrivateKeyRepository(db).insert(
        details->keyType, publicKeyHashOf(*details, requested->requestPublicKeyDer), *sealed);
    if (!keyId)
        return keyId.error();
    store::NewManagedCertificate fresh;
    fresh.details = *details;
    fresh.chainPem = pemChain(requested->issued.chainDer);
    fresh.privateKeyId = *keyId;
    auto id = store::CertificateRepository(db).create(fresh);
    if (!id)
        return id.error();
    if (auto s = store::IssuerRepository(db).linkCertificate(*id, plan.issuer.id, plan.profile.name); !s)
        return s.error();
    if (auto s = recordAudit(
            db, AuditAction::Issue, QStringLiteral("certificate"), QString::number(*id),
            QCoreApplication::translate("certdesk", "Issued by %1 (profile %2, serial %3, SHA-256 %4)")
                .arg(plan.issuer.name, plan.profile.name, details->serialHex, details->sha256));
        !s)
        return s.error();
    if (onCommit) {
        if (auto s = onCommit(db, *id); !s)
            return s.error();
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> LifecycleService::renew(qint64 certificateId, bool reuseKey, const CommitHook &onCommit,
                                       const CancelCheck &cancelled)
{
    auto db = m_db->connection();
    auto current = store::CertificateRepository(db).find(certificateId);
    if (!current)
        return current.error();
    if (current->revoked)
        return Error{QCoreApplication::translate(
                         "certdesk", "Certificate %1 is revoked; issue a new one instead of renewing it.")
                         .arg(certificateId),
                     {},
                     ErrorCode::InvalidInput};
    auto link = store::IssuerRepository(db).issuerOf(certificateId);
    if (!link)
        return link.error();
    if (!link->has_value())
        return Error{
            QCoreApplication::translate(
                "certdesk",
                "Certificate %1 was not issued through CertDesk; renew it at its CA and import the new one.")
                .arg(certificateId),
            {},
            ErrorCode::InvalidInput};
    IssuancePlan plan;
    auto issuerRow = store::IssuerRepository(db).find((*link)->first);
    if (!issuerRow)
        return issuerRow.error();
    plan.issuer = *issuerRow;
    auto profile = store::ProfileRepository(db).find((*link)->second.isEmpty() ? QStringLiteral("default")
                                                                               : (*link)->second);
    if (!profile)
        return profile.error();
    plan.profile = *profile;
    const auto &old = current->current.details;
    plan.commonName = old.commonName;
    plan.sans = old.sans.tagged();
    plan.keyAlgorithm = keyAlgorithmNameOf(old);
    plan.validitySeconds = plan.profile.cappedTtlSeconds(old.notBefore.secsTo(old.notAfter));
    plan.replacesCertificateDer = old.der;
    plan.cancelled = cancelled;
    auto connector = m_issuers->connector(plan.issuer.id);
    if (!connector)
        return connector.error();
    plan.connector = *connector;

    KeyForCertificate key;
    if (reuseKey) {
        if (!current->current.privateKeyId)
            return Error{QCoreApplication::translate(
                             "certdesk", "CertDesk holds no key for certificate %1; renew it with a new key.")
                             .arg(certificateId),
                         {},
                         ErrorCode::InvalidInput};
        auto stored = store::PrivateKeyRepository(db).find(*current->current.privateKeyId);
        if (!stored)
            return stored.error();
        auto opened = m_secrets->open(stored->sealedPkcs8, PrivateKeyAad);
        if (!opened)
            return opened.error();
        auto decoded = pki::KeyPair::fromPkcs8(*opened);
        if (!decoded)
            return decoded.error();
        key.key = std::move(decoded).value();
        key.existingKeyId = current->current.privateKeyId;
    } else {
        const auto algorithm = keyAlgorithmFromName(plan.keyAlgorithm);
        if (!algorithm)
            return Error{QCoreApplication::translate(
                             "certdesk", "CertDesk cannot make a new %1 key; renew it with the same key.")
                             .arg(old.keyDescription()),
                         {},
                         ErrorCode::InvalidInput};
        auto generated = pki::generateKeyPair(*algorithm);
        if (!generated)
            return generated.error();
        key.key = std::move(generated).value();
    }
    auto requested = requestCertificate(plan, key.key, old.keyType);
    if (!requested)
        return requested.error();
    auto details = readIssued(plan, requested->issued);
    if (!details)
        return details.error();
    QByteArray sealed;
    if (!key.existingKeyId) {
        const pki::SecureBytes pkcs8 = key.key.toPkcs8();
        if (pkcs8.isEmpty())
            return Error{QCoreApplication::translate("certdesk", "The new private key could not be encoded."),
                         {}};
        auto s = m_secrets->seal(pkcs8.bytes(), PrivateKeyAad);
        if (!s)
            return s.error();
        sealed = *s;
    }

    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    std::optional<qint64> keyId = key.existingKeyId;
    if (!keyId) {
        auto inserted = store::PrivateKeyRepository(db).insert(
            details->keyType, publicKeyHashOf(*details, requested->requestPublicKeyDer), sealed);
        if (!inserted)
            return inserted.error();
        keyId = *inserted;
    }
    auto version = store::CertificateRepository(db).addVersion(certificateId, *details,
                                                               pemChain(requested->issued.chainDer), keyId);
    if (!version)
        return version.error();
    if (auto s = recordAudit(
            db, AuditAction::Renew, QStringLiteral("certificate"), QString::number(certificateId),
            QCoreApplication::translate("certdesk", "Renewed by %1 with %2 key (serial %3, SHA-256 %4)")
                .arg(plan.issuer.name,
                     reuseKey ? QCoreApplication::translate("certdesk", "the same")
                              : QCoreApplication::translate("certdesk", "a new"),
                     details->serialHex, details->sha256));
        !s)
        return s.error();
    if (m_renewalHook) {
        if (auto s = m_renewalHook(db, certificateId, *version); !s)
            return s.error();
    }
    if (onCommit) {
        if (auto s = onCommit(db, *version); !s)
            return s.error();
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return *version;
}

Status LifecycleService::revoke(qint64 certificateId, pki::RevocationReason reason)
{
    auto db = m_db->connection();
    auto current = store::CertificateRepository(db).find(certificateId);
    if (!current)
        return current.error();
    if (current->revoked)
        return Error{
            QCoreApplication::translate("certdesk", "Certificate %1 is already revoked.").arg(certificateId),
            {},
            ErrorCode::InvalidInput};
    if (reason == pki::RevocationReason::RemoveFromCrl)
        return Error{QCoreApplication::translate(
                         "certdesk", "removeFromCRL is not a reason to revoke: RFC 5280 uses it only in "
                                     "delta CRLs to lift a certificateHold. Choose another reason."),
                     {},
                     ErrorCode::InvalidInput};
    auto link = store::IssuerRepository(db).issuerOf(certificateId);
    if (!link)
        return link.error();
    QString notified = QCoreApplication::translate("certdesk", "no CA to tell (not issued through CertDesk)");
    bool caNotified = false;
    std::optional<qint64> issuerId;
    if (link->has_value()) {
        issuerId = (*link)->first;
        auto connector = m_issuers->connector(*issuerId);
        const issuer::RevocationRequest request{
            QByteArray::fromHex(current->current.details.serialHex.toLatin1()), current->current.details.der,
            reason};
        Status told = connector ? (*connector)->revoke(request) : Status(connector.error());
        caNotified = told.ok();
        notified = told ? QCoreApplication::translate("certdesk", "CA told")
                        : QCoreApplication::translate("certdesk", "the CA could not be told: %1")
                              .arg(told.error().message);
    }

    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    store::StoredRevocation record{current->current.details.serialHex, certificateId, int(reason),
                                   QDateTime::currentDateTimeUtc(), caNotified};
    if (issuerId) {
        if (auto s = store::IssuerRepository(db).recordRevocation(*issuerId, record); !s)
            return s;
    }
    if (auto s = store::CertificateRepository(db).setRevoked(certificateId, true); !s)
        return s;
    if (auto s = recordAudit(db, AuditAction::Revoke, QStringLiteral("certificate"),
                             QString::number(certificateId),
                             QCoreApplication::translate("certdesk", "Revoked (%1, serial %2); %3")
                                 .arg(pki::revocationReasonName(reason), record.serialHex, notified));
        !s)
        return s;
    return transaction.commit();
}

Result<QByteArray> LifecycleService::crl(const QString &issuerName)
{
    auto db = m_db->connection();
    auto issuerRow = store::IssuerRepository(db).findByName(issuerName);
    if (!issuerRow)
        return issuerRow.error();
    auto connector = m_issuers->connector(issuerRow->id);
    if (!connector)
        return connector.error();
    auto revoked = store::IssuerRepository(db).revocations(issuerRow->id);
    if (!revoked)
        return revoked.error();
    QList<pki::RevokedEntry> entries;
    for (const auto &r : *revoked)
        entries << pki::RevokedEntry{QByteArray::fromHex(r.serialHex.toLatin1()), r.revokedAt,
                                     pki::RevocationReason(r.reason)};
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto number = store::IssuerRepository(db).nextCrlNumber(issuerRow->id);
    if (!number)
        return number.error();
    auto crl = (*connector)->crl(entries, *number, QDateTime::currentDateTimeUtc());
    if (!crl)
        return crl.error();
    if (auto s = recordAudit(
            db, AuditAction::CrlPublish, QStringLiteral("issuer"), QString::number(issuerRow->id),
            QCoreApplication::translate("certdesk", "CRL number %1 with %n revoked certificate(s)", nullptr,
                                        int(entries.size()))
                .arg(*number));
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return crl;
}

Result<QByteArray> LifecycleService::ocsp(const QString &issuerName, const QByteArray &requestDer)
{
    auto db = m_db->connection();
    store::IssuerRepository issuers(db);
    auto issuerRow = issuers.findByName(issuerName);
    if (!issuerRow)
        return issuerRow.error();
    auto connector = m_issuers->connector(issuerRow->id);
    if (!connector)
        return connector.error();
    auto revoked = issuers.revocations(issuerRow->id);
    if (!revoked)
        return revoked.error();
    QHash<QString, store::StoredRevocation> bySerial;
    for (const auto &r : *revoked)
        bySerial.insert(r.serialHex, r);
    const qint64 issuerId = issuerRow->id;
    return (*connector)
        ->ocspResponse(
            requestDer,
            [&](const QByteArray &serial) {
                const QString hex = serialHexOf(serial);
                if (auto it = bySerial.constFind(hex); it != bySerial.constEnd())
                    return pki::OcspCertStatus{pki::OcspCertStatus::State::Revoked, it->revokedAt,
                                               pki::RevocationReason(it->reason)};
                auto issued = issuers.findIssuedSerial(issuerId, hex);
                if (issued && issued->has_value())
                    return pki::OcspCertStatus{pki::OcspCertStatus::State::Good, {}, {}};
                return pki::OcspCertStatus{};
            },
            QDateTime::currentDateTimeUtc());
}

Result<QList<QByteArray>> LifecycleService::caChain(const QString &issuerName)
{
    auto issuerRow = store::IssuerRepository(m_db->connection()).findByName(issuerName);
    if (!issuerRow)
        return issuerRow.error();
    auto connector = m_issuers->connector(issuerRow->id);
    if (!connector)
        return connector.error();
    return (*connector)->caChain();
}

Result<QByteArray> LifecycleService::caChainPem(const QString &issuerName)
{
    auto chain = caChain(issuerName);
    if (!chain)
        return chain.error();
    return pemChain(*chain);
}

Result<QList<domain::CertificateProfile>> LifecycleService::profiles()
{
    return store::ProfileRepository(m_db->connection()).list();
}

Status LifecycleService::saveProfile(const domain::CertificateProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("certdesk", "Give the profile a name."), {}, ErrorCode::InvalidInput};
    auto checked = domain::CertificateProfile::fromJson(profile.name, profile.toJson());
    if (!checked)
        return Error{checked.error().message, {}, ErrorCode::InvalidInput};
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto s = store::ProfileRepository(db).save(*checked); !s)
        return s;
    if (auto s =
            recordAudit(db, AuditAction::ProfileSave, QStringLiteral("profile"), profile.name,
                        QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return transaction.commit();
}

} // namespace certdesk::core
