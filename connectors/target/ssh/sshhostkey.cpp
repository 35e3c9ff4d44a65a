// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/ssh/sshhostkey.h"

#include "connectors/target/ssh/sshsession.h"
#include "connectors/target/ssh/sshsettings.h"
#include "connectors/target/ssh/sshtr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace certdesk::target::ssh {
namespace {

QString bareHost(const QString &host)
{
    const QString trimmed = host.trimmed();
    return trimmed.startsWith(u'[') && trimmed.endsWith(u']') ? trimmed.mid(1, trimmed.size() - 2) : trimmed;
}

Status checkKnownHostsPath(const QString &path, bool required)
{
    if (path.isEmpty() && !required)
        return {};
    if (!QDir::isAbsolutePath(path) || path.contains(u'%'))
        return Error{tr("The known_hosts file must be an absolute path without \"%\"; %1 is not.").arg(path),
                     {},
                     ErrorCode::InvalidInput};
    return {};
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Appends `line` to the file, creating it 0600 (and its folder 0700) when missing, and starting
/// on a new line when the file does not end with one.
Status appendLine(const QString &path, const QByteArray &line)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return Error{tr("The folder %1 could not be created.").arg(folder)};
        ::chmod(QFile::encodeName(folder).constData(), 0700);
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{tr("%1 could not be opened for writing.").arg(path), systemError(errno)};
    QByteArray text = line;
    char last = '\n';
    const off_t size = ::lseek(fd, 0, SEEK_END);
    if (size > 0 && ::pread(fd, &last, 1, size - 1) == 1 && last != '\n')
        text.prepend('\n');
    const bool written =
        ::write(fd, text.constData(), size_t(text.size())) == text.size() && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!written)
        return Error{tr("%1 could not be written.").arg(path), systemError(error)};
    return {};
}

} // namespace

Result<HostKeyInfo> probeHostKey(Sandbox &sandbox, const QString &host, quint16 port,
                                 const QString &knownHostsPath, std::chrono::seconds timeout)
{
    if (Status path = checkKnownHostsPath(knownHostsPath, false); !path)
        return path.error();
    SshEndpoint endpoint;
    endpoint.host = bareHost(host);
    endpoint.port = port;
    endpoint.knownHostsPath = knownHostsPath;
    endpoint.timeout = timeout;
    Result<std::unique_ptr<SshSession>> session = SshSession::connect(sandbox, endpoint);
    if (!session)
        return session.error();
    return (*session)->hostKey();
}

Status trustHostKey(const QString &knownHostsPath, const QString &host, quint16 port,
                    const QString &expectedFingerprint, std::chrono::seconds timeout)
{
    if (Status path = checkKnownHostsPath(knownHostsPath, true); !path)
        return path;
    QString expected = expectedFingerprint.trimmed();
    if (!expected.startsWith(QLatin1String("SHA256:")))
        expected.prepend(QLatin1String("SHA256:"));

    SshEndpoint endpoint;
    endpoint.host = bareHost(host);
    endpoint.port = port;
    endpoint.knownHostsPath = knownHostsPath;
    endpoint.timeout = timeout;
    Sandbox sandbox(QStringLiteral("ssh"), {{CapabilityKind::NetDial, dialScope(endpoint.host, port)},
                                            {CapabilityKind::FileRead, knownHostsPath}});
    Result<std::unique_ptr<SshSession>> connected = SshSession::connect(sandbox, endpoint);
    if (!connected)
        return connected.error();
    const SshSession &session = **connected;
    const HostKeyInfo &key = session.hostKey();
    if (key.fingerprint != expected)
        return Error{
            tr("%1 now presents the %2 key %3, not the key %4 you were shown; nothing was trusted. Find out "
               "why the key differs before you trust any.")
                .arg(key.hostName, key.keyType, key.fingerprint, expected)};
    switch (key.trust) {
    case HostKeyInfo::Trust::Trusted:
        return {};
    case HostKeyInfo::Trust::Changed:
        return Error{
            tr("%1 already holds another key for %2; nothing was trusted. If the server's key was replaced "
               "on purpose, remove the old entry first (ssh-keygen -R '%2' -f %1).")
                .arg(knownHostsPath, key.hostName)};
    case HostKeyInfo::Trust::Unknown:
        break;
    }
    const Result<QByteArray> line = session.knownHostsLine();
    if (!line)
        return line.error();
    return appendLine(knownHostsPath, *line);
}

} // namespace certdesk::target::ssh
