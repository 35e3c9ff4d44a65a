// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "connectors/target/sdk/capability.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace certdesk::target {

class Sandbox;

/// Asked between the steps of a deployment; true stops it with ErrorCode::Cancelled.
using CancelCheck = std::function<bool()>;

/// What to install: the certificate, its chain and its private key. The key is bytes that are
/// wiped after use and never a QString; nothing here may reach a log or an error message.
struct Deployment
{
    QByteArray certificateDer;
    QList<QByteArray> chainDer;     ///< issuers, the certificate's issuer first; no root needed
    pki::SecureBytes privateKeyPem; ///< unencrypted PKCS#8 PEM
    QString sha256;                 ///< lowercase hex SHA-256 of certificateDer: the idempotency key
    QString commonName;             ///< for file names and aliases where a connector needs one

    QByteArray certificatePem() const;
    QByteArray chainPem() const;     ///< the chain's certificates, concatenated PEM
    QByteArray fullChainPem() const; ///< certificate then chain
};

/// How a deployment ended.
struct DeployOutcome
{
    /// False when the target already had exactly this certificate and key (the re-deploy no-op).
    bool changed = false;
    /// What the config check and the reload printed, and the steps taken, for the history.
    QString output;
};

/// One line of a dry run ("config check passed", "cannot write /etc/x: read-only").
struct ValidationStep
{
    bool ok = true;
    QString title;  ///< translated: "Configuration check", "SSH login", ...
    QString detail; ///< output or error text
};

/// The result of validate(): every check that ran; ok() when all passed.
struct ValidationReport
{
    QList<ValidationStep> steps;
    bool ok() const;
};

/// Where the deployed certificate is served, so the deployment can be verified by a handshake.
struct Endpoint
{
    QString host;
    quint16 port = 0;
    QString serverName; ///< SNI; empty: none
};

/// A deployment connector: installs a certificate on one kind of target (nginx, HAProxy, an SSH
/// host ...). It does all its I/O through the Sandbox it is handed and declares what it needs in
/// capabilities(), derived from its settings. deploy() must be idempotent on Deployment::sha256:
/// deploying what the target already has changes nothing and succeeds. Calls block: run them on
/// worker threads.
class Connector
{
public:
    virtual ~Connector() = default;
    /// The target type: "nginx", "apache", "haproxy", "ssh", ...
    virtual QString name() const = 0;
    /// The narrowest grant that lets this connector, as configured, do its work.
    virtual Grant capabilities() const = 0;
    virtual Result<DeployOutcome> deploy(Sandbox &sandbox, const Deployment &deployment,
                                         const CancelCheck &cancelled) = 0;
    /// A dry run that changes nothing: config check, write permissions, login, keystore password.
    virtual ValidationReport validate(Sandbox &sandbox) = 0;
    /// Where the certificate is served once deployed, when the settings say so.
    virtual std::optional<Endpoint> endpoint() const { return std::nullopt; }
};

} // namespace certdesk::target
