// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/ssh/sshsettings.h"

#include "connectors/target/sdk/settingsreader.h"
#include "connectors/target/ssh/sshtr.h"

#include <QDir>
#include <QRegularExpression>

#include <arpa/inet.h>

namespace certdesk::target::ssh {
namespace {

const QString HostKey = QStringLiteral("host");
const QString PortKey = QStringLiteral("port");
const QString UserKey = QStringLiteral("user");
const QString AuthMethodKey = QStringLiteral("auth_method");
const QString PrivateKeyPathKey = QStringLiteral("private_key_path");
const QString PrivateKeyKey = QStringLiteral("private_key");
const QString PassphraseKey = QStringLiteral("passphrase");
const QString PasswordKey = QStringLiteral("password");
const QString CertPathKey = QStringLiteral("cert_path");
const QString KeyPathKey = QStringLiteral("key_path");
const QString ChainPathKey = QStringLiteral("chain_path");
const QString CertModeKey = QStringLiteral("cert_mode");
const QString KeyModeKey = QStringLiteral("key_mode");
const QString ReloadCommandKey = QStringLiteral("reload_command");
const QString ValidateCommandKey = QStringLiteral("validate_command");
const QString KnownHostsPathKey = QStringLiteral("known_hosts_path");
const QString TimeoutKey = QStringLiteral("timeout");

const QString MethodKey = QStringLiteral("key");
const QString MethodPassword = QStringLiteral("password");

constexpr int MaxTimeoutSeconds = 3600;

FieldSpec field(const QString &key, const QString &label, FieldSpec::Kind kind, bool required,
                const QString &help)
{
    FieldSpec spec;
    spec.key = key;
    spec.label = label;
    spec.kind = kind;
    spec.required = required;
    spec.help = help;
    spec.defaultValue = sshDefaults().value(key).toVariant().toString();
    return spec;
}

bool isIpAddress(const QString &host)
{
    const QByteArray text = host.toLatin1();
    unsigned char address[16];
    return ::inet_pton(AF_INET, text.constData(), address) == 1 ||
           ::inet_pton(AF_INET6, text.constData(), address) == 1;
}

bool isHostName(const QString &host)
{
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}\\.?$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
                       "(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?$"));
    return name.match(host).hasMatch();
}

Result<QString> readHost(const SettingsReader &reader)
{
    QString host = reader.text(HostKey).trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        return SettingsReader::fieldError(HostKey, tr("give the SSH server's host name or address"));
    if (!isIpAddress(host) && !isHostName(host))
        return SettingsReader::fieldError(HostKey,
                                          tr("\"%1\" is not a host name or an IP address").arg(host));
    return host;
}

/// A whole number in [minimum, maximum].
Result<int> readNumber(const SettingsReader &reader, const QString &key, int minimum, int maximum)
{
    const QString text = reader.text(key).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return SettingsReader::fieldError(key,
                                          tr("give a whole number from %1 to %2").arg(minimum).arg(maximum));
    return value;
}

/// Permission bits written in octal ("0644", "640").
Result<int> readMode(const SettingsReader &reader, const QString &key)
{
    static const QRegularExpression octal(QStringLiteral("^0?[0-7]{3}$"));
    const QString text = reader.text(key).trimmed();
    if (!octal.match(text).hasMatch())
        return SettingsReader::fieldError(key, tr("give the permissions in octal, such as 0644 or 0600"));
    return text.toInt(nullptr, 8);
}

Result<QString> readUser(const SettingsReader &reader)
{
    static const QRegularExpression invalid(QStringLiteral("[\\s\\x00-\\x1f\\x7f]"));
    const QString user = reader.text(UserKey).trimmed();
    if (user.isEmpty())
        return SettingsReader::fieldError(UserKey, tr("give the account to log in as"));
    if (user.contains(invalid) || user.startsWith(u'-') || user.size() > 256)
        return SettingsReader::fieldError(UserKey, tr("\"%1\" is not a user name").arg(user));
    return user;
}

