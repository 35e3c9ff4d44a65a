// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/challenges/solverconfig.h"
#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "connectors/issuer/issuer.h"

#include <QHash>
#include <chrono>

#include <memory>
#include <mutex>

namespace certdesk::issuer::acme {

/// How an ACME issuer proves control of names, and what it orders.
struct AcmeIssuerConfig
{
    AcmeClientOptions client;
    QString accountUrl;
    QString challengeType = QStringLiteral("http-01"); ///< "http-01", "dns-01" or "dns-persist-01"
    QString profile;                                   ///< empty: the CA's default profile
    Http01Config http01;
    /// Scripts and wait for dns-01, and for dns-persist-01 (whose issuer domain is set below).
    Dns01Config dns01;
    QString persistIssuerDomain;
    /// How long the CA may take to validate the names and to issue.
    std::chrono::milliseconds validationTimeout = std::chrono::minutes(5);
};

/// An ACME CA (RFC 8555) as a CertDesk issuer: orders the CSR's DNS names, answers the
/// authorizations with the configured challenge (HTTP-01 on a temporary server, DNS-01 through the
/// administrator's scripts, or the standing DNS-PERSIST-01 record, falling back to DNS-01 when the
/// CA does not offer it), finalizes with the lifecycle service's CSR and downloads the chain. The
/// challenges are always cleaned up, also when validation fails. A renewal names the certificate it
/// replaces (ARI "replaces") when the CA offers renewal information, and renewalWindow() asks the
/// CA's suggested window. Several orders may run at once on worker threads.
class AcmeIssuer final : public Issuer
{
public:
    AcmeIssuer(AcmeIssuerConfig config, AccountKey accountKey);
    ~AcmeIssuer() override;

    QString type() const override;
    Status validateConfig() const override;
    Result<IssuedCertificate> issue(const IssueRequest &request) override;
    Status revoke(const RevocationRequest &request) override;
    Result<OrderStatus> orderStatus(const QString &orderId) override;
    Result<QList<QByteArray>> caChain() const override;
    Result<std::optional<RenewalWindow>> renewalWindow(const QByteArray &certificateDer) override;
    bool offersRenewalWindows() const override;

    /// The client, for the setup's account checks and for tests.
    AcmeClient &client() { return *m_client; }

private:
    Result<AcmeOrder> placeOrder(const QStringList &names, const IssueRequest &request);
    Status authorize(const AcmeOrder &order, const CancelCheck &cancelled);
    std::shared_ptr<ChallengeSolver> solverFor(const QString &type);

    AcmeIssuerConfig m_config;
    std::unique_ptr<AcmeClient> m_client;
    std::mutex m_solverMutex;
    QHash<QString, std::shared_ptr<ChallengeSolver>> m_solvers;
};

} // namespace certdesk::issuer::acme
