// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Debian's OpenSSH server on loopback, for the tests of the SSH target connector and its
// conformance fixture.

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace certdesk::testsupport {

/// A Unix account made for password logins (root only): `useradd` with a random name
/// ("certdesk-ssh-<hex>") and a random password set through `chpasswd`, a home folder in the
/// server's temporary folder that it owns; `userdel` removes it in the destructor. The test's own
/// account and root's password are never touched.
class SshPasswordAccount final
{
public:
    ~SshPasswordAccount();
    SshPasswordAccount(const SshPasswordAccount &) = delete;
    SshPasswordAccount &operator=(const SshPasswordAccount &) = delete;

    /// Creates the account with its home in `parentFolder`. Needs root.
    static Result<std::unique_ptr<SshPasswordAccount>> create(const QString &parentFolder);

    QString name() const { return m_name; }
    QByteArray password() const { return m_password; }
    /// The account's home folder, owned by it: where its deployments go.
    QString home() const { return m_home; }

private:
    SshPasswordAccount() = default;
    QString m_name;
    QByteArray m_password;
    QString m_home;
};

/// `/usr/sbin/sshd -D -e -f <temp>/sshd_config` as the test's own process on 127.0.0.1 and a free
/// port: its own ed25519 host key (ssh-keygen), `UsePAM no`, `AuthorizedKeysFile` in its temporary
/// folder, `StrictModes no` (that folder lies under /tmp), password logins allowed only for the
/// accounts SshPasswordAccount makes (root: prohibit-password), sftp by internal-sftp, and only
/// the test's own user and those accounts allowed in. As root, /run/sshd (sshd's privilege
/// separation folder, which the service would create) is created when missing. Stopped by the
/// destructor. Use from the test's main thread.
class SshServer final
{
public:
    SshServer();
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    /// Empty when sshd and ssh-keygen are installed; otherwise the sentence to skip or fail with.
    static QString missingPrograms();

    /// Makes the host key (first time only), writes the configuration, starts sshd and waits until
    /// it accepts connections.
    Status start();
    void stop();
    /// Restarts sshd on the same port with a new host key: the "changed host key" case.
    Status replaceHostKey();

    quint16 port() const;
    /// The temporary folder that holds everything of this server (mode 0755).
    QString folder() const;
    /// The account the tests log in as with keys: the user running the test.
    static QString currentUser();

    /// The host key's fingerprint as `ssh-keygen -lf` prints it ("SHA256:..."), computed by
    /// OpenSSH, not by the code under test.
    Result<QString> hostKeyFingerprint() const;
    /// Writes a known_hosts file (0600) that trusts this server's current host key.
    Status writeKnownHosts(const QString &path) const;

    /// Makes a client key pair at `privateKeyPath` with ssh-keygen (`-N passphrase`; `pemRsa`: an
    /// RSA key in the old PEM format instead of an OpenSSH ed25519 key) and, with `authorize`, adds
    /// its public key to the server's authorized keys.
    Status makeClientKey(const QString &privateKeyPath, const QByteArray &passphrase = {},
                         bool authorize = true, bool pemRsa = false);

    /// The last lines of sshd's log, for failure messages.
    QString recentLogs() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace certdesk::testsupport
