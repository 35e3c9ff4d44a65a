// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading one file for the filesystem scanner without blocking on it. Private to
// connectors/discovery.

#include <QByteArray>

#include <sys/types.h>

namespace certdesk::discovery {

/// What opening and reading one file gave.
struct FileRead
{
    enum class Status {
        Read,       ///< `bytes` hold the whole file
        NotRegular, ///< it turned out not to be a regular file (`mode` says what it is); not read
        TooLarge,   ///< larger than the limit; not read
        Failed,     ///< open or read failed with `error`
    };
    Status status = Status::Failed;
    QByteArray bytes;
    qint64 size = 0;
    qint64 modifiedMSecs = 0; ///< since the epoch
    mode_t mode = 0;
    int error = 0;
};

/// Opens `name` relative to the directory `directoryFd` (or an absolute `name` with AT_FDCWD)
/// with O_NONBLOCK, and O_NOFOLLOW unless `followSymlink`, then checks with fstat on the open
/// file that it is a regular file of at most `maxSize` bytes before reading it.
FileRead readRegularFile(int directoryFd, const char *name, bool followSymlink, qint64 maxSize);

} // namespace certdesk::discovery
