// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/ssh/sshsession.h"

#include "connectors/target/ssh/sshsettings.h"
#include "connectors/target/ssh/sshtr.h"

#include <QFile>

#include <type_traits>

namespace certdesk::target::ssh {
namespace {

struct SshKeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using SshKeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, SshKeyDeleter>;

/// The only file libssh may read besides the one known_hosts file given.
const char NoFile[] = "/dev/null";

/// Tells whether libssh asked for a passphrase (the key is encrypted) and never gives one, so
/// that neither libssh nor OpenSSL prompts on a terminal.
struct PassphraseRequest
{
    bool asked = false;
};

int refusePassphrasePrompt(const char *, char *, size_t, int, int, void *userdata)
{
    static_cast<PassphraseRequest *>(userdata)->asked = true;
    return SSH_ERROR;
}

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    const QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return fingerprint;
}

/// How known_hosts names a host, as libssh and OpenSSH write it.
QString knownHostsName(const QString &host, quint16 port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

} // namespace

SshSession::~SshSession()
{
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
    }
}

Result<std::unique_ptr<SshSession>> SshSession::connect(Sandbox &sandbox, const SshEndpoint &endpoint)
{
    // libssh reads the file itself, so the grant is asked first.
    if (!endpoint.knownHostsPath.isEmpty()) {
        if (Status allowed = sandbox.check(CapabilityKind::FileRead, endpoint.knownHostsPath); !allowed)
            return allowed.error();
    }
    Result<SocketHandle> socket = sandbox.dial(endpoint.host, endpoint.port, endpoint.timeout);
    if (!socket)
        return socket.error();

    std::unique_ptr<SshSession> self(new SshSession);
    self->m_endpoint = endpoint;
    self->m_session = ssh_new();
    if (!self->m_session)
        return Error{tr("An SSH session could not be created."), QStringLiteral("ssh_new failed")};
    ssh_session session = self->m_session;

    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    const QByteArray knownHosts =
        endpoint.knownHostsPath.isEmpty() ? QByteArray(NoFile) : QFile::encodeName(endpoint.knownHostsPath);
    unsigned int port = endpoint.port;
    long timeout = long(endpoint.timeout.count());
    bool processConfig = false;
    self->m_socket = std::move(socket).value();
    socket_t fd = self->m_socket.fd();
    // No ~/.ssh/config (it could name a proxy command or another host), no global known_hosts
    // file outside the grant.
    bool configured = ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig) == SSH_OK &&
                      ssh_options_set(session, SSH_OPTIONS_HOST, host.constData()) == SSH_OK &&
                      ssh_options_set(session, SSH_OPTIONS_PORT, &port) == SSH_OK &&
                      ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeout) == SSH_OK &&
                      ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) == SSH_OK &&
                      ssh_options_set(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, NoFile) == SSH_OK;
    if (configured && !user.isEmpty())
        configured = ssh_options_set(session, SSH_OPTIONS_USER, user.constData()) == SSH_OK;
    if (configured)
        configured = ssh_options_set(session, SSH_OPTIONS_FD, &fd) == SSH_OK;
    if (!configured)
        return Error{tr("The SSH session to %1 could not be set up.").arg(self->peer()), self->lastError()};

    if (ssh_connect(session) != SSH_OK)
        return Error{
            tr("The SSH handshake with %1 failed; check that an SSH server listens there.").arg(self->peer()),
            self->lastError()};

    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session, &rawKey) != SSH_OK)
        return Error{tr("%1 sent no host key.").arg(self->peer()), self->lastError()};
    const SshKeyPtr serverKey(rawKey);
    self->m_hostKey.fingerprint = fingerprintOf(serverKey.get());
    self->m_hostKey.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(serverKey.get())));
    self->m_hostKey.hostName = knownHostsName(endpoint.host, endpoint.port);
    if (self->m_hostKey.fingerprint.isEmpty())
        return Error{tr("The host key of %1 could not be read.").arg(self->peer()), self->lastError()};

    if (!endpoint.knownHostsPath.isEmpty()) {
        switch (ssh_session_is_known_server(session)) {
        case SSH_KNOWN_HOSTS_OK:
            self->m_hostKey.trust = HostKeyInfo::Trust::Trusted;
            break;
        case SSH_KNOWN_HOSTS_CHANGED:
        case SSH_KNOWN_HOSTS_OTHER:
            self->m_hostKey.trust = HostKeyInfo::Trust::Changed;
            break;
        case SSH_KNOWN_HOSTS_NOT_FOUND:
        case SSH_KNOWN_HOSTS_UNKNOWN:
            self->m_hostKey.trust = HostKeyInfo::Trust::Unknown;
            break;
        case SSH_KNOWN_HOSTS_ERROR:
            return Error{tr("The known_hosts file %1 could not be read; check that it is a known_hosts file.")
                             .arg(endpoint.knownHostsPath),
                         self->lastError()};
        }
    }
    return self;
}

