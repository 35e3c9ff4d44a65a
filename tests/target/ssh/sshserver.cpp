// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/target/ssh/sshserver.h"

#include "tests/acme/pebble/freeport.h"
#include "tests/acme/pebble/serverprocess.h"
#include "tests/target/support/targettestsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdesk::testsupport {
namespace {

constexpr int StartAttempts = 3;
constexpr int ReadyTimeoutMs = 30000;
const QString Sshd = QStringLiteral("/usr/sbin/sshd");
/// The prefix of every account SshPasswordAccount makes; sshd_config allows exactly these in.
const QString AccountPrefix = QStringLiteral("certdesk-ssh-");

/// Runs a helper program to its end; its output, or an error with the output.
Result<QByteArray> runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return Error{QStringLiteral("%1 could not be started").arg(program)};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return Error{QStringLiteral("%1 did not finish").arg(program)};
    }
    const QByteArray output = process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{QStringLiteral("%1 %2 failed").arg(program, arguments.join(u' ')),
                     QString::fromUtf8(output)};
    return output;
}

bool writeFile(const QString &path, const QByteArray &bytes, int mode)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() &&
           ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

} // namespace

SshPasswordAccount::~SshPasswordAccount()
{
    if (!m_name.isEmpty()) {
        // sshd's process for the account's last session may take a moment to end after the
        // client disconnected; userdel refuses while it runs.
        Result<QByteArray> removed = Error{QString()};
        const QDeadlineTimer deadline(10000);
        do {
            removed = runTool(QStringLiteral("/usr/sbin/userdel"), {m_name});
            if (!removed)
                QThread::msleep(100);
        } while (!removed && !deadline.hasExpired());
        if (!removed)
            qWarning("could not remove the test account %s: %s", qPrintable(m_name),
                     qPrintable(removed.error().fullText()));
    }
}

Result<std::unique_ptr<SshPasswordAccount>> SshPasswordAccount::create(const QString &parentFolder)
{
    if (::geteuid() != 0)
        return Error{
            QStringLiteral("password logins are tested with an account of their own, which only root "
                           "can create")};
    std::unique_ptr<SshPasswordAccount> account(new SshPasswordAccount);
    const QString name = AccountPrefix + randomHex(4);
    const QString home = QDir(parentFolder).filePath(name);
    if (!QDir().mkpath(home))
        return Error{QStringLiteral("could not create %1").arg(home)};
    if (Result<QByteArray> added =
            runTool(QStringLiteral("/usr/sbin/useradd"),
                    {QStringLiteral("--no-create-home"), QStringLiteral("--home-dir"), home,
                     QStringLiteral("--shell"), QStringLiteral("/bin/sh"), name});
        !added) {
        return added.error();
    }
    account->m_name = name; // from here on the destructor removes it
    account->m_home = home;
    account->m_password = randomHex(12).toLatin1();
    if (Result<QByteArray> set = runTool(QStringLiteral("/usr/sbin/chpasswd"), {},
                                         name.toLatin1() + ':' + account->m_password + '\n');
        !set) {
        return set.error();
    }
    const passwd *entry = ::getpwnam(name.toLatin1().constData());
    if (!entry || ::chown(QFile::encodeName(home).constData(), entry->pw_uid, entry->pw_gid) != 0)
        return Error{QStringLiteral("could not give %1 to %2").arg(home, name)};
    return account;
}

struct SshServer::Impl
{
    QTemporaryDir dir;
    QProcess process;
    int port = 0;

    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    Status makeHostKey()
    {
        QFile::remove(path("ssh_host_ed25519_key"));
        QFile::remove(path("ssh_host_ed25519_key.pub"));
        const Result<QByteArray> made =
            runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                   QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                                   QStringLiteral("-C"), QStringLiteral("certdesk-test-host"),
                                                   QStringLiteral("-f"), path("ssh_host_ed25519_key")});
        return made ? Status() : Status(made.error());
    }

    bool writeConfig() const
    {
        QByteArray config;
        config += "Port " + QByteArray::number(port) + "\n";
        config += "ListenAddress 127.0.0.1\n";
        config += "HostKey " + QFile::encodeName(path("ssh_host_ed25519_key")) + "\n";
        config += "PidFile " + QFile::encodeName(path("sshd.pid")) + "\n";
        config += "AuthorizedKeysFile " + QFile::encodeName(path("authorized_keys")) + "\n";
        config += "UsePAM no\n"
                  "StrictModes no\n"
                  "PubkeyAuthentication yes\n"
                  "PasswordAuthentication yes\n"
                  "KbdInteractiveAuthentication no\n"
                  "PermitRootLogin prohibit-password\n"
                  "PermitEmptyPasswords no\n"
                  "UseDNS no\n"
                  "PrintMotd no\n"
                  "PrintLastLog no\n"
                  "X11Forwarding no\n"
                  "AllowTcpForwarding no\n"
                  "AllowAgentForwarding no\n"
                  "LogLevel VERBOSE\n"
                  "Subsystem sftp internal-sftp\n";
        config += "AllowUsers " + currentUser().toUtf8() + ' ' + AccountPrefix.toLatin1() + "*\n";
        return writeFile(path("sshd_config"), config, 0600);
    }

    Status startOnce()
    {
        dieWithParent(process);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(path("sshd.log"), QIODevice::Append);
        process.start(
            Sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), path("sshd_config")});
        if (!process.waitForStarted(10000))
            return Error{QStringLiteral("sshd could not be started")};
        if (!waitForLoopbackPort(quint16(port), ReadyTimeoutMs) || process.state() != QProcess::Running)
            return Error{QStringLiteral("sshd did not accept connections on 127.0.0.1:%1").arg(port)};
        return {};
    }

    void stop() { stopProcess(process); }
};

