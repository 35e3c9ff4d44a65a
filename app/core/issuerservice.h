// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/acmeissuersetup.h"
#include "connectors/issuer/issuer.h"
#include "connectors/pki/keygenerator.h"
#include "models/domain/result.h"
#include "models/store/issuerrepository.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class SecretStore;

/// Maps "ec256", "rsa2048", ... to the generator's algorithm; nullopt for an unknown name.
std::optional<pki::KeyAlgorithm> keyAlgorithmFromName(const QString &name);

/// How to set up a local CA.
struct LocalCaSetup
{
    enum class Mode { SelfSigned, SubCa };

    QString name;
    Mode mode = Mode::SelfSigned;
    // Self-signed mode: CertDesk makes the CA key (stored sealed) and certificate.
    QString caCommonName;
    QString caKeyAlgorithm = QStringLiteral("ec256");
    int caValidityDays = 3650;
    // Sub-CA mode: the administrator's CA certificate and key files.
    QString caCertificateFile;
    QString caKeyFile;
    std::optional<QString> caKeyPassphrase;
    bool importKey = false; ///< seal the key into the inventory instead of reading the file each time
    // Both modes.
    QStringList crlUrls;
    QStringList ocspUrls;
    int defaultValidityDays = 90;
};

/// Sets up issuers and builds their connectors. A local CA is only saved after a test: it signs a
/// throwaway certificate and verifies it against the CA. Connectors are built once and cached, so
/// the CA key is opened and decoded once, not per certificate. Runs on worker threads.
class IssuerService final
{
public:
    IssuerService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets);
    ~IssuerService();

    Result<qint64> addLocalCa(const LocalCaSetup &setup);
    /// The ACME setup's test step: checkAcmeAccount() after checking the name is free. Blocking;
    /// `cancelled` returning true aborts the request to the CA (ErrorCode::Cancelled).
    Result<AcmeAccountCheck> checkAcme(const AcmeSetup &setup,
                                       const issuer::acme::AccountKey &existingKey = {},
                                       const issuer::acme::CancelCheck &cancelled = {});
    /// Saves an ACME issuer with the account its test step made: the account key sealed in the
    /// inventory, the settings, and an audit event, in one transaction.
    Result<qint64> addAcme(const AcmeSetup &setup, const AcmeAccountCheck &check);
    /// checkAcme() then addAcme(): nothing is saved unless the account works.
    Result<qint64> addAcme(const AcmeSetup &setup);
    Result<QList<store::StoredIssuer>> list();
    Result<store::StoredIssuer> findByName(const QString &name);
    Result<std::shared_ptr<issuer::Issuer>> connector(qint64 issuerId);
    /// Uses `connector` for the issuer from now on instead of building one from its stored
    /// configuration (tests, and embedders with a connector of their own).
    void useConnector(qint64 issuerId, std::shared_ptr<issuer::Issuer> connector);

private:
    Status checkNameFree(const QString &name);
    Result<std::shared_ptr<issuer::Issuer>> buildConnector(const store::StoredIssuer &stored);
    Result<std::shared_ptr<issuer::Issuer>> buildAcmeConnector(const store::StoredIssuer &stored);

    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<SecretStore> m_secrets;
    QMutex m_mutex;
    QHash<qint64, std::shared_ptr<issuer::Issuer>> m_connectors;
};

} // namespace certdesk::core