Status SshSession::requireTrustedHostKey() const
{
    const QString known = m_endpoint.knownHostsPath;
    switch (m_hostKey.trust) {
    case HostKeyInfo::Trust::Trusted:
        return {};
    case HostKeyInfo::Trust::Unknown:
        return Error{
            tr("The SSH host key of %1 is not trusted yet: the server presents the %2 key %3, and %4 "
               "holds no key for it. Check this fingerprint against the server's own (ssh-keygen -lf "
               "on its host key, on the server) and trust it in the target's setup wizard; CertDesk "
               "never deploys to a host it cannot verify.")
                .arg(m_hostKey.hostName, m_hostKey.keyType, m_hostKey.fingerprint,
                     known.isEmpty() ? tr("no known_hosts file") : known)};
    case HostKeyInfo::Trust::Changed:
        return Error{
            tr("The SSH host key of %1 has CHANGED: the server now presents the %2 key %3, which is not "
               "the key recorded in %4. Someone may be intercepting the connection. If the server's key "
               "was replaced on purpose, remove the old entry (ssh-keygen -R '%1' -f %4) and trust the "
               "new key in the target's setup wizard.")
                .arg(m_hostKey.hostName, m_hostKey.keyType, m_hostKey.fingerprint, known)};
    }
    return Error{tr("The SSH host key of %1 was not checked.").arg(m_hostKey.hostName)};
}

Result<QByteArray> SshSession::knownHostsLine() const
{
    char *entry = nullptr;
    if (ssh_session_export_known_hosts_entry(m_session, &entry) != SSH_OK || !entry)
        return Error{tr("The host key of %1 could not be written as a known_hosts line.").arg(peer()),
                     lastError()};
    QByteArray line(entry);
    ssh_string_free_char(entry);
    line = line.trimmed();
    line.append('\n');
    return line;
}

Status SshSession::loginWithKey(const pki::SecureBytes &keyText, const pki::SecureBytes &passphrase,
                                const QString &origin)
{
    if (Status trusted = requireTrustedHostKey(); !trusted)
        return trusted;
    ssh_key rawKey = nullptr;
    PassphraseRequest request;
    // keyText and passphrase are QByteArrays underneath, so their data is NUL-terminated.
    int imported =
        ssh_pki_import_privkey_base64(keyText.data(), nullptr, &refusePassphrasePrompt, &request, &rawKey);
    if (imported != SSH_OK) {
        if (!request.asked)
            return Error{
                tr("%1 is not a private key that can be read; give an OpenSSH, PEM or PKCS#8 private key.")
                    .arg(origin),
                {},
                ErrorCode::InvalidInput};
        if (passphrase.isEmpty())
            return Error{
                tr("%1 is encrypted; give its passphrase.").arg(origin), {}, ErrorCode::PasswordRequired};
        imported =
            ssh_pki_import_privkey_base64(keyText.data(), passphrase.data(), nullptr, nullptr, &rawKey);
        if (imported != SSH_OK)
            return Error{tr("The passphrase does not open %1; check the passphrase.").arg(origin),
                         {},
                         ErrorCode::WrongPassword};
    }
    const SshKeyPtr key(rawKey);
    return checkLogin(ssh_userauth_publickey(m_session, nullptr, key.get()), false);
}

Status SshSession::loginWithPassword(const pki::SecureBytes &password)
{
    if (Status trusted = requireTrustedHostKey(); !trusted)
        return trusted;
    return checkLogin(ssh_userauth_password(m_session, nullptr, password.data()), true);
}

Status SshSession::checkLogin(int result, bool withPassword)
{
    const QString method = withPassword ? tr("password") : tr("key");
    switch (result) {
    case SSH_AUTH_SUCCESS:
        return {};
    case SSH_AUTH_PARTIAL:
        return Error{
            tr("%1 accepted the %2 but asks for a second login step, which CertDesk cannot answer; let the "
               "account log in with the %2 alone.")
                .arg(peer(), method)};
    case SSH_AUTH_DENIED: {
        const int methods = ssh_userauth_list(m_session, nullptr);
        if (withPassword) {
            if (!(methods & SSH_AUTH_METHOD_PASSWORD))
                return Error{tr("%1 does not accept password logins; use key login.").arg(peer()),
                             {},
                             ErrorCode::InvalidInput};
            return Error{
                tr("%1 refused the password for %2; check the password.").arg(peer(), m_endpoint.user),
                {},
                ErrorCode::WrongPassword};
        }
        if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
            return Error{tr("%1 does not accept key logins; use password login.").arg(peer()),
                         {},
                         ErrorCode::InvalidInput};
        return Error{
            tr("%1 refused the key for %2; add its public key to the account's authorized_keys on the "
               "server.")
                .arg(peer(), m_endpoint.user)};
    }
    default:
        return Error{tr("The SSH login to %1 failed.").arg(peer()), lastError()};
    }
}

QString SshSession::peer() const
{
    const QString hostPort = dialScope(m_endpoint.host, m_endpoint.port);
    return m_endpoint.user.isEmpty() ? hostPort : m_endpoint.user + u'@' + hostPort;
}

QString SshSession::lastError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

} // namespace certdesk::target::ssh
