// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File names and file types as the filesystem scanner sees them. Private to connectors/discovery.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <sys/types.h>

namespace certdesk::discovery {

/// What a file's name says it holds.
enum class FileKind {
    Certificate, ///< .pem .crt .cer .cert .der .p7b .p7c (any case)
    Pkcs12,      ///< .p12 .pfx (any case)
    Other,
};

/// The kind of a file by its name's extension.
FileKind kindOfName(QByteArrayView name);

/// `directory` + '/' + `name` (without doubling the '/' of the root directory).
QByteArray joinPath(const QByteArray &directory, QByteArrayView name);

/// "FIFO", "socket", "character device", "block device" or "special file" for a st_mode that is
/// neither a regular file nor a directory.
QString specialFileType(mode_t mode);

/// "8 MiB", "64 KiB" or "1000 bytes": a size limit as users read it.
QString sizeText(qint64 bytes);

/// The reason for an errno value as users read it ("permission denied", "does not exist", or the C
/// library's text).
QString errnoText(int error);

} // namespace certdesk::discovery