pki::SecureBytes secret(const TargetSettings &settings, const QString &key)
{
    const pki::SecureBytes *found = settings.secret(key);
    return found ? found->clone() : pki::SecureBytes();
}

/// Fills the login part of `out`: the method and the secrets it needs.
Status readLogin(const TargetSettings &settings, const SettingsReader &reader, SshSettings &out)
{
    const Result<QString> method = reader.choice(AuthMethodKey, {MethodKey, MethodPassword});
    if (!method)
        return method.error();
    if (*method == MethodPassword) {
        out.authMethod = SshAuthMethod::Password;
        out.password = secret(settings, PasswordKey);
        if (out.password.isEmpty())
            return SettingsReader::fieldError(PasswordKey, tr("password login needs the account's password"));
        return {};
    }
    out.authMethod = SshAuthMethod::Key;
    const Result<QString> keyPath = reader.path(PrivateKeyPathKey, false);
    if (!keyPath)
        return keyPath.error();
    out.privateKeyPath = *keyPath;
    out.privateKey = secret(settings, PrivateKeyKey);
    out.passphrase = secret(settings, PassphraseKey);
    if (out.privateKeyPath.isEmpty() == out.privateKey.isEmpty()) {
        return SettingsReader::fieldError(
            PrivateKeyPathKey, out.privateKeyPath.isEmpty()
                                   ? tr("key login needs a private key: give its file or paste the key")
                                   : tr("give the private key's file or paste the key, not both"));
    }
    return {};
}

/// Fills the remote files and their modes.
Status readRemoteFiles(const SettingsReader &reader, SshSettings &out)
{
    const Result<QString> certPath = reader.path(CertPathKey, true);
    const Result<QString> keyPath = reader.path(KeyPathKey, true);
    const Result<QString> chainPath = reader.path(ChainPathKey, false);
    for (const Result<QString> *path : {&certPath, &keyPath, &chainPath}) {
        if (!*path)
            return path->error();
    }
    out.certPath = *certPath;
    out.keyPath = *keyPath;
    out.chainPath = *chainPath;
    if (out.keyPath == out.certPath || out.keyPath == out.chainPath)
        return SettingsReader::fieldError(KeyPathKey, tr("the key needs a file of its own"));
    if (out.chainPath == out.certPath)
        return SettingsReader::fieldError(ChainPathKey,
                                          tr("leave it empty to append the chain to the certificate file"));

    const Result<int> certMode = readMode(reader, CertModeKey);
    if (!certMode)
        return certMode.error();
    const Result<int> keyMode = readMode(reader, KeyModeKey);
    if (!keyMode)
        return keyMode.error();
    if (*keyMode & 0007)
        return SettingsReader::fieldError(
            KeyModeKey, tr("%1 would let every user on the host read the private key; use 0600 or 0640")
                            .arg(reader.text(KeyModeKey)));
    out.certMode = *certMode;
    out.keyMode = *keyMode;
    return {};
}

Status readCommands(const SettingsReader &reader, SshSettings &out)
{
    const Result<QStringList> reload = reader.command(ReloadCommandKey);
    if (!reload)
        return reload.error();
    const Result<QStringList> validate = reader.command(ValidateCommandKey);
    if (!validate)
        return validate.error();
    out.reloadCommand = *reload;
    out.validateCommand = *validate;
    return {};
}

} // namespace

QJsonObject sshDefaults()
{
    return QJsonObject{
        {PortKey, QStringLiteral("22")},
        {AuthMethodKey, MethodKey},
        {CertModeKey, QStringLiteral("0644")},
        {KeyModeKey, QStringLiteral("0600")},
        {KnownHostsPathKey, QString(QDir::homePath() + QStringLiteral("/.ssh/known_hosts"))},
        {TimeoutKey, QStringLiteral("30")},
    };
}

