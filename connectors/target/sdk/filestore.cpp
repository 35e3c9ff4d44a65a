// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/filestore.h"

namespace certdesk::target {

Status FileStore::checkWrite(const QString &) const
{
    return {};
}

Result<FileState> SandboxFileStore::state(const QString &path)
{
    return m_sandbox.fileState(path);
}

Result<pki::SecureBytes> SandboxFileStore::read(const QString &path)
{
    Result<QByteArray> bytes = m_sandbox.readFile(path);
    if (!bytes)
        return bytes.error();
    return pki::SecureBytes(std::move(bytes).value());
}

int SandboxFileStore::permissions(sysio::FileMode mode) const
{
    return mode == sysio::FileMode::OwnerOnly ? 0600 : 0644;
}

Status SandboxFileStore::writeAtomically(const QString &path, const QByteArray &bytes, int permissions)
{
    // Never more readable than asked: only a world-readable mode becomes 0644.
    return m_sandbox.writeFile(path, bytes,
                               (permissions & 0004) ? sysio::FileMode::Public : sysio::FileMode::OwnerOnly);
}

Status SandboxFileStore::remove(const QString &path)
{
    return m_sandbox.removeFile(path);
}

Status SandboxFileStore::checkWrite(const QString &path) const
{
    return m_sandbox.check(CapabilityKind::FileWrite, path);
}

} // namespace certdesk::target