SshServer::SshServer() : m_impl(std::make_unique<Impl>()) {}

SshServer::~SshServer()
{
    m_impl->stop();
}

QString SshServer::missingPrograms()
{
    for (const auto &[program, package] :
         {std::pair{"sshd", "openssh-server"}, std::pair{"ssh-keygen", "openssh-client"}}) {
        const QString missing = missingProgram(QLatin1String(program), QLatin1String(package));
        if (!missing.isEmpty())
            return missing;
    }
    return {};
}

QString SshServer::currentUser()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

Status SshServer::start()
{
    if (!m_impl->dir.isValid())
        return Error{QStringLiteral("could not create a temporary folder for sshd")};
    // Password accounts keep their homes in here; every secret in it is 0600 on its own.
    ::chmod(QFile::encodeName(m_impl->dir.path()).constData(), 0755);
    if (::geteuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd")) &&
        ::mkdir("/run/sshd", 0755) != 0)
        return Error{QStringLiteral("could not create /run/sshd, which sshd needs when run as root")};
    if (!QFileInfo::exists(m_impl->path("ssh_host_ed25519_key"))) {
        if (Status made = m_impl->makeHostKey(); !made)
            return made;
    }
    if (!QFileInfo::exists(m_impl->path("authorized_keys")) &&
        !writeFile(m_impl->path("authorized_keys"), {}, 0644))
        return Error{QStringLiteral("could not write the authorized keys file")};
    const auto startOnce = [this](bool retrying) -> Status {
        if (m_impl->port == 0 || retrying)
            m_impl->port = freeLoopbackPort();
        if (m_impl->port == 0)
            return Error{QStringLiteral("no free loopback port for sshd")};
        if (!m_impl->writeConfig())
            return Error{QStringLiteral("could not write sshd_config")};
        return m_impl->startOnce();
    };
    return startRetryingTakenPorts(
        StartAttempts, startOnce, [this] { return recentLogs(); }, [this] { m_impl->stop(); });
}

void SshServer::stop()
{
    m_impl->stop();
}

Status SshServer::replaceHostKey()
{
    m_impl->stop();
    if (Status made = m_impl->makeHostKey(); !made)
        return made;
    return start();
}

quint16 SshServer::port() const
{
    return quint16(m_impl->port);
}

QString SshServer::folder() const
{
    return m_impl->dir.path();
}

Result<QString> SshServer::hostKeyFingerprint() const
{
    const Result<QByteArray> listed = runTool(
        QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                       QStringLiteral("-f"), m_impl->path("ssh_host_ed25519_key.pub")});
    if (!listed)
        return listed.error();
    // "256 SHA256:abc... certdesk-test-host (ED25519)"
    const QList<QByteArray> words = listed->simplified().split(' ');
    if (words.size() < 2 || !words.at(1).startsWith("SHA256:"))
        return Error{QStringLiteral("unexpected ssh-keygen -l output"), QString::fromUtf8(*listed)};
    return QString::fromLatin1(words.at(1));
}

Status SshServer::writeKnownHosts(const QString &path) const
{
    QFile publicKey(m_impl->path("ssh_host_ed25519_key.pub"));
    if (!publicKey.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("could not read the host's public key")};
    const QList<QByteArray> words = publicKey.readAll().simplified().split(' ');
    const QByteArray line = "[127.0.0.1]:" + QByteArray::number(m_impl->port) + ' ' + words.value(0) + ' ' +
                            words.value(1) + '\n';
    if (!writeFile(path, line, 0600))
        return Error{QStringLiteral("could not write %1").arg(path)};
    return {};
}

Status SshServer::makeClientKey(const QString &privateKeyPath, const QByteArray &passphrase, bool authorize,
                                bool pemRsa)
{
    QFile::remove(privateKeyPath);
    QFile::remove(privateKeyPath + QStringLiteral(".pub"));
    QStringList arguments{QStringLiteral("-q"),
                          QStringLiteral("-N"),
                          QString::fromUtf8(passphrase),
                          QStringLiteral("-C"),
                          QStringLiteral("certdesk-test-client"),
                          QStringLiteral("-f"),
                          privateKeyPath};
    arguments += pemRsa ? QStringList{QStringLiteral("-t"),   QStringLiteral("rsa"), QStringLiteral("-b"),
                                      QStringLiteral("2048"), QStringLiteral("-m"),  QStringLiteral("PEM")}
                        : QStringList{QStringLiteral("-t"), QStringLiteral("ed25519")};
    if (Result<QByteArray> made = runTool(QStringLiteral("ssh-keygen"), arguments); !made)
        return made.error();
    if (!authorize)
        return {};
    QFile publicKey(privateKeyPath + QStringLiteral(".pub"));
    QFile authorized(m_impl->path("authorized_keys"));
    if (!publicKey.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::Append))
        return Error{QStringLiteral("could not authorise %1").arg(privateKeyPath)};
    authorized.write(publicKey.readAll());
    return {};
}

QString SshServer::recentLogs() const
{
    return lastLines(m_impl->path("sshd.log"), 30);
}

} // namespace certdesk::testsupport