QList<FieldSpec> sshFields()
{
    using Kind = FieldSpec::Kind;
    QList<FieldSpec> fields{
        field(HostKey, tr("Host"), Kind::Host, true, tr("The SSH server's host name or IP address.")),
        field(PortKey, tr("Port"), Kind::Port, false, tr("The SSH server's port.")),
        field(UserKey, tr("User"), Kind::Text, true, tr("The account CertDesk logs in as.")),
        field(AuthMethodKey, tr("Login with"), Kind::Choice, false,
              tr("A private key (recommended) or the account's password.")),
        field(PrivateKeyPathKey, tr("Private key file"), Kind::Path, false,
              tr("The SSH private key on this computer, for key login.")),
        field(PrivateKeyKey, tr("Private key"), Kind::Secret, false,
              tr("Or paste the private key itself; it is kept in the secret store.")),
        field(PassphraseKey, tr("Key passphrase"), Kind::Secret, false,
              tr("The passphrase of an encrypted private key.")),
        field(PasswordKey, tr("Password"), Kind::Secret, false,
              tr("The account's password, for password login.")),
        field(CertPathKey, tr("Certificate path"), Kind::Path, true,
              tr("Where the certificate goes on the host; the chain follows it unless a chain path is set.")),
        field(KeyPathKey, tr("Key path"), Kind::Path, true, tr("Where the private key goes on the host.")),
        field(ChainPathKey, tr("Chain path"), Kind::Path, false,
              tr("Where the chain goes on the host; empty: appended to the certificate.")),
        field(CertModeKey, tr("Certificate mode"), Kind::Text, false,
              tr("The certificate's and chain's permissions, in octal.")),
        field(KeyModeKey, tr("Key mode"), Kind::Text, false, tr("The private key's permissions, in octal.")),
        field(ValidateCommandKey, tr("Check command"), Kind::Command, false,
              tr("Runs on the host before the reload, e.g. \"nginx -t\"; when it fails the old files are put "
                 "back.")),
        field(ReloadCommandKey, tr("Reload command"), Kind::Command, false,
              tr("Runs on the host after the files are in place, e.g. \"systemctl reload nginx\".")),
        field(KnownHostsPathKey, tr("known_hosts file"), Kind::Path, false,
              tr("The file the server's host key is checked against.")),
        field(TimeoutKey, tr("Timeout (s)"), Kind::Number, false,
              tr("How long to wait for the connection and for each command.")),
    };
    fields[3].choices = {MethodKey, MethodPassword};
    fields += endpointFields();
    return fields;
}

Result<SshSettings> readSshSettings(const TargetSettings &settings)
{
    const SettingsReader reader(settings, sshDefaults());
    SshSettings out;
    const Result<QString> host = readHost(reader);
    if (!host)
        return host.error();
    out.host = *host;
    const Result<int> port = readNumber(reader, PortKey, 1, 65535);
    if (!port)
        return port.error();
    out.port = quint16(*port);
    const Result<QString> user = readUser(reader);
    if (!user)
        return user.error();
    out.user = *user;
    if (Status login = readLogin(settings, reader, out); !login)
        return login.error();
    if (Status files = readRemoteFiles(reader, out); !files)
        return files.error();
    if (Status commands = readCommands(reader, out); !commands)
        return commands.error();

    const Result<QString> knownHosts = reader.path(KnownHostsPathKey, true);
    if (!knownHosts)
        return knownHosts.error();
    // libssh expands '%' escapes in this path; a literal one would name another file.
    if (knownHosts->contains(u'%'))
        return SettingsReader::fieldError(KnownHostsPathKey, tr("the path may not contain \"%\""));
    out.knownHostsPath = *knownHosts;

    const Result<int> timeout = readNumber(reader, TimeoutKey, 1, MaxTimeoutSeconds);
    if (!timeout)
        return timeout.error();
    out.timeout = std::chrono::seconds(*timeout);

    Result<std::optional<Endpoint>> endpoint = reader.endpoint();
    if (!endpoint)
        return endpoint.error();
    out.endpoint = std::move(*endpoint);
    return out;
}

} // namespace certdesk::target::ssh
