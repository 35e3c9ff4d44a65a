// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/issuerservice.h"

#include "app/core/auditlog.h"
#include "app/core/importservice.h"
#include "app/core/secretstore.h"
#include "connectors/issuer/local/localcaissuer.h"
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/csr.h"
#include "models/store/database.h"
#include "models/store/privatekeyrepository.h"
#include "models/store/secretrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace certdesk::core {

namespace {
const QByteArray PrivateKeyAad = QByteArrayLiteral("private_key");
const QByteArray SecretAad = QByteArrayLiteral("issuer_secret");
const QByteArray AcmeAccountKeyAad = QByteArrayLiteral("acme_account_key");

QJsonArray base64List(const QList<QByteArray> &ders)
{
    QJsonArray out;
    for (const auto &d : ders)
        out.append(QString::fromLatin1(d.toBase64()));
    return out;
}

QList<QByteArray> fromBase64List(const QJsonValue &value)
{
    QList<QByteArray> out;
    for (const auto &v : value.toArray())
        out << QByteArray::fromBase64(v.toString().toLatin1());
    return out;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const auto &v : value.toArray())
        out << v.toString();
    return out;
}

/// Signs a throwaway certificate with the new CA and checks it chains to the CA certificate, so a
/// CA that cannot work is never saved.
Status testSign(issuer::LocalCaIssuer &ca)
{
    auto key = pki::generateKey(pki::KeyAlgorithm::EcP256);
    if (!key)
        return key.error();
    auto csr = pki::createCsr(QStringLiteral("/CN=certdesk-ca-test.invalid"),
                              {QStringLiteral("DNS:certdesk-ca-test.invalid")}, key->pkcs8Der);
    if (!csr)
        return csr.error();
    issuer::IssueRequest request;
    request.csrDer = *csr;
    request.validitySeconds = 300;
    request.keyUsage = {QStringLiteral("digitalSignature")};
    request.extendedKeyUsage = {QStringLiteral("serverAuth")};
    auto issued = ca.issue(request);
    if (!issued)
        return Error{QCoreApplication::translate("certdesk", "The CA could not sign a test certificate: %1")
                         .arg(issued.error().message),
                     issued.error().detail};
    auto leaf = pki::parseCertificateDer(issued->certificateDer);
    auto caCert = pki::parseCertificateDer(ca.caCertificateDer());
    if (!leaf || !caCert || pki::issuerChain(*leaf, {*caCert}).isEmpty())
        return Error{QCoreApplication::translate(
            "certdesk", "A test certificate signed by the CA does not verify against the CA certificate.")};
    return {};
}
} // namespace

