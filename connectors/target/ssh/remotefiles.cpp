// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/ssh/remotefiles.h"

#include "connectors/target/ssh/sshsession.h"
#include "connectors/target/ssh/sshtr.h"

#include <QRandomGenerator>

#include <fcntl.h>

namespace certdesk::target::ssh {
namespace {

constexpr qsizetype MaxReadBytes = 1024 * 1024;
constexpr qsizetype ChunkBytes = 32 * 1024;

struct SftpAttributesDeleter
{
    void operator()(sftp_attributes attributes) const { sftp_attributes_free(attributes); }
};
using SftpAttributesPtr = std::unique_ptr<std::remove_pointer_t<sftp_attributes>, SftpAttributesDeleter>;

/// Closes an open remote file unless it was closed (and checked) already.
struct SftpFileCloser
{
    void operator()(sftp_file file) const { sftp_close(file); }
};
using SftpFilePtr = std::unique_ptr<std::remove_pointer_t<sftp_file>, SftpFileCloser>;

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

/// ".cert.pem.certdesk-1a2b3c4d5e6f7081.tmp" next to `path`.
QString temporaryNameFor(const QString &path)
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return remoteFolder(path) +
           QStringLiteral("/.%1.certdesk-%2.tmp").arg(fileName(path)).arg(random, 16, 16, QLatin1Char('0'));
}

/// A user or group name the server sent (SFTP v4 and later), else its number.
QString nameOr(const char *name, quint32 id)
{
    return name && *name ? QString::fromUtf8(name) : QString::number(id);
}

} // namespace

QString remoteFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

RemoteFiles::RemoteFiles(SshSession &session) : m_session(session) {}

RemoteFiles::~RemoteFiles()
{
    m_extensions.reset();
    if (m_sftp)
        sftp_free(m_sftp);
}

Result<std::unique_ptr<RemoteFiles>> RemoteFiles::open(SshSession &session, int publicMode, int ownerOnlyMode)
{
    std::unique_ptr<RemoteFiles> files(new RemoteFiles(session));
    files->m_publicMode = publicMode;
    files->m_ownerOnlyMode = ownerOnlyMode;
    files->m_sftp = sftp_new(session.handle());
    if (!files->m_sftp || sftp_init(files->m_sftp) != SSH_OK)
        return Error{
            tr("%1 offers no SFTP; enable the sftp subsystem in its sshd_config.").arg(session.peer()),
            session.lastError()};
    if (sftp_extension_supported(files->m_sftp, "posix-rename@openssh.com", "1"))
        files->m_extensions =
            std::make_unique<SftpExtensionChannel>(session.handle(), session.endpoint().timeout);
    return files;
}

QString RemoteFiles::lastError() const
{
    switch (sftp_get_error(m_sftp)) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return tr("no such file or folder");
    case SSH_FX_PERMISSION_DENIED:
        return tr("permission denied");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return tr("the file exists");
    case SSH_FX_WRITE_PROTECT:
        return tr("the file system is read-only");
    default:
        return m_session.lastError();
    }
}

QString RemoteFiles::describe(const QString &path) const
{
    return tr("%1 on %2").arg(path, m_session.peer());
}

Result<FileState> RemoteFiles::stat(const QString &path)
{
    return stat(path, nullptr);
}

Result<FileState> RemoteFiles::stat(const QString &path, std::optional<Owner> *owner)
{
    const SftpAttributesPtr attributes(sftp_stat(m_sftp, path.toUtf8().constData()));
    FileState state;
    if (!attributes) {
        if (sftp_get_error(m_sftp) == SSH_FX_NO_SUCH_FILE)
            return state;
        return Error{tr("The state of %1 on %2 cannot be read.").arg(path, m_session.peer()), lastError()};
    }
    state.exists = true;
    state.isDirectory = attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
    state.mode = int(attributes->permissions & 07777);
    if (owner && !state.isDirectory)
        *owner = Owner{attributes->uid, attributes->gid, nameOr(attributes->owner, attributes->uid),
                       nameOr(attributes->group, attributes->gid)};
    return state;
}

Result<FileState> RemoteFiles::state(const QString &path)
{
    Result<FileState> state = stat(path);
    if (!state)
        return state;
    if (!state->exists) {
        const QString folder = remoteFolder(path);
        const Result<FileState> parent = stat(folder);
        if (!parent)
            return parent.error();
        if (!parent->exists || !parent->isDirectory)
            return Error{tr("The folder %1 does not exist on %2; create it first. Nothing was changed.")
                             .arg(folder, m_session.peer()),
                         {},
                         ErrorCode::NotFound};
    }
    // What this account may write is known only by writing: the mode's write bits decide here.
    state->writable = true;
    return state;
}

int RemoteFiles::permissions(sysio::FileMode mode) const
{
    return mode == sysio::FileMode::OwnerOnly ? m_ownerOnlyMode : m_publicMode;
}

Result<pki::SecureBytes> RemoteFiles::read(const QString &path)
{
    const SftpFilePtr file(sftp_open(m_sftp, path.toUtf8().constData(), O_RDONLY, 0));
    if (!file)
        return Error{tr("%1 on %2 cannot be read.").arg(path, m_session.peer()), lastError()};
    QByteArray bytes;
    char buffer[ChunkBytes];
    for (;;) {
        const ssize_t read = sftp_read(file.get(), buffer, sizeof buffer);
        if (read < 0) {
            pki::SecureBytes wipe(std::move(bytes));
            return Error{tr("%1 on %2 cannot be read.").arg(path, m_session.peer()), lastError()};
        }
        if (read == 0)
            break;
        bytes.append(buffer, qsizetype(read));
        if (bytes.size() > MaxReadBytes) {
            pki::SecureBytes wipe(std::move(bytes));
            return Error{tr("%1 on %2 is larger than 1 MiB, too large to be a certificate or key file.")
                             .arg(path, m_session.peer())};
        }
    }
    return pki::SecureBytes(std::move(bytes));
}

