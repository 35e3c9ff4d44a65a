// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/sysio/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace certdesk::sysio {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

QString userName(uid_t uid)
{
    const passwd *entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

QString groupName(gid_t gid)
{
    const group *entry = ::getgrgid(gid);
    return entry ? QString::fromLocal8Bit(entry->gr_name) : QString::number(gid);
}

/// The permission bits of the new file: fixed by `mode`, except that a key keeps the group's read
/// permission of a file it replaces that was shared with its group only (0640: deliberately; the
/// group read of a world-readable file is the umask's, and such a key becomes 0600).
mode_t permissionsFor(FileMode mode, const std::optional<struct stat> &replaced)
{
    if (mode == FileMode::Public)
        return 0644;
    const bool sharedWithGroup = replaced && (replaced->st_mode & S_IRGRP) && !(replaced->st_mode & S_IROTH);
    return sharedWithGroup ? 0640 : 0600;
}

/// Gives the open temporary file the owner and group of the file it replaces; false when that is
/// not allowed.
bool keepOwner(int fd, const struct stat &replaced)
{
    if (replaced.st_uid == ::geteuid() && replaced.st_gid == ::getegid())
        return true;
    return ::fchown(fd, replaced.st_uid, replaced.st_gid) == 0;
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes, FileMode mode)
{
    const auto fail = [&](const QString &detail) {
        return Error{tr("%1 could not be written; nothing was changed. "
                        "Check that the folder exists and is writable.")
                         .arg(path),
                     detail};
    };
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("is a directory"));
    std::optional<struct stat> replaced;
    if (struct stat st{}; ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode))
        replaced = st;
    const QString temp = path + QStringLiteral(".certdesk-%1.tmp")
                                    .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    QFile file(temp);
    // NewOnly + owner-only permissions create the file unreadable by others (O_EXCL); its owner and
    // final mode are set on the descriptor before a byte is written, so a key is never readable by
    // anyone it was not meant for, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(file.errorString());
    const auto discard = [&] {
        file.close();
        QFile::remove(temp);
    };
    if (replaced && !keepOwner(file.handle(), *replaced)) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        discard();
        return Error{
            tr("%1 belongs to %2:%3, and CertDesk runs as %4, which cannot give the new file "
               "the same owner and group. Deploy as root or as %2, or give the file to %4. "
               "Nothing was changed.")
                .arg(path, userName(replaced->st_uid), groupName(replaced->st_gid), userName(::geteuid())),
            reason, ErrorCode::InvalidInput};
    }
    if (::fchmod(file.handle(), permissionsFor(mode, replaced)) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        discard();
        return fail(reason);
    }
    const bool written = file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
    const QString writeError = file.errorString();
    if (!written) {
        discard();
        return fail(writeError);
    }
    file.close();
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(temp);
        return fail(reason);
    }
    return {};
}

} // namespace certdesk::sysio
