// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace certdesk::target::ssh {

/// How the connector logs in.
enum class SshAuthMethod {
    Key,      ///< a private key (file or inline), possibly encrypted with a passphrase
    Password, ///< the account's password
};

/// The checked settings of an SSH target. Move-only: the key, passphrase and password are secrets.
struct SshSettings
{
    QString host;
    quint16 port = 22;
    QString user;
    SshAuthMethod authMethod = SshAuthMethod::Key;
    QString privateKeyPath;      ///< a local file, read through the sandbox; empty with an inline key
    pki::SecureBytes privateKey; ///< the inline key (OpenSSH, PEM or PKCS#8 text)
    pki::SecureBytes passphrase; ///< for an encrypted key; empty: none
    pki::SecureBytes password;   ///< for password login
    QString certPath;            ///< remote; the chain follows the certificate when chainPath is empty
    QString keyPath;             ///< remote
    QString chainPath;           ///< remote; optional
    int certMode = 0644;         ///< the certificate's and the chain's permission bits
    int keyMode = 0600;          ///< the private key's permission bits
    QStringList reloadCommand;   ///< argv run on the host after the files are in place; empty: none
    QStringList validateCommand; ///< argv run before the reload; a failure puts the old files back
    QString knownHostsPath;      ///< the local known_hosts file the host key is checked against
    std::optional<Endpoint> endpoint;
    std::chrono::seconds timeout{30};
};

/// The fields of the "ssh" target type, as the wizard shows them.
QList<FieldSpec> sshFields();
/// The defaults: port 22, key login, modes 0644/0600, the running user's ~/.ssh/known_hosts,
/// 30 s timeout.
QJsonObject sshDefaults();
/// Checks every field (host, port, user, login method and its secrets, absolute remote paths,
/// octal modes, commands against shell injection) and returns the settings; a bad field is an
/// ErrorCode::InvalidInput error that names it. Does no I/O.
Result<SshSettings> readSshSettings(const TargetSettings &settings);

/// "host:port" as a net.dial grant names it ("[::1]:22" for IPv6, the host in lower case): the
/// SDK's dialScope, also reachable as ssh::dialScope.
using target::dialScope;

} // namespace certdesk::target::ssh