Status RemoteFiles::keepOwner(sftp_file file, const QByteArray &temporary, const QString &path,
                              const Owner &owner)
{
    const SftpAttributesPtr current(sftp_fstat(file));
    if (current && current->uid == owner.uid && current->gid == owner.gid)
        return {};
    if (sftp_chown(m_sftp, temporary.constData(), owner.uid, owner.gid) == SSH_OK)
        return {};
    return Error{tr("%1 on %2 belongs to user %3, group %4, and CertDesk logs in as %5, which cannot give "
                    "the new file the same owner and group. Log in as root or as user %3, or give the "
                    "file to %5 on the server. Nothing was changed.")
                     .arg(path, m_session.peer(), owner.user, owner.group, m_session.endpoint().user),
                 lastError(), ErrorCode::InvalidInput};
}

Result<QString> RemoteFiles::writeTemporary(const QString &path, const QByteArray &bytes, int mode,
                                            const std::optional<Owner> &owner)
{
    const QString temporary = temporaryNameFor(path);
    const QByteArray encoded = temporary.toUtf8();
    // 0600 until the bytes are in: a key is never readable by others, not even briefly.
    SftpFilePtr file(sftp_open(m_sftp, encoded.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600));
    if (!file)
        return Error{tr("A file cannot be created in %1 on %2.").arg(remoteFolder(path), m_session.peer()),
                     lastError()};
    auto discard = [&](Error error) {
        file.reset();
        sftp_unlink(m_sftp, encoded.constData());
        return error;
    };
    auto failed = [&](const QString &message) { return discard(Error{message, lastError()}); };
    // The owner first: the bytes are only ever readable by whoever could read the replaced file.
    if (owner)
        if (Status kept = keepOwner(file.get(), encoded, path, *owner); !kept)
            return discard(kept.error());
    for (qsizetype offset = 0; offset < bytes.size();) {
        const qsizetype chunk = qMin(ChunkBytes, bytes.size() - offset);
        const ssize_t written = sftp_write(file.get(), bytes.constData() + offset, size_t(chunk));
        if (written <= 0)
            return failed(tr("%1 on %2 could not be written.").arg(temporary, m_session.peer()));
        offset += written;
    }
    if (sftp_extension_supported(m_sftp, "fsync@openssh.com", "1") && sftp_fsync(file.get()) != SSH_OK)
        return failed(tr("%1 on %2 could not be flushed to disk.").arg(temporary, m_session.peer()));
    if (sftp_close(file.release()) != SSH_OK) {
        const QString detail = lastError();
        sftp_unlink(m_sftp, encoded.constData());
        return Error{tr("%1 on %2 could not be written.").arg(temporary, m_session.peer()), detail};
    }
    // The server's umask applied to the create; the mode is set exactly here.
    if (sftp_chmod(m_sftp, encoded.constData(), mode_t(mode)) != SSH_OK) {
        const QString detail = lastError();
        sftp_unlink(m_sftp, encoded.constData());
        return Error{tr("The permissions of %1 on %2 could not be set.").arg(temporary, m_session.peer()),
                     detail};
    }
    return temporary;
}

Status RemoteFiles::renameOver(const QString &from, const QString &to)
{
    if (m_extensions)
        return m_extensions->posixRename(from, to);
    const QByteArray source = from.toUtf8();
    const QByteArray target = to.toUtf8();
    if (sftp_rename(m_sftp, source.constData(), target.constData()) == SSH_OK)
        return {};
    if (sftp_unlink(m_sftp, target.constData()) != SSH_OK ||
        sftp_rename(m_sftp, source.constData(), target.constData()) != SSH_OK)
        return Error{tr("%1 could not be renamed to %2 on %3.").arg(from, to, m_session.peer()), lastError()};
    return {};
}

Status RemoteFiles::writeAtomically(const QString &path, const QByteArray &bytes, int permissions)
{
    std::optional<Owner> owner;
    if (const Result<FileState> target = stat(path, &owner); !target)
        return target.error();
    const Result<QString> temporary = writeTemporary(path, bytes, permissions, owner);
    if (!temporary)
        return temporary.error();
    if (Status renamed = renameOver(*temporary, path); !renamed) {
        sftp_unlink(m_sftp, temporary->toUtf8().constData());
        return renamed;
    }
    return {};
}

Status RemoteFiles::remove(const QString &path)
{
    if (sftp_unlink(m_sftp, path.toUtf8().constData()) != SSH_OK &&
        sftp_get_error(m_sftp) != SSH_FX_NO_SUCH_FILE)
        return Error{tr("%1 on %2 could not be removed.").arg(path, m_session.peer()), lastError()};
    return {};
}

Status RemoteFiles::checkWritable(const QString &folder)
{
    const Result<QString> probe = writeTemporary(folder + QStringLiteral("/probe"), {}, 0600);
    if (!probe)
        return Error{tr("CertDesk cannot write in %1 on %2.").arg(folder, m_session.peer()),
                     probe.error().detail};
    return remove(*probe);
}

} // namespace certdesk::target::ssh