std::optional<pki::KeyAlgorithm> keyAlgorithmFromName(const QString &name)
{
    static const QHash<QString, pki::KeyAlgorithm> names{
        {QStringLiteral("ec256"), pki::KeyAlgorithm::EcP256},
        {QStringLiteral("ec384"), pki::KeyAlgorithm::EcP384},
        {QStringLiteral("rsa2048"), pki::KeyAlgorithm::Rsa2048},
        {QStringLiteral("rsa3072"), pki::KeyAlgorithm::Rsa3072},
        {QStringLiteral("rsa4096"), pki::KeyAlgorithm::Rsa4096},
        {QStringLiteral("ed25519"), pki::KeyAlgorithm::Ed25519},
    };
    const auto it = names.constFind(name.toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

IssuerService::IssuerService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets)
    : m_db(std::move(db)), m_secrets(std::move(secrets))
{}

IssuerService::~IssuerService() = default;

Result<qint64> IssuerService::addLocalCa(const LocalCaSetup &setup)
{
    if (setup.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("certdesk", "Give the issuer a name.")};
    if (setup.defaultValidityDays <= 0)
        return Error{
            QCoreApplication::translate("certdesk", "The default validity must be at least one day.")};
    if (auto s = checkNameFree(setup.name); !s)
        return s.error();

    QJsonObject config{{QStringLiteral("crl_urls"), QJsonArray::fromStringList(setup.crlUrls)},
                       {QStringLiteral("ocsp_urls"), QJsonArray::fromStringList(setup.ocspUrls)},
                       {QStringLiteral("default_validity_days"), setup.defaultValidityDays}};
    issuer::LocalCaMaterial material;
    bool sealKey = true;
    if (setup.mode == LocalCaSetup::Mode::SelfSigned) {
        const auto algorithm = keyAlgorithmFromName(setup.caKeyAlgorithm);
        if (!algorithm)
            return Error{QCoreApplication::translate("certdesk", "%1 is not a key type CertDesk knows.")
                             .arg(setup.caKeyAlgorithm)};
        auto made = issuer::LocalCaIssuer::createSelfSignedCa(
            setup.caCommonName.isEmpty() ? setup.name : setup.caCommonName, *algorithm, setup.caValidityDays);
        if (!made)
            return made.error();
        material = std::move(made).value();
        config.insert(QStringLiteral("mode"), QStringLiteral("self_signed"));
    } else {
        auto cert = readCertificateFile(setup.caCertificateFile);
        if (!cert)
            return cert.error();
        auto key = readCertificateFile(setup.caKeyFile);
        if (!key)
            return key.error();
        auto loaded = issuer::LocalCaIssuer::loadSubCa(*cert, *key, setup.caKeyPassphrase);
        if (!loaded)
            return loaded.error();
        material = std::move(loaded).value();
        config.insert(QStringLiteral("mode"), QStringLiteral("sub_ca"));
        config.insert(QStringLiteral("ca_chain"), base64List(material.caChainDer));
        sealKey = setup.importKey;
        if (!sealKey) {
            config.insert(QStringLiteral("ca_certificate_file"), setup.caCertificateFile);
            config.insert(QStringLiteral("ca_key_file"), setup.caKeyFile);
        }
    }
    config.insert(QStringLiteral("ca_certificate"),
                  QString::fromLatin1(material.caCertificateDer.toBase64()));

    // Seal before the transaction: the key source must never be unlocked inside one.
    QByteArray sealedKey;
    QString keyAlgorithm;
    QByteArray sealedPassphrase;
    if (sealKey) {
        auto sealed = m_secrets->seal(material.caKeyPkcs8.bytes(), PrivateKeyAad);
        if (!sealed)
            return sealed.error();
        sealedKey = *sealed;
        keyAlgorithm = pki::parseCertificateDer(material.caCertificateDer)->keyType;
    } else if (setup.caKeyPassphrase) {
        auto sealed = m_secrets->seal(setup.caKeyPassphrase->toUtf8(), SecretAad);
        if (!sealed)
            return sealed.error();
        sealedPassphrase = *sealed;
    }

    auto ca = issuer::LocalCaIssuer::create(
        issuer::LocalCaMaterial{material.caCertificateDer, material.caChainDer, material.caKeyPkcs8.clone()},
        {setup.crlUrls, setup.ocspUrls});
    if (!ca)
        return ca.error();
    if (auto tested = testSign(**ca); !tested)
        return tested.error();

    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (sealKey) {
        const auto caCert = pki::parseCertificateDer(material.caCertificateDer);
        auto keyId =
            store::PrivateKeyRepository(db).insert(keyAlgorithm, pki::publicKeySha256(*caCert), sealedKey);
        if (!keyId)
            return keyId.error();
        config.insert(QStringLiteral("ca_key_id"), *keyId);
    }
    if (!sealedPassphrase.isEmpty()) {
        const QString secretName = QStringLiteral("issuer/%1/ca_key_passphrase").arg(setup.name);
        if (auto s = store::SecretRepository(db).put(secretName, sealedPassphrase); !s)
            return s.error();
        config.insert(QStringLiteral("ca_key_passphrase_secret"), secretName);
    }
    auto id = store::IssuerRepository(db).create(setup.name, QStringLiteral("local"), config);
    if (!id)
        return id.error();
    const auto mode = setup.mode == LocalCaSetup::Mode::SelfSigned
                          ? QCoreApplication::translate("certdesk", "self-signed")
                          : QCoreApplication::translate("certdesk", "sub-CA");
    if (auto s = recordAudit(
            db, AuditAction::IssuerAdd, QStringLiteral("issuer"), QString::number(*id),
            QCoreApplication::translate("certdesk", "Local CA %1 (%2) set up").arg(setup.name, mode));
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    QMutexLocker lock(&m_mutex);
    m_connectors.insert(*id, std::shared_ptr<issuer::Issuer>(std::move(ca).value()));
    return *id;
}

Status IssuerService::checkNameFree(const QString &name)
{
    if (auto existing = store::IssuerRepository(m_db->connection()).findByName(name); existing)
        return Error{
            QCoreApplication::translate("certdesk", "An issuer named %1 exists already; choose another name.")
                .arg(name),
            {},
            ErrorCode::InvalidInput};
    return {};
}

Result<AcmeAccountCheck> IssuerService::checkAcme(const AcmeSetup &setup,
                                                  const issuer::acme::AccountKey &existingKey,
                                                  const issuer::acme::CancelCheck &cancelled)
{
    if (auto s = checkNameFree(setup.name); !s)
        return s.error();
    return checkAcmeAccount(setup, existingKey, cancelled);
}

Result<qint64> IssuerService::addAcme(const AcmeSetup &setup)
{
    auto check = checkAcme(setup);
    if (!check)
        return check.error();
    return addAcme(setup, *check);
}

Result<qint64> IssuerService::addAcme(const AcmeSetup &setup, const AcmeAccountCheck &check)
{
    if (auto s = checkNameFree(setup.name); !s)
        return s.error();
    // Seal before the transaction: the key source must never be unlocked inside one.
    auto sealed = m_secrets->seal(check.accountKey.toPem().bytes(), AcmeAccountKeyAad);
    if (!sealed)
        return sealed.error();
    const QString secretName = QStringLiteral("issuer/%1/acme_account_key").arg(setup.name);
    const QJsonObject config = acmeIssuerConfig(setup, check, secretName);
    const auto connector = buildAcmeIssuer(config, check.accountKey);

    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto s = store::SecretRepository(db).put(secretName, *sealed); !s)
        return s.error();
    auto id = store::IssuerRepository(db).create(setup.name, QStringLiteral("acme"), config);
    if (!id)
        return id.error();
    if (auto s =
            recordAudit(db, AuditAction::IssuerAdd, QStringLiteral("issuer"), QString::number(*id),
                        QCoreApplication::translate("certdesk", "ACME issuer %1 set up (%2, account %3, %4)")
                            .arg(setup.name, check.directory.url, check.accountUrl, setup.challenge));
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    QMutexLocker lock(&m_mutex);
    m_connectors.insert(*id, connector);
    return *id;
}

Result<QList<store::StoredIssuer>> IssuerService::list()
{
    return store::IssuerRepository(m_db->connection()).list();
}

Result<store::StoredIssuer> IssuerService::findByName(const QString &name)
{
    return store::IssuerRepository(m_db->connection()).findByName(name);
}

Result<std::shared_ptr<issuer::Issuer>> IssuerService::connector(qint64 issuerId)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_connectors.constFind(issuerId); it != m_connectors.constEnd())
            return *it;
    }
    auto stored = store::IssuerRepository(m_db->connection()).find(issuerId);
    if (!stored)
        return stored.error();
    auto built = buildConnector(*stored);
    if (!built)
        return built;
    QMutexLocker lock(&m_mutex);
    m_connectors.insert(issuerId, *built);
    return built;
}

