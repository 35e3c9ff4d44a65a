// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/scanpaths.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <initializer_list>
#include <sys/stat.h>

namespace certdesk::discovery {

namespace {

bool isAnyOf(QByteArrayView extension, std::initializer_list<const char *> candidates)
{
    for (const char *candidate : candidates) {
        if (extension.compare(QByteArrayView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

FileKind kindOfName(QByteArrayView name)
{
    const qsizetype dot = name.lastIndexOf('.');
    if (dot < 0)
        return FileKind::Other;
    const QByteArrayView extension = name.sliced(dot);
    if (isAnyOf(extension, {".pem", ".crt", ".cer", ".cert", ".der", ".p7b", ".p7c"}))
        return FileKind::Certificate;
    if (isAnyOf(extension, {".p12", ".pfx"}))
        return FileKind::Pkcs12;
    return FileKind::Other;
}

QByteArray joinPath(const QByteArray &directory, QByteArrayView name)
{
    QByteArray path;
    path.reserve(directory.size() + 1 + name.size());
    path += directory;
    if (!directory.endsWith('/'))
        path += '/';
    path += name;
    return path;
}

QString specialFileType(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("certdesk::discovery", "FIFO");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("certdesk::discovery", "socket");
    if (S_ISCHR(mode))
        return QCoreApplication::translate("certdesk::discovery", "character device");
    if (S_ISBLK(mode))
        return QCoreApplication::translate("certdesk::discovery", "block device");
    return QCoreApplication::translate("certdesk::discovery", "special file");
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    if (bytes > 0 && bytes % (KiB * KiB) == 0)
        return QCoreApplication::translate("certdesk::discovery", "%1 MiB").arg(bytes / (KiB * KiB));
    if (bytes > 0 && bytes % KiB == 0)
        return QCoreApplication::translate("certdesk::discovery", "%1 KiB").arg(bytes / KiB);
    return QCoreApplication::translate("certdesk::discovery", "%1 bytes").arg(bytes);
}

QString errnoText(int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("certdesk::discovery", "permission denied");
    case ENOENT:
        return QCoreApplication::translate("certdesk::discovery", "does not exist");
    case ELOOP:
        return QCoreApplication::translate("certdesk::discovery", "too many levels of symbolic links");
    default:
        break;
    }
    char buffer[256] = {};
    // The GNU strerror_r returns the text, which may or may not be in `buffer`.
    const char *text = strerror_r(error, buffer, sizeof buffer);
    return QString::fromLocal8Bit(text);
}

} // namespace certdesk::discovery
