// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "connectors/sysio/atomicfile.h"
#include "connectors/target/sdk/sandbox.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

namespace certdesk::target {

/// Where a file deployment (deployFiles) reads and writes its files: this machine through the
/// Sandbox (SandboxFileStore), or a server over SFTP (the SSH connector's RemoteFiles).
class FileStore
{
public:
    virtual ~FileStore() = default;

    /// `path` as messages name it: the path itself, or "path on host:port".
    virtual QString describe(const QString &path) const { return path; }
    /// What `path` is now. For a missing file, FileState::writable says whether it can be created.
    virtual Result<FileState> state(const QString &path) = 0;
    /// The file's bytes; SecureBytes because a key file is read too.
    virtual Result<pki::SecureBytes> read(const QString &path) = 0;
    /// The permission bits a file written as `mode` gets here.
    virtual int permissions(sysio::FileMode mode) const = 0;
    /// True when a file whose bytes are already right but whose permission bits differ from
    /// permissions() is written again; false when such a file is left alone (a mode the
    /// administrator chose stays).
    virtual bool rewritesOtherPermissions() const = 0;
    /// Replaces `path` atomically (a temporary file in the same folder, renamed over it) with
    /// `bytes`, readable as `permissions` says.
    virtual Status writeAtomically(const QString &path, const QByteArray &bytes, int permissions) = 0;
    /// Removes a file; a missing one is not an error.
    virtual Status remove(const QString &path) = 0;
    /// Asks, without writing, whether `path` may be written; success by default.
    virtual Status checkWrite(const QString &path) const;
};

/// The files of this machine, through the Sandbox (fs.read and fs.write). The Sandbox writes 0644
/// or 0600 only: a file is written 0644 when `permissions` lets others read it, else 0600, and a
/// file whose bytes are right is left alone whatever its mode.
class SandboxFileStore final : public FileStore
{
public:
    explicit SandboxFileStore(Sandbox &sandbox) : m_sandbox(sandbox) {}

    Result<FileState> state(const QString &path) override;
    Result<pki::SecureBytes> read(const QString &path) override;
    int permissions(sysio::FileMode mode) const override;
    bool rewritesOtherPermissions() const override { return false; }
    Status writeAtomically(const QString &path, const QByteArray &bytes, int permissions) override;
    Status remove(const QString &path) override;
    Status checkWrite(const QString &path) const override;

private:
    Sandbox &m_sandbox;
};

} // namespace certdesk::target