void IssuerService::useConnector(qint64 issuerId, std::shared_ptr<issuer::Issuer> connector)
{
    QMutexLocker lock(&m_mutex);
    m_connectors.insert(issuerId, std::move(connector));
}

Result<std::shared_ptr<issuer::Issuer>> IssuerService::buildAcmeConnector(const store::StoredIssuer &stored)
{
    const QString secretName = stored.config.value(QStringLiteral("account_key_secret")).toString();
    auto sealed = store::SecretRepository(m_db->connection()).get(secretName);
    if (!sealed)
        return sealed.error();
    if (!sealed->has_value())
        return Error{QCoreApplication::translate(
                         "certdesk",
                         "The ACME account key of %1 is missing from the inventory; set the issuer up again.")
                         .arg(stored.name)};
    auto opened = m_secrets->open(**sealed, AcmeAccountKeyAad);
    if (!opened)
        return opened.error();
    auto accountKey = issuer::acme::AccountKey::fromPem(*opened);
    if (!accountKey)
        return accountKey.error();
    return buildAcmeIssuer(stored.config, *accountKey);
}

Result<std::shared_ptr<issuer::Issuer>> IssuerService::buildConnector(const store::StoredIssuer &stored)
{
    if (stored.type == QLatin1String("acme"))
        return buildAcmeConnector(stored);
    if (stored.type != QLatin1String("local"))
        return Error{QCoreApplication::translate(
                         "certdesk", "The issuer %1 is of type %2, which this CertDesk cannot use.")
                         .arg(stored.name, stored.type)};
    const auto &config = stored.config;
    issuer::LocalCaMaterial material;
    auto db = m_db->connection();
    if (config.contains(QStringLiteral("ca_key_id"))) {
        material.caCertificateDer =
            QByteArray::fromBase64(config.value(QStringLiteral("ca_certificate")).toString().toLatin1());
        material.caChainDer = fromBase64List(config.value(QStringLiteral("ca_chain")));
        auto key =
            store::PrivateKeyRepository(db).find(config.value(QStringLiteral("ca_key_id")).toInteger());
        if (!key)
            return key.error();
        auto opened = m_secrets->open(key->sealedPkcs8, PrivateKeyAad);
        if (!opened)
            return opened.error();
        material.caKeyPkcs8 = std::move(opened).value();
    } else {
        // Sub-CA whose key stays in the administrator's file: read it (and its passphrase) now.
        std::optional<QString> passphrase;
        if (const auto name = config.value(QStringLiteral("ca_key_passphrase_secret")).toString();
            !name.isEmpty()) {
            auto sealed = store::SecretRepository(db).get(name);
            if (!sealed)
                return sealed.error();
            if (!sealed->has_value())
                return Error{
                    QCoreApplication::translate(
                        "certdesk",
                        "The passphrase of the CA key of %1 is missing from the inventory; set the issuer up "
                        "again.")
                        .arg(stored.name)};
            auto opened = m_secrets->open(**sealed, SecretAad);
            if (!opened)
                return opened.error();
            passphrase = QString::fromUtf8(opened->bytes());
        }
        auto cert = readCertificateFile(config.value(QStringLiteral("ca_certificate_file")).toString());
        if (!cert)
            return cert.error();
        auto keyFile = readCertificateFile(config.value(QStringLiteral("ca_key_file")).toString());
        if (!keyFile)
            return keyFile.error();
        auto loaded = issuer::LocalCaIssuer::loadSubCa(*cert, *keyFile, passphrase);
        if (!loaded)
            return loaded.error();
        material = std::move(loaded).value();
    }
    auto ca = issuer::LocalCaIssuer::create(std::move(material),
                                            {strings(config.value(QStringLiteral("crl_urls"))),
                                             strings(config.value(QStringLiteral("ocsp_urls")))});
    if (!ca)
        return ca.error();
    return std::shared_ptr<issuer::Issuer>(std::move(ca).value());
}

} // namespace certdesk::core
