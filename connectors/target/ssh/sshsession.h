// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the SSH target connector: one libssh session whose TCP connection comes from the
// Sandbox.

#include "connectors/pki/securebytes.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/ssh/sshhostkey.h"
#include "models/domain/result.h"

#include <QString>

#include <libssh/libssh.h>

#include <chrono>
#include <memory>

namespace certdesk::target::ssh {

/// Where to connect and what to check the server against.
struct SshEndpoint
{
    QString host;
    quint16 port = 22;
    QString user;           ///< empty: only the host key is read (no login follows)
    QString knownHostsPath; ///< empty: no known_hosts file is read; HostKeyInfo::trust stays Unknown
    std::chrono::seconds timeout{30};
};

/// A connected SSH session. The TCP connection is dialled through the Sandbox and handed to libssh
/// (SSH_OPTIONS_FD), so the grant governs it; libssh reads no configuration file and no known_hosts
/// file but the one given (which the grant must allow to be read). The host key is read and
/// compared with known_hosts right after the key exchange; nothing is sent before
/// requireTrustedHostKey() passes. Blocking; one thread at a time.
class SshSession final
{
public:
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    /// Dials, runs the key exchange and reads the host key.
    static Result<std::unique_ptr<SshSession>> connect(Sandbox &sandbox, const SshEndpoint &endpoint);

    const SshEndpoint &endpoint() const { return m_endpoint; }
    const HostKeyInfo &hostKey() const { return m_hostKey; }
    /// Succeeds only when known_hosts holds exactly this key; otherwise an error that shows the
    /// fingerprint and says how to trust it.
    Status requireTrustedHostKey() const;
    /// The known_hosts line for this key ("[host]:port ssh-ed25519 AAAA...").
    Result<QByteArray> knownHostsLine() const;

    /// Logs in with a private key in OpenSSH, PEM or PKCS#8 text; `origin` names it in errors (a
    /// path or "the pasted private key"). A wrong or missing passphrase is WrongPassword or
    /// PasswordRequired.
    Status loginWithKey(const pki::SecureBytes &keyText, const pki::SecureBytes &passphrase,
                        const QString &origin);
    /// Logs in with the account's password; a refused one is WrongPassword.
    Status loginWithPassword(const pki::SecureBytes &password);

    ssh_session handle() const { return m_session; }
    /// "user@host:port" or "host:port", for messages.
    QString peer() const;
    /// libssh's last error text (never holds a secret), for error details.
    QString lastError() const;

private:
    SshSession() = default;
    Status checkLogin(int result, bool withPassword);

    /// The dialled connection. libssh 0.10 uses a descriptor given with SSH_OPTIONS_FD but never
    /// closes it, so it is closed here, after the session is freed.
    SocketHandle m_socket;
    ssh_session m_session = nullptr;
    SshEndpoint m_endpoint;
    HostKeyInfo m_hostKey;
};

} // namespace certdesk::target::ssh
