// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the SSH target connector.

#include "connectors/pki/securebytes.h"
#include "connectors/target/sdk/filestore.h"
#include "connectors/target/ssh/sftpchannel.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

#include <libssh/sftp.h>

#include <memory>
#include <optional>

namespace certdesk::target::ssh {

class SshSession;

/// Files on the SSH server, through SFTP: the FileStore of SSH deployments. A file is replaced
/// atomically: it is written to a temporary name in the same folder (created 0600, then given its
/// final mode), flushed (fsync@openssh.com when offered) and renamed over the target with
/// posix-rename@openssh.com, so readers on the server see the old file or the new one. A server
/// without that extension gets a plain rename, after removing the target when it refuses to
/// replace it (a brief moment without the file). Files are written with the exact modes given to
/// open(), and a file with the right bytes but another mode is written again. A replaced file keeps
/// its owner and group (the temporary file is given them before a byte is written); when the
/// login user may not do that (not root, and not the owner in the file's group), nothing is
/// written and the error names the owner.
class RemoteFiles final : public FileStore
{
public:
    ~RemoteFiles() override;
    RemoteFiles(const RemoteFiles &) = delete;
    RemoteFiles &operator=(const RemoteFiles &) = delete;

    /// `publicMode` and `ownerOnlyMode` are the permission bits of sysio::FileMode::Public and
    /// OwnerOnly files.
    static Result<std::unique_ptr<RemoteFiles>> open(SshSession &session, int publicMode = 0644,
                                                     int ownerOnlyMode = 0600);

    /// "path on host:port".
    QString describe(const QString &path) const override;
    /// SFTP cannot tell whether this account may write a file, so an existing file counts as
    /// writable unless its mode has no write bit, and a missing one when its folder exists; a
    /// missing file in a missing folder is an ErrorCode::NotFound error.
    Result<FileState> state(const QString &path) override;
    /// A file over 1 MiB is refused.
    Result<pki::SecureBytes> read(const QString &path) override;
    int permissions(sysio::FileMode mode) const override;
    bool rewritesOtherPermissions() const override { return true; }
    Status writeAtomically(const QString &path, const QByteArray &bytes, int permissions) override;
    Status remove(const QString &path) override;
    /// What `path` is, as the server says (no folder check): exists, isDirectory and mode.
    Result<FileState> stat(const QString &path);
    /// Creates and removes an empty temporary file in `folder`: the honest test of write access.
    Status checkWritable(const QString &folder);

private:
    /// Who owns a remote file: numeric IDs (SFTP v3), and names when the server sends them.
    struct Owner
    {
        quint32 uid = 0;
        quint32 gid = 0;
        QString user;  ///< the name, else the number
        QString group; ///< the name, else the number
    };

    explicit RemoteFiles(SshSession &session);
    /// stat(), and the owner of an existing file in `owner` when given.
    Result<FileState> stat(const QString &path, std::optional<Owner> *owner);
    /// Writes `bytes` to a new temporary file next to `path` and returns its name; with `owner`,
    /// the file gets that owner and group first.
    Result<QString> writeTemporary(const QString &path, const QByteArray &bytes, int mode,
                                   const std::optional<Owner> &owner = std::nullopt);
    /// Gives the open temporary file `temporary` (the new `path`) `owner`, unless it has it.
    Status keepOwner(sftp_file file, const QByteArray &temporary, const QString &path, const Owner &owner);
    Status renameOver(const QString &from, const QString &to);
    /// The SFTP error of the last call, as a clause ("permission denied").
    QString lastError() const;

    SshSession &m_session;
    sftp_session m_sftp = nullptr;
    std::unique_ptr<SftpExtensionChannel> m_extensions;
    int m_publicMode = 0644;
    int m_ownerOnlyMode = 0600;
};

/// The folder part of a remote path ("/etc/ssl/cert.pem" -> "/etc/ssl").
QString remoteFolder(const QString &path);

} // namespace certdesk::target::ssh
