// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/target/javakeystore.

#include "connectors/pki/securebytes.h"
#include "connectors/target/sdk/connector.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::target::javakeystore {

/// The checked settings of a Java keystore target.
struct KeystoreSettings
{
    QString keystorePath;
    pki::SecureBytes password;
    bool jks = false; ///< keystore_type JKS; false: PKCS12
    QString alias;
    QStringList reloadCommand; ///< empty: none
    bool createKeystore = true;
    QString keytool; ///< as configured: a name looked up on PATH, or an absolute path
    std::optional<Endpoint> endpoint;
};

/// The Java keystore connector. PKCS12: the store is read with the password, the alias's entry is
/// replaced in memory (the other entries kept as stored) and the store written back atomically,
/// 0600. JKS: the alias's certificate is read with `keytool -exportcert`; a deployment writes the
/// entry as a temporary PKCS#12 and a working copy of the store next to the keystore (both 0600,
/// removed afterwards), imports it into the copy with `keytool -importkeystore`, and puts the copy
/// in place atomically. Passwords reach keytool through the environment (`:env`), never on its
/// command line. Every capability is checked before anything is written; a failed reload puts the
/// previous keystore back.
class Connector final : public target::Connector
{
public:
    explicit Connector(KeystoreSettings settings);

    QString name() const override { return QStringLiteral("javakeystore"); }
    Grant capabilities() const override;
    Result<DeployOutcome> deploy(Sandbox &sandbox, const Deployment &deployment,
                                 const CancelCheck &cancelled) override;
    ValidationReport validate(Sandbox &sandbox) override;
    std::optional<Endpoint> endpoint() const override { return m_settings.endpoint; }

private:
    /// The alias's certificate SHA-256 in the existing store; empty when the alias has no entry.
    Result<QString> currentSha256(Sandbox &sandbox, const QByteArray &existing) const;
    /// The new store's bytes (PKCS12) or nothing but the import done into the working copy (JKS).
    Result<QByteArray> buildKeystore(Sandbox &sandbox, const QByteArray &existing, bool exists,
                                     const Deployment &deployment, QStringList &log) const;
    QString temporaryPkcs12Path() const;
    QString workingCopyPath() const;

    KeystoreSettings m_settings;
};

} // namespace certdesk::target::javakeystore
