// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"

#include <QString>

#include <optional>

namespace certdesk::target::caddy {

/// How the API-mode connector reaches Caddy and marks its certificate.
struct ApiSettings
{
    /// The admin endpoint without a trailing '/': "http://localhost:2019".
    QString adminUrl;
    /// The grant's "host:port" of adminUrl.
    QString adminHostPort;
    /// Marks CertDesk's certificate in Caddy's configuration (its `tags` and, made URL-safe, its
    /// `@id`): the tag field, else "certdesk:<target name>"; empty only when neither is known (a
    /// test before the target is named): then "certdesk:" and the deployed certificate's common
    /// name.
    QString tag;
    std::optional<Endpoint> endpoint;
};

/// Caddy's API mode: loads the certificate, its chain and its key into the running Caddy through
/// its admin API as one entry of `apps.tls.certificates.load_pem`, without a restart. The entry
/// carries an `@id` and a tag derived from ApiSettings::tag, so a later deployment replaces it in
/// place (PATCH /id/...) and leaves every other loaded certificate alone; when Caddy already holds
/// exactly this certificate and key, nothing is sent. Caddy checks the pair when it loads it and
/// keeps its previous configuration when it refuses, so a failed deployment changes nothing. With an
/// endpoint, the deployment then checks by a handshake that it presents the new certificate, and
/// puts CertDesk's previous entry back when it does not. The key travels only to the admin
/// endpoint, which the grant names (with the endpoint, for the handshake).
class ApiConnector final : public Connector
{
public:
    explicit ApiConnector(ApiSettings settings);

    QString name() const override;
    Grant capabilities() const override;
    Result<DeployOutcome> deploy(Sandbox &sandbox, const Deployment &deployment,
                                 const CancelCheck &cancelled) override;
    /// GET /config/ answers with Caddy's configuration.
    ValidationReport validate(Sandbox &sandbox) override;
    std::optional<Endpoint> endpoint() const override { return m_settings.endpoint; }

    /// The tag a deployment of a certificate with `commonName` uses.
    QString tagFor(const QString &commonName) const;
    /// The `@id` for `tag`: every character outside [A-Za-z0-9._-] replaced by '-'.
    static QString idForTag(const QString &tag);

private:
    ApiSettings m_settings;
};

} // namespace certdesk::target::caddy
