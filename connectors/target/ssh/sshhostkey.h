// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Host keys for the target setup wizard and the CLI: show the server's key before anything is
// trusted, and trust exactly the key the user saw.

#include "connectors/target/sdk/sandbox.h"
#include "models/domain/result.h"

#include <QString>

#include <chrono>

namespace certdesk::target::ssh {

/// An SSH server's host key as it presented it.
struct HostKeyInfo
{
    /// What the known_hosts file says of this key.
    enum class Trust {
        Unknown, ///< no key of this host is recorded (or no known_hosts file was given)
        Trusted, ///< this very key is recorded
        Changed, ///< another key is recorded for this host: possibly an attack
    };
    QString fingerprint; ///< "SHA256:<base64 without padding>", as `ssh-keygen -l` prints it
    QString keyType;     ///< "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QString hostName;    ///< how known_hosts names the host: "host" on port 22, "[host]:port" otherwise
    Trust trust = Trust::Unknown;
};

/// Connects to host:port through `sandbox` (net.dial host:port) and reads the server's host key
/// without logging in. With `knownHostsPath` (which needs fs.read in the grant), `trust` says
/// whether that file already trusts the key.
Result<HostKeyInfo> probeHostKey(Sandbox &sandbox, const QString &host, quint16 port,
                                 const QString &knownHostsPath = {},
                                 std::chrono::seconds timeout = std::chrono::seconds(30));

/// Fetches host:port's key again and, when its fingerprint is still `expectedFingerprint` (the one
/// the user was shown; with or without the "SHA256:" prefix), appends it to `knownHostsPath`
/// (created 0600, its folder 0700, when missing). Succeeds without writing when the key is
/// already trusted. Refuses a key that no longer matches, and a host for which the file already
/// holds another key (that entry must be removed by hand first). This is a user's decision, so it
/// runs outside any connector grant.
Status trustHostKey(const QString &knownHostsPath, const QString &host, quint16 port,
                    const QString &expectedFingerprint,
                    std::chrono::seconds timeout = std::chrono::seconds(30));

} // namespace certdesk::target::ssh
