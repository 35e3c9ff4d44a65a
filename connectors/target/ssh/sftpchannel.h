// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the SSH target connector.

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

#include <libssh/libssh.h>

#include <chrono>

namespace certdesk::target::ssh {

/// A second SFTP channel spoken directly (SFTP version 3 packets), for the one request libssh 0.10
/// cannot send: "posix-rename@openssh.com", which replaces the target with rename(2) where plain
/// SSH_FXP_RENAME refuses an existing target. Opened on first use; closed with the object.
class SftpExtensionChannel final
{
public:
    SftpExtensionChannel(ssh_session session, std::chrono::seconds timeout);
    ~SftpExtensionChannel();
    SftpExtensionChannel(const SftpExtensionChannel &) = delete;
    SftpExtensionChannel &operator=(const SftpExtensionChannel &) = delete;

    /// Renames `from` over `to` atomically on the server.
    Status posixRename(const QString &from, const QString &to);

private:
    Status open();
    Status sendPacket(quint8 type, const QByteArray &payload);
    /// The next packet: its type and payload.
    Result<QByteArray> readPacket(quint8 *type);
    Result<QByteArray> readExactly(qsizetype size);

    ssh_session m_session;
    ssh_channel m_channel = nullptr;
    std::chrono::seconds m_timeout;
    quint32 m_nextId = 1;
};

} // namespace certdesk::target::ssh
